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
from ...models.source_config import SourceConfig
from ...profile import PROFILE
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    oauth_refresh: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["oauth_refresh"] = oauth_refresh

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "get_source_config"},
        "url": "/v1/integration/source/config/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_SHAPE_200 = ModelOf(SourceConfig)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SourceConfig:
    if response.status_code == 200:
        try:
            return cast(
                SourceConfig,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_source_config",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_source_config", response, exc) from exc
    errors.raise_status_error("get_source_config", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SourceConfig]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    oauth_refresh: bool | Unset = UNSET,
) -> Response[SourceConfig]:
    """Get a source config

     Returns one source config.

    Args:
        id (str):
        oauth_refresh (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceConfig]
    """

    kwargs = _get_kwargs(
        id=id,
        oauth_refresh=oauth_refresh,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_source_config", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    oauth_refresh: bool | Unset = UNSET,
) -> SourceConfig:
    """Get a source config

     Returns one source config.

    Args:
        id (str):
        oauth_refresh (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceConfig
    """

    return sync_detailed(
        id=id,
        client=client,
        oauth_refresh=oauth_refresh,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    oauth_refresh: bool | Unset = UNSET,
) -> Response[SourceConfig]:
    """Get a source config

     Returns one source config.

    Args:
        id (str):
        oauth_refresh (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceConfig]
    """

    kwargs = _get_kwargs(
        id=id,
        oauth_refresh=oauth_refresh,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_source_config", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    oauth_refresh: bool | Unset = UNSET,
) -> SourceConfig:
    """Get a source config

     Returns one source config.

    Args:
        id (str):
        oauth_refresh (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceConfig
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            oauth_refresh=oauth_refresh,
        )
    ).parsed
