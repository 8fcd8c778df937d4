from http import HTTPStatus
from typing import Any, cast

import httpx
from client_runtime.parsing import (
    ModelOf,
    parse_response,
)
from client_runtime.responses import settled

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_incidents_request import ListIncidentsRequest
from ...models.list_incidents_response import ListIncidentsResponse
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: ListIncidentsRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "list_incidents"},
        "url": "/v2/incidents/list",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(ListIncidentsResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListIncidentsResponse:
    if response.status_code == 200:
        try:
            return cast(
                ListIncidentsResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="list_incidents",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("list_incidents", response, exc) from exc
    errors.raise_status_error("list_incidents", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListIncidentsResponse]:
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
    body: ListIncidentsRequest,
) -> Response[ListIncidentsResponse]:
    """List and filter incidents

     Lists incidents matching `filter`, one page at a time. Send `page_request.size` (at most 1000) and
    `page_request.sort_by` (e.g. `"trigger_time desc"`); to get the next page send the previous
    response's `page_response.next_id` as `page_request.id`. The last page answers `next_id: ""`.
    `include_ai_summaries: true` fills `ai_summary` / `ai_severity`. Needs the `incident__read`
    permission. A read-only POST: safe to retry.

    Args:
        body (ListIncidentsRequest): Body of list_incidents.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ListIncidentsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_incidents", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListIncidentsRequest,
) -> ListIncidentsResponse:
    """List and filter incidents

     Lists incidents matching `filter`, one page at a time. Send `page_request.size` (at most 1000) and
    `page_request.sort_by` (e.g. `"trigger_time desc"`); to get the next page send the previous
    response's `page_response.next_id` as `page_request.id`. The last page answers `next_id: ""`.
    `include_ai_summaries: true` fills `ai_summary` / `ai_severity`. Needs the `incident__read`
    permission. A read-only POST: safe to retry.

    Args:
        body (ListIncidentsRequest): Body of list_incidents.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ListIncidentsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListIncidentsRequest,
) -> Response[ListIncidentsResponse]:
    """List and filter incidents

     Lists incidents matching `filter`, one page at a time. Send `page_request.size` (at most 1000) and
    `page_request.sort_by` (e.g. `"trigger_time desc"`); to get the next page send the previous
    response's `page_response.next_id` as `page_request.id`. The last page answers `next_id: ""`.
    `include_ai_summaries: true` fills `ai_summary` / `ai_severity`. Needs the `incident__read`
    permission. A read-only POST: safe to retry.

    Args:
        body (ListIncidentsRequest): Body of list_incidents.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ListIncidentsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_incidents", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListIncidentsRequest,
) -> ListIncidentsResponse:
    """List and filter incidents

     Lists incidents matching `filter`, one page at a time. Send `page_request.size` (at most 1000) and
    `page_request.sort_by` (e.g. `"trigger_time desc"`); to get the next page send the previous
    response's `page_response.next_id` as `page_request.id`. The last page answers `next_id: ""`.
    `include_ai_summaries: true` fills `ai_summary` / `ai_severity`. Needs the `incident__read`
    permission. A read-only POST: safe to retry.

    Args:
        body (ListIncidentsRequest): Body of list_incidents.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ListIncidentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
