from http import HTTPStatus
from typing import Any, cast

import httpx
from client_runtime.parsing import (
    ListOf,
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
    *,
    oauth_refresh: bool | Unset = UNSET,
    source_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["oauth_refresh"] = oauth_refresh

    params["source_id"] = source_id

    params["enabled"] = enabled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "list_source_configs"},
        "url": "/v1/integration/source/config",
        "params": params,
    }

    return _kwargs


_SHAPE_200 = ListOf(ModelOf(SourceConfig))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[SourceConfig]:
    if response.status_code == 200:
        try:
            return cast(
                list[SourceConfig],
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="list_source_configs",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("list_source_configs", response, exc) from exc
    errors.raise_status_error("list_source_configs", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[SourceConfig]]:
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
    oauth_refresh: bool | Unset = UNSET,
    source_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> Response[list[SourceConfig]]:
    """List source configs

     Lists the source configs (configured integrations) of the target organisation, optionally only those
    of one source or only enabled/disabled ones. A bare JSON array.

    Args:
        oauth_refresh (bool | Unset):
        source_id (str | Unset):
        enabled (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[list[SourceConfig]]
    """

    kwargs = _get_kwargs(
        oauth_refresh=oauth_refresh,
        source_id=source_id,
        enabled=enabled,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_source_configs", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    oauth_refresh: bool | Unset = UNSET,
    source_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> list[SourceConfig]:
    """List source configs

     Lists the source configs (configured integrations) of the target organisation, optionally only those
    of one source or only enabled/disabled ones. A bare JSON array.

    Args:
        oauth_refresh (bool | Unset):
        source_id (str | Unset):
        enabled (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        list[SourceConfig]
    """

    return sync_detailed(
        client=client,
        oauth_refresh=oauth_refresh,
        source_id=source_id,
        enabled=enabled,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    oauth_refresh: bool | Unset = UNSET,
    source_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> Response[list[SourceConfig]]:
    """List source configs

     Lists the source configs (configured integrations) of the target organisation, optionally only those
    of one source or only enabled/disabled ones. A bare JSON array.

    Args:
        oauth_refresh (bool | Unset):
        source_id (str | Unset):
        enabled (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[list[SourceConfig]]
    """

    kwargs = _get_kwargs(
        oauth_refresh=oauth_refresh,
        source_id=source_id,
        enabled=enabled,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_source_configs", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    oauth_refresh: bool | Unset = UNSET,
    source_id: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> list[SourceConfig]:
    """List source configs

     Lists the source configs (configured integrations) of the target organisation, optionally only those
    of one source or only enabled/disabled ones. A bare JSON array.

    Args:
        oauth_refresh (bool | Unset):
        source_id (str | Unset):
        enabled (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        list[SourceConfig]
    """

    return (
        await asyncio_detailed(
            client=client,
            oauth_refresh=oauth_refresh,
            source_id=source_id,
            enabled=enabled,
        )
    ).parsed
