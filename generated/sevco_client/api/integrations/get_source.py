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
from ...models.source import Source
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "get_source"},
        "url": "/v1/integration/source/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


_SHAPE_200 = ModelOf(Source)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Source:
    if response.status_code == 200:
        try:
            return cast(
                Source,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_source",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_source", response, exc) from exc
    errors.raise_status_error("get_source", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Source]:
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
) -> Response[Source]:
    """Get an integration source

     Returns one source of the catalog.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Source]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_source", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Source:
    """Get an integration source

     Returns one source of the catalog.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Source
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Source]:
    """Get an integration source

     Returns one source of the catalog.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Source]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_source", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Source:
    """Get an integration source

     Returns one source of the catalog.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Source
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
