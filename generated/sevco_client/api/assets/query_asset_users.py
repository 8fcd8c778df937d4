from http import HTTPStatus
from typing import Any, cast

import httpx
from client_runtime.parsing import (
    ModelOf,
    parse_response,
)
from client_runtime.responses import settled

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_query_request import AssetQueryRequest
from ...models.user_query_response import UserQueryResponse
from ...profile import PROFILE
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AssetQueryRequest,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "query_asset_users"},
        "url": "/v3/asset/user",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(UserQueryResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserQueryResponse:
    if response.status_code == 200:
        try:
            return cast(
                UserQueryResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="query_asset_users",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("query_asset_users", response, exc) from exc
    errors.raise_status_error("query_asset_users", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UserQueryResponse]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryRequest,
    lang: str | Unset = UNSET,
) -> Response[UserQueryResponse]:
    """Query user assets

     Returns the user assets (people and accounts seen by the integrations) matching a rule tree. A POST
    that only reads, so it is safe to retry.

    Args:
        lang (str | Unset):
        body (AssetQueryRequest): A query over one asset type.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[UserQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("query_asset_users", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryRequest,
    lang: str | Unset = UNSET,
) -> UserQueryResponse:
    """Query user assets

     Returns the user assets (people and accounts seen by the integrations) matching a rule tree. A POST
    that only reads, so it is safe to retry.

    Args:
        lang (str | Unset):
        body (AssetQueryRequest): A query over one asset type.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        UserQueryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryRequest,
    lang: str | Unset = UNSET,
) -> Response[UserQueryResponse]:
    """Query user assets

     Returns the user assets (people and accounts seen by the integrations) matching a rule tree. A POST
    that only reads, so it is safe to retry.

    Args:
        lang (str | Unset):
        body (AssetQueryRequest): A query over one asset type.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[UserQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("query_asset_users", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryRequest,
    lang: str | Unset = UNSET,
) -> UserQueryResponse:
    """Query user assets

     Returns the user assets (people and accounts seen by the integrations) matching a rule tree. A POST
    that only reads, so it is safe to retry.

    Args:
        lang (str | Unset):
        body (AssetQueryRequest): A query over one asset type.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        UserQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
        )
    ).parsed
