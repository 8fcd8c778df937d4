from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from client_runtime.parsing import (
    ListOf,
    ModelOf,
    parse_response,
)
from client_runtime.responses import settled

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.config_schema import ConfigSchema
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    category: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "list_config_schemas"},
        "url": "/v1/schema/{category}".format(
            category=quote(str(category), safe=""),
        ),
    }

    return _kwargs


_SHAPE_200 = ListOf(ModelOf(ConfigSchema))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[ConfigSchema]:
    if response.status_code == 200:
        try:
            return cast(
                list[ConfigSchema],
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="list_config_schemas",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("list_config_schemas", response, exc) from exc
    errors.raise_status_error("list_config_schemas", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[ConfigSchema]]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    category: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[ConfigSchema]]:
    """List the config schemas of a category

     The JSON Schemas of one section kind (`connect`, `auth` or `settings`), a bare JSON array.

    Args:
        category (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[list[ConfigSchema]]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_config_schemas", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    category: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[ConfigSchema]:
    """List the config schemas of a category

     The JSON Schemas of one section kind (`connect`, `auth` or `settings`), a bare JSON array.

    Args:
        category (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        list[ConfigSchema]
    """

    return sync_detailed(
        category=category,
        client=client,
    ).parsed


async def asyncio_detailed(
    category: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[ConfigSchema]]:
    """List the config schemas of a category

     The JSON Schemas of one section kind (`connect`, `auth` or `settings`), a bare JSON array.

    Args:
        category (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[list[ConfigSchema]]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_config_schemas", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    category: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[ConfigSchema]:
    """List the config schemas of a category

     The JSON Schemas of one section kind (`connect`, `auth` or `settings`), a bare JSON array.

    Args:
        category (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        list[ConfigSchema]
    """

    return (
        await asyncio_detailed(
            category=category,
            client=client,
        )
    ).parsed
