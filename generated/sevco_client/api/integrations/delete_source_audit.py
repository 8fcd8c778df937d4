from http import HTTPStatus
from typing import Any

import httpx
from client_runtime.responses import settled

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["execution_id"] = execution_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"operation_id": "delete_source_audit"},
        "url": "/v2/audit/source",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    if response.status_code == 200:
        return None
    if response.status_code == 204:
        return None
    errors.raise_status_error("delete_source_audit", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    type_: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
) -> Response[Any]:
    """Delete a source execution audit

     Removes the audit entries of one execution. The response body is not documented.

    Args:
        type_ (str | Unset):
        execution_id (str | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        type_=type_,
        execution_id=execution_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("delete_source_audit", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
) -> Response[Any]:
    """Delete a source execution audit

     Removes the audit entries of one execution. The response body is not documented.

    Args:
        type_ (str | Unset):
        execution_id (str | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        type_=type_,
        execution_id=execution_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("delete_source_audit", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)
