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
from ...models.event_lineage_request import EventLineageRequest
from ...models.event_lineage_response import EventLineageResponse
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: EventLineageRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "get_event_lineage"},
        "url": "/v2/event-lineage",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(EventLineageResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventLineageResponse:
    if response.status_code == 200:
        try:
            return cast(
                EventLineageResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_event_lineage",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_event_lineage", response, exc) from exc
    errors.raise_status_error("get_event_lineage", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EventLineageResponse]:
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
    body: EventLineageRequest,
) -> Response[EventLineageResponse]:
    """Get the event lineage between two events

     Returns, in lineage order, the ids of the events that connect `start_event_id` to `end_event_id`
    (both ends included). An incident's `event_lineage_id` object is exactly this request body. Feed the
    ids to `get_event_details` (at most 100 per call). A read-only POST: safe to retry.

    Variants not modelled: `GET /v2/event-lineage?start_event_id=..&end_event_id=..` and
    `GET /v2/event-lineage/{start}/to/{end}`.

    Args:
        body (EventLineageRequest): Body of get_event_lineage (an incident's `event_lineage_id`
            fits as is).

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[EventLineageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_event_lineage", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EventLineageRequest,
) -> EventLineageResponse:
    """Get the event lineage between two events

     Returns, in lineage order, the ids of the events that connect `start_event_id` to `end_event_id`
    (both ends included). An incident's `event_lineage_id` object is exactly this request body. Feed the
    ids to `get_event_details` (at most 100 per call). A read-only POST: safe to retry.

    Variants not modelled: `GET /v2/event-lineage?start_event_id=..&end_event_id=..` and
    `GET /v2/event-lineage/{start}/to/{end}`.

    Args:
        body (EventLineageRequest): Body of get_event_lineage (an incident's `event_lineage_id`
            fits as is).

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        EventLineageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EventLineageRequest,
) -> Response[EventLineageResponse]:
    """Get the event lineage between two events

     Returns, in lineage order, the ids of the events that connect `start_event_id` to `end_event_id`
    (both ends included). An incident's `event_lineage_id` object is exactly this request body. Feed the
    ids to `get_event_details` (at most 100 per call). A read-only POST: safe to retry.

    Variants not modelled: `GET /v2/event-lineage?start_event_id=..&end_event_id=..` and
    `GET /v2/event-lineage/{start}/to/{end}`.

    Args:
        body (EventLineageRequest): Body of get_event_lineage (an incident's `event_lineage_id`
            fits as is).

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[EventLineageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_event_lineage", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EventLineageRequest,
) -> EventLineageResponse:
    """Get the event lineage between two events

     Returns, in lineage order, the ids of the events that connect `start_event_id` to `end_event_id`
    (both ends included). An incident's `event_lineage_id` object is exactly this request body. Feed the
    ids to `get_event_details` (at most 100 per call). A read-only POST: safe to retry.

    Variants not modelled: `GET /v2/event-lineage?start_event_id=..&end_event_id=..` and
    `GET /v2/event-lineage/{start}/to/{end}`.

    Args:
        body (EventLineageRequest): Body of get_event_lineage (an incident's `event_lineage_id`
            fits as is).

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        EventLineageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
