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
from ...models.event_details_request import EventDetailsRequest
from ...models.event_details_response import EventDetailsResponse
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: EventDetailsRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "get_event_details"},
        "url": "/v2/event-details",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(EventDetailsResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventDetailsResponse:
    if response.status_code == 200:
        try:
            return cast(
                EventDetailsResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_event_details",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_event_details", response, exc) from exc
    errors.raise_status_error("get_event_details", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EventDetailsResponse]:
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
    body: EventDetailsRequest,
) -> Response[EventDetailsResponse]:
    """Get events by id

     Returns the full records of up to 100 events: the action (kind, blocked, size, sensor, host,
    process), the user, and the source and destination locations. `include_content: true` adds content
    analysis results. A read-only POST: safe to retry.

    Variants not modelled: the vendor reference also lists `GET /v2/event-
    details?ids=a&ids=b&include_content=true`
    and `GET /v2/event-details/{id1},{id2}`; the POST is the recommended form.

    Args:
        body (EventDetailsRequest): Body of get_event_details.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[EventDetailsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_event_details", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EventDetailsRequest,
) -> EventDetailsResponse:
    """Get events by id

     Returns the full records of up to 100 events: the action (kind, blocked, size, sensor, host,
    process), the user, and the source and destination locations. `include_content: true` adds content
    analysis results. A read-only POST: safe to retry.

    Variants not modelled: the vendor reference also lists `GET /v2/event-
    details?ids=a&ids=b&include_content=true`
    and `GET /v2/event-details/{id1},{id2}`; the POST is the recommended form.

    Args:
        body (EventDetailsRequest): Body of get_event_details.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        EventDetailsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EventDetailsRequest,
) -> Response[EventDetailsResponse]:
    """Get events by id

     Returns the full records of up to 100 events: the action (kind, blocked, size, sensor, host,
    process), the user, and the source and destination locations. `include_content: true` adds content
    analysis results. A read-only POST: safe to retry.

    Variants not modelled: the vendor reference also lists `GET /v2/event-
    details?ids=a&ids=b&include_content=true`
    and `GET /v2/event-details/{id1},{id2}`; the POST is the recommended form.

    Args:
        body (EventDetailsRequest): Body of get_event_details.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[EventDetailsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_event_details", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EventDetailsRequest,
) -> EventDetailsResponse:
    """Get events by id

     Returns the full records of up to 100 events: the action (kind, blocked, size, sensor, host,
    process), the user, and the source and destination locations. `include_content: true` adds content
    analysis results. A read-only POST: safe to retry.

    Variants not modelled: the vendor reference also lists `GET /v2/event-
    details?ids=a&ids=b&include_content=true`
    and `GET /v2/event-details/{id1},{id2}`; the POST is the recommended form.

    Args:
        body (EventDetailsRequest): Body of get_event_details.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        EventDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
