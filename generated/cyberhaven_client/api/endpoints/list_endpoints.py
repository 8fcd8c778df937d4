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
from ...models.list_endpoints_request import ListEndpointsRequest
from ...models.list_endpoints_response import ListEndpointsResponse
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: ListEndpointsRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "list_endpoints"},
        "url": "/v2/endpoints/list",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(ListEndpointsResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListEndpointsResponse:
    if response.status_code == 200:
        try:
            return cast(
                ListEndpointsResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="list_endpoints",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("list_endpoints", response, exc) from exc
    errors.raise_status_error("list_endpoints", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListEndpointsResponse]:
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
    body: ListEndpointsRequest,
) -> Response[ListEndpointsResponse]:
    """List and filter endpoint sensors

     Lists devices with an installed Cyberhaven sensor, filtered by id, hostname, status, deployment
    group, OS, OS version or sensor version. Pagination works as in `list_incidents`
    (`page_request.id` = previous `page_response.next_id`; `""` ends). A read-only POST: safe to retry.

    Args:
        body (ListEndpointsRequest): Body of list_endpoints.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ListEndpointsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_endpoints", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListEndpointsRequest,
) -> ListEndpointsResponse:
    """List and filter endpoint sensors

     Lists devices with an installed Cyberhaven sensor, filtered by id, hostname, status, deployment
    group, OS, OS version or sensor version. Pagination works as in `list_incidents`
    (`page_request.id` = previous `page_response.next_id`; `""` ends). A read-only POST: safe to retry.

    Args:
        body (ListEndpointsRequest): Body of list_endpoints.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ListEndpointsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListEndpointsRequest,
) -> Response[ListEndpointsResponse]:
    """List and filter endpoint sensors

     Lists devices with an installed Cyberhaven sensor, filtered by id, hostname, status, deployment
    group, OS, OS version or sensor version. Pagination works as in `list_incidents`
    (`page_request.id` = previous `page_response.next_id`; `""` ends). A read-only POST: safe to retry.

    Args:
        body (ListEndpointsRequest): Body of list_endpoints.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ListEndpointsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_endpoints", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListEndpointsRequest,
) -> ListEndpointsResponse:
    """List and filter endpoint sensors

     Lists devices with an installed Cyberhaven sensor, filtered by id, hostname, status, deployment
    group, OS, OS version or sensor version. Pagination works as in `list_incidents`
    (`page_request.id` = previous `page_response.next_id`; `""` ends). A read-only POST: safe to retry.

    Args:
        body (ListEndpointsRequest): Body of list_endpoints.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ListEndpointsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
