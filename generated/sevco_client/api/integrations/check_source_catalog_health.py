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
from ...models.health_status import HealthStatus
from ...profile import PROFILE
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "check_source_catalog_health"},
        "url": "/v1/healthcheck/source-catalog-service",
    }

    return _kwargs


_SHAPE_200 = ModelOf(HealthStatus)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HealthStatus:
    if response.status_code == 200:
        try:
            return cast(
                HealthStatus,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="check_source_catalog_health",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("check_source_catalog_health", response, exc) from exc
    errors.raise_status_error("check_source_catalog_health", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HealthStatus]:
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
) -> Response[HealthStatus]:
    """Check the source catalog service

     Health of the service behind the integration sources. Its body is not documented; it is kept as
    sent.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[HealthStatus]
    """

    kwargs = _get_kwargs()

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("check_source_catalog_health", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> HealthStatus:
    """Check the source catalog service

     Health of the service behind the integration sources. Its body is not documented; it is kept as
    sent.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        HealthStatus
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HealthStatus]:
    """Check the source catalog service

     Health of the service behind the integration sources. Its body is not documented; it is kept as
    sent.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[HealthStatus]
    """

    kwargs = _get_kwargs()

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("check_source_catalog_health", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> HealthStatus:
    """Check the source catalog service

     Health of the service behind the integration sources. Its body is not documented; it is kept as
    sent.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        HealthStatus
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
