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
from ...models.access_config import AccessConfig
from ...models.access_config_input import AccessConfigInput
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    platform_id: str,
    *,
    body: AccessConfigInput,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "create_access_config"},
        "url": "/v3/integration-platform/{platform_id}/access/config".format(
            platform_id=quote(str(platform_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(AccessConfig)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessConfig:
    if response.status_code == 200:
        try:
            return cast(
                AccessConfig,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="create_access_config",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("create_access_config", response, exc) from exc
    errors.raise_status_error("create_access_config", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccessConfig]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    platform_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccessConfigInput,
) -> Response[AccessConfig]:
    """Create an access config

     How to reach a platform (credentials, URL); one access config can serve several integration configs.

    Args:
        platform_id (str):
        body (AccessConfigInput):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[AccessConfig]
    """

    kwargs = _get_kwargs(
        platform_id=platform_id,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_access_config", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    platform_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccessConfigInput,
) -> AccessConfig:
    """Create an access config

     How to reach a platform (credentials, URL); one access config can serve several integration configs.

    Args:
        platform_id (str):
        body (AccessConfigInput):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        AccessConfig
    """

    return sync_detailed(
        platform_id=platform_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    platform_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccessConfigInput,
) -> Response[AccessConfig]:
    """Create an access config

     How to reach a platform (credentials, URL); one access config can serve several integration configs.

    Args:
        platform_id (str):
        body (AccessConfigInput):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[AccessConfig]
    """

    kwargs = _get_kwargs(
        platform_id=platform_id,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_access_config", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    platform_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AccessConfigInput,
) -> AccessConfig:
    """Create an access config

     How to reach a platform (credentials, URL); one access config can serve several integration configs.

    Args:
        platform_id (str):
        body (AccessConfigInput):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        AccessConfig
    """

    return (
        await asyncio_detailed(
            platform_id=platform_id,
            client=client,
            body=body,
        )
    ).parsed
