from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from client_runtime.responses import settled

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"operation_id": "delete_source_schedule"},
        "url": "/v1/integration/source/{id}/schedule".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    if response.status_code == 200:
        return None
    if response.status_code == 204:
        return None
    errors.raise_status_error("delete_source_schedule", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
) -> Response[Any]:
    """Remove the schedule of a source

     The source's configs stop running on a schedule. The response body is not documented.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("delete_source_schedule", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Remove the schedule of a source

     The source's configs stop running on a schedule. The response body is not documented.

    Args:
        id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("delete_source_schedule", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)
