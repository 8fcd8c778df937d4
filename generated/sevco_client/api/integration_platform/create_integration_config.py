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
from ...models.integration_config import IntegrationConfig
from ...models.integration_config_input import IntegrationConfigInput
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    platform_id: str,
    integration_id: str,
    *,
    body: IntegrationConfigInput,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "create_integration_config"},
        "url": "/v3/integration-platform/{platform_id}/integration/{integration_id}/config".format(
            platform_id=quote(str(platform_id), safe=""),
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(IntegrationConfig)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IntegrationConfig:
    if response.status_code == 200:
        try:
            return cast(
                IntegrationConfig,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="create_integration_config",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("create_integration_config", response, exc) from exc
    errors.raise_status_error("create_integration_config", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IntegrationConfig]:
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
    body: IntegrationConfigInput,
) -> Response[IntegrationConfig]:
    """Create an integration config

     What to collect from a platform, through an access config.

    Args:
        platform_id (str):
        integration_id (str):
        body (IntegrationConfigInput):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[IntegrationConfig]
    """

    kwargs = _get_kwargs(
        platform_id=platform_id,
        integration_id=integration_id,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_integration_config", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    platform_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationConfigInput,
) -> IntegrationConfig:
    """Create an integration config

     What to collect from a platform, through an access config.

    Args:
        platform_id (str):
        integration_id (str):
        body (IntegrationConfigInput):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        IntegrationConfig
    """

    return sync_detailed(
        platform_id=platform_id,
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    platform_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationConfigInput,
) -> Response[IntegrationConfig]:
    """Create an integration config

     What to collect from a platform, through an access config.

    Args:
        platform_id (str):
        integration_id (str):
        body (IntegrationConfigInput):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[IntegrationConfig]
    """

    kwargs = _get_kwargs(
        platform_id=platform_id,
        integration_id=integration_id,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_integration_config", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    platform_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationConfigInput,
) -> IntegrationConfig:
    """Create an integration config

     What to collect from a platform, through an access config.

    Args:
        platform_id (str):
        integration_id (str):
        body (IntegrationConfigInput):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        IntegrationConfig
    """

    return (
        await asyncio_detailed(
            platform_id=platform_id,
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
