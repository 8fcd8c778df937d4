from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from client_runtime.parsing import (
    ModelOf,
    parse_response,
)
from client_runtime.responses import settled

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.service_account_token import ServiceAccountToken
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    org_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "get_org_service_account"},
        "url": "/v1/admin/org/{org_id}/account".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    return _kwargs


_SHAPE_200 = ModelOf(ServiceAccountToken)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ServiceAccountToken:
    if response.status_code == 200:
        try:
            return cast(
                ServiceAccountToken,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_org_service_account",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_org_service_account", response, exc) from exc
    errors.raise_status_error("get_org_service_account", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ServiceAccountToken]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ServiceAccountToken]:
    """Get an organisation's service-account token

     A JWT for the organisation's service account. Send it as `Authorization: <token_type>
    <access_token>`: with this client, `connect(jwt=<access_token>)` (the Jwt scheme).

    Args:
        org_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ServiceAccountToken]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_org_service_account", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ServiceAccountToken:
    """Get an organisation's service-account token

     A JWT for the organisation's service account. Send it as `Authorization: <token_type>
    <access_token>`: with this client, `connect(jwt=<access_token>)` (the Jwt scheme).

    Args:
        org_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ServiceAccountToken
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ServiceAccountToken]:
    """Get an organisation's service-account token

     A JWT for the organisation's service account. Send it as `Authorization: <token_type>
    <access_token>`: with this client, `connect(jwt=<access_token>)` (the Jwt scheme).

    Args:
        org_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ServiceAccountToken]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_org_service_account", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ServiceAccountToken:
    """Get an organisation's service-account token

     A JWT for the organisation's service account. Send it as `Authorization: <token_type>
    <access_token>`: with this client, `connect(jwt=<access_token>)` (the Jwt scheme).

    Args:
        org_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ServiceAccountToken
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
        )
    ).parsed
