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
from ...models.plugin import Plugin
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "get_plugin"},
        "url": "/v1/integration/source/plugin/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


_SHAPE_200 = ModelOf(Plugin)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Plugin:
    if response.status_code == 200:
        try:
            return cast(
                Plugin,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_plugin",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_plugin", response, exc) from exc
    errors.raise_status_error("get_plugin", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Plugin]:
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
) -> Response[Plugin]:
    """Get a plugin

     Returns one plugin.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Plugin]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_plugin", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Plugin:
    """Get a plugin

     Returns one plugin.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Plugin
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Plugin]:
    """Get a plugin

     Returns one plugin.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Plugin]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_plugin", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Plugin:
    """Get a plugin

     Returns one plugin.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Plugin
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
