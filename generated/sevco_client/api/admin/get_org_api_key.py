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
from ...models.org_api_key import OrgApiKey
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    org_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "get_org_api_key"},
        "url": "/v1/admin/org/{org_id}/apikey".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    return _kwargs


_SHAPE_200 = ModelOf(OrgApiKey)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrgApiKey:
    if response.status_code == 200:
        try:
            return cast(
                OrgApiKey,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_org_api_key",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_org_api_key", response, exc) from exc
    errors.raise_status_error("get_org_api_key", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OrgApiKey]:
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
) -> Response[OrgApiKey]:
    """Get an organisation's service API key

     The API key of the organisation's service account (send it as `Authorization: Token <key>`).

    Args:
        org_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[OrgApiKey]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_org_api_key", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OrgApiKey:
    """Get an organisation's service API key

     The API key of the organisation's service account (send it as `Authorization: Token <key>`).

    Args:
        org_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        OrgApiKey
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OrgApiKey]:
    """Get an organisation's service API key

     The API key of the organisation's service account (send it as `Authorization: Token <key>`).

    Args:
        org_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[OrgApiKey]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_org_api_key", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OrgApiKey:
    """Get an organisation's service API key

     The API key of the organisation's service account (send it as `Authorization: Token <key>`).

    Args:
        org_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        OrgApiKey
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
        )
    ).parsed
