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
from ...models.config_schema_items import ConfigSchemaItems
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    platform_id: str,
    integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "list_integration_schemas"},
        "url": "/v3/integration-platform/{platform_id}/integration/{integration_id}/schema".format(
            platform_id=quote(str(platform_id), safe=""),
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    return _kwargs


_SHAPE_200 = ModelOf(ConfigSchemaItems)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConfigSchemaItems:
    if response.status_code == 200:
        try:
            return cast(
                ConfigSchemaItems,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="list_integration_schemas",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("list_integration_schemas", response, exc) from exc
    errors.raise_status_error("list_integration_schemas", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConfigSchemaItems]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    platform_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConfigSchemaItems]:
    """List the integration-config schemas of a platform's integration

     JSON Schemas of what an integration collects (its `settings`).

    Args:
        platform_id (str):
        integration_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ConfigSchemaItems]
    """

    kwargs = _get_kwargs(
        platform_id=platform_id,
        integration_id=integration_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_integration_schemas", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    platform_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConfigSchemaItems:
    """List the integration-config schemas of a platform's integration

     JSON Schemas of what an integration collects (its `settings`).

    Args:
        platform_id (str):
        integration_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ConfigSchemaItems
    """

    return sync_detailed(
        platform_id=platform_id,
        integration_id=integration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    platform_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConfigSchemaItems]:
    """List the integration-config schemas of a platform's integration

     JSON Schemas of what an integration collects (its `settings`).

    Args:
        platform_id (str):
        integration_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ConfigSchemaItems]
    """

    kwargs = _get_kwargs(
        platform_id=platform_id,
        integration_id=integration_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_integration_schemas", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    platform_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ConfigSchemaItems:
    """List the integration-config schemas of a platform's integration

     JSON Schemas of what an integration collects (its `settings`).

    Args:
        platform_id (str):
        integration_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ConfigSchemaItems
    """

    return (
        await asyncio_detailed(
            platform_id=platform_id,
            integration_id=integration_id,
            client=client,
        )
    ).parsed
