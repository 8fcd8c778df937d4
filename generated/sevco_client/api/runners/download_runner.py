from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx
from client_runtime.responses import settled

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.operating_system import OperatingSystem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    os: OperatingSystem | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_os: str | Unset = UNSET
    if not isinstance(os, Unset):
        json_os = str(os)

    params["os"] = json_os

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "download_runner"},
        "url": "/v1/runner/download",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    errors.raise_status_error("download_runner", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
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
    os: OperatingSystem | Unset = UNSET,
) -> Response[File]:
    """Download the runner binary

     The runner executable for a platform.

    Args:
        os (OperatingSystem | Unset): The platform of a runner or plugin binary.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        os=os,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("download_runner", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    os: OperatingSystem | Unset = UNSET,
) -> File:
    """Download the runner binary

     The runner executable for a platform.

    Args:
        os (OperatingSystem | Unset): The platform of a runner or plugin binary.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        File
    """

    return sync_detailed(
        client=client,
        os=os,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    os: OperatingSystem | Unset = UNSET,
) -> Response[File]:
    """Download the runner binary

     The runner executable for a platform.

    Args:
        os (OperatingSystem | Unset): The platform of a runner or plugin binary.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        os=os,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("download_runner", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    os: OperatingSystem | Unset = UNSET,
) -> File:
    """Download the runner binary

     The runner executable for a platform.

    Args:
        os (OperatingSystem | Unset): The platform of a runner or plugin binary.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            client=client,
            os=os,
        )
    ).parsed
