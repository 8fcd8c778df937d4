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
from ...models.facet_request import FacetRequest
from ...models.facet_response import FacetResponse
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: FacetRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "facet_devices"},
        "url": "/v3/asset/device/_facet",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(FacetResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FacetResponse:
    if response.status_code == 200:
        try:
            return cast(
                FacetResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="facet_devices",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("facet_devices", response, exc) from exc
    errors.raise_status_error("facet_devices", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FacetResponse]:
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
    body: FacetRequest,
) -> Response[FacetResponse]:
    """Count devices per value of some fields

     For each requested term (a device field such as `source_ids`), returns the buckets of its values. A
    POST that only reads, so it is safe to retry.

    Args:
        body (FacetRequest):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[FacetResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("facet_devices", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FacetRequest,
) -> FacetResponse:
    """Count devices per value of some fields

     For each requested term (a device field such as `source_ids`), returns the buckets of its values. A
    POST that only reads, so it is safe to retry.

    Args:
        body (FacetRequest):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        FacetResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FacetRequest,
) -> Response[FacetResponse]:
    """Count devices per value of some fields

     For each requested term (a device field such as `source_ids`), returns the buckets of its values. A
    POST that only reads, so it is safe to retry.

    Args:
        body (FacetRequest):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[FacetResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("facet_devices", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FacetRequest,
) -> FacetResponse:
    """Count devices per value of some fields

     For each requested term (a device field such as `source_ids`), returns the buckets of its values. A
    POST that only reads, so it is safe to retry.

    Args:
        body (FacetRequest):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        FacetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
