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
from ...models.operating_system import OperatingSystem
from ...models.plugin import Plugin
from ...profile import PROFILE
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source_id: str | Unset = UNSET,
    default_only: bool | Unset = UNSET,
    os: OperatingSystem | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["source_id"] = source_id

    params["default_only"] = default_only

    json_os: str | Unset = UNSET
    if not isinstance(os, Unset):
        json_os = str(os)

    params["os"] = json_os

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "list_plugins"},
        "url": "/v1/integration/source/plugin",
        "params": params,
    }

    return _kwargs


_SHAPE_200 = ListOf(ModelOf(Plugin))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Plugin]:
    if response.status_code == 200:
        try:
            return cast(
                list[Plugin],
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="list_plugins",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("list_plugins", response, exc) from exc
    errors.raise_status_error("list_plugins", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Plugin]]:
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
    source_id: str | Unset = UNSET,
    default_only: bool | Unset = UNSET,
    os: OperatingSystem | Unset = UNSET,
) -> Response[list[Plugin]]:
    """List integration plugins

     The plugin binaries that run source configs, optionally of one source, OS or only the defaults. A
    bare JSON array.

    Args:
        source_id (str | Unset):
        default_only (bool | Unset):
        os (OperatingSystem | Unset): The platform of a runner or plugin binary.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[list[Plugin]]
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        default_only=default_only,
        os=os,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_plugins", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    source_id: str | Unset = UNSET,
    default_only: bool | Unset = UNSET,
    os: OperatingSystem | Unset = UNSET,
) -> list[Plugin]:
    """List integration plugins

     The plugin binaries that run source configs, optionally of one source, OS or only the defaults. A
    bare JSON array.

    Args:
        source_id (str | Unset):
        default_only (bool | Unset):
        os (OperatingSystem | Unset): The platform of a runner or plugin binary.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        list[Plugin]
    """

    return sync_detailed(
        client=client,
        source_id=source_id,
        default_only=default_only,
        os=os,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source_id: str | Unset = UNSET,
    default_only: bool | Unset = UNSET,
    os: OperatingSystem | Unset = UNSET,
) -> Response[list[Plugin]]:
    """List integration plugins

     The plugin binaries that run source configs, optionally of one source, OS or only the defaults. A
    bare JSON array.

    Args:
        source_id (str | Unset):
        default_only (bool | Unset):
        os (OperatingSystem | Unset): The platform of a runner or plugin binary.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[list[Plugin]]
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        default_only=default_only,
        os=os,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_plugins", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    source_id: str | Unset = UNSET,
    default_only: bool | Unset = UNSET,
    os: OperatingSystem | Unset = UNSET,
) -> list[Plugin]:
    """List integration plugins

     The plugin binaries that run source configs, optionally of one source, OS or only the defaults. A
    bare JSON array.

    Args:
        source_id (str | Unset):
        default_only (bool | Unset):
        os (OperatingSystem | Unset): The platform of a runner or plugin binary.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        list[Plugin]
    """

    return (
        await asyncio_detailed(
            client=client,
            source_id=source_id,
            default_only=default_only,
            os=os,
        )
    ).parsed
