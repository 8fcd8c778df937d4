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
from ...models.create_streaming_destination_request import CreateStreamingDestinationRequest
from ...models.streaming_destination import StreamingDestination
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: CreateStreamingDestinationRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "create_streaming_destination"},
        "url": "/v2/streaming/destinations",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(StreamingDestination)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StreamingDestination:
    if response.status_code == 200:
        try:
            return cast(
                StreamingDestination,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="create_streaming_destination",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("create_streaming_destination", response, exc) from exc
    errors.raise_status_error("create_streaming_destination", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StreamingDestination]:
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
    body: CreateStreamingDestinationRequest,
) -> Response[StreamingDestination]:
    """Create a streaming destination

     Creates an HTTPS destination that Cyberhaven streams incidents, events or audit logs to (a streaming
    profile then selects what is sent). Answers the destination with its `id`, `created_at` and
    `updated_at`. Not safe to retry blindly: a repeated call may create a second destination.

    Variant not modelled: another vendor reference page ("Add Destination") describes the same route
    answering `{"resources": [Destination], "errors": []}`, an `encoding` value `encoding_unspecified`,
    and `https_config` fields `ignore_ssl_errors`, `username`, `password`, `http_headers` (instead of
    `headers` and `timeout_seconds`). This document follows the "Create Destination" page; the models
    are open, so those extra fields are kept if sent or received.

    Args:
        body (CreateStreamingDestinationRequest): Body of create_streaming_destination.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[StreamingDestination]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_streaming_destination", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStreamingDestinationRequest,
) -> StreamingDestination:
    """Create a streaming destination

     Creates an HTTPS destination that Cyberhaven streams incidents, events or audit logs to (a streaming
    profile then selects what is sent). Answers the destination with its `id`, `created_at` and
    `updated_at`. Not safe to retry blindly: a repeated call may create a second destination.

    Variant not modelled: another vendor reference page ("Add Destination") describes the same route
    answering `{"resources": [Destination], "errors": []}`, an `encoding` value `encoding_unspecified`,
    and `https_config` fields `ignore_ssl_errors`, `username`, `password`, `http_headers` (instead of
    `headers` and `timeout_seconds`). This document follows the "Create Destination" page; the models
    are open, so those extra fields are kept if sent or received.

    Args:
        body (CreateStreamingDestinationRequest): Body of create_streaming_destination.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        StreamingDestination
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStreamingDestinationRequest,
) -> Response[StreamingDestination]:
    """Create a streaming destination

     Creates an HTTPS destination that Cyberhaven streams incidents, events or audit logs to (a streaming
    profile then selects what is sent). Answers the destination with its `id`, `created_at` and
    `updated_at`. Not safe to retry blindly: a repeated call may create a second destination.

    Variant not modelled: another vendor reference page ("Add Destination") describes the same route
    answering `{"resources": [Destination], "errors": []}`, an `encoding` value `encoding_unspecified`,
    and `https_config` fields `ignore_ssl_errors`, `username`, `password`, `http_headers` (instead of
    `headers` and `timeout_seconds`). This document follows the "Create Destination" page; the models
    are open, so those extra fields are kept if sent or received.

    Args:
        body (CreateStreamingDestinationRequest): Body of create_streaming_destination.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[StreamingDestination]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_streaming_destination", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStreamingDestinationRequest,
) -> StreamingDestination:
    """Create a streaming destination

     Creates an HTTPS destination that Cyberhaven streams incidents, events or audit logs to (a streaming
    profile then selects what is sent). Answers the destination with its `id`, `created_at` and
    `updated_at`. Not safe to retry blindly: a repeated call may create a second destination.

    Variant not modelled: another vendor reference page ("Add Destination") describes the same route
    answering `{"resources": [Destination], "errors": []}`, an `encoding` value `encoding_unspecified`,
    and `https_config` fields `ignore_ssl_errors`, `username`, `password`, `http_headers` (instead of
    `headers` and `timeout_seconds`). This document follows the "Create Destination" page; the models
    are open, so those extra fields are kept if sent or received.

    Args:
        body (CreateStreamingDestinationRequest): Body of create_streaming_destination.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        StreamingDestination
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
