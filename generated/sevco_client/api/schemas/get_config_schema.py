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
from ...models.config_schema import ConfigSchema
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    category: str,
    schema_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "get_config_schema"},
        "url": "/v1/schema/{category}/{schema_type}".format(
            category=quote(str(category), safe=""),
            schema_type=quote(str(schema_type), safe=""),
        ),
    }

    return _kwargs


_SHAPE_200 = ModelOf(ConfigSchema)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConfigSchema:
    if response.status_code == 200:
        try:
            return cast(
                ConfigSchema,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_config_schema",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_config_schema", response, exc) from exc
    errors.raise_status_error("get_config_schema", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConfigSchema]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    category: str,
    schema_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConfigSchema]:
    """Get one config schema

     One JSON Schema by category and name.

    Args:
        category (str):
        schema_type (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ConfigSchema]
    """

    kwargs = _get_kwargs(
        category=category,
        schema_type=schema_type,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_config_schema", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    category: str,
    schema_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConfigSchema:
    """Get one config schema

     One JSON Schema by category and name.

    Args:
        category (str):
        schema_type (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ConfigSchema
    """

    return sync_detailed(
        category=category,
        schema_type=schema_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    category: str,
    schema_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConfigSchema]:
    """Get one config schema

     One JSON Schema by category and name.

    Args:
        category (str):
        schema_type (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ConfigSchema]
    """

    kwargs = _get_kwargs(
        category=category,
        schema_type=schema_type,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_config_schema", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    category: str,
    schema_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConfigSchema:
    """Get one config schema

     One JSON Schema by category and name.

    Args:
        category (str):
        schema_type (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ConfigSchema
    """

    return (
        await asyncio_detailed(
            category=category,
            schema_type=schema_type,
            client=client,
        )
    ).parsed
