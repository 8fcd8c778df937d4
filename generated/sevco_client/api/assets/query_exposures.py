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
from ...models.asset_query_request import AssetQueryRequest
from ...models.exposure_query_response import ExposureQueryResponse
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: AssetQueryRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "query_exposures"},
        "url": "/v3/asset/exp_vuln",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(ExposureQueryResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExposureQueryResponse:
    if response.status_code == 200:
        try:
            return cast(
                ExposureQueryResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="query_exposures",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("query_exposures", response, exc) from exc
    errors.raise_status_error("query_exposures", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExposureQueryResponse]:
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
    body: AssetQueryRequest,
) -> Response[ExposureQueryResponse]:
    """Query exposures and vulnerabilities

     Returns the exposures/vulnerabilities matching a rule tree. A POST that only reads, so it is safe to
    retry.

    Args:
        body (AssetQueryRequest): A query over one asset type.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ExposureQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("query_exposures", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryRequest,
) -> ExposureQueryResponse:
    """Query exposures and vulnerabilities

     Returns the exposures/vulnerabilities matching a rule tree. A POST that only reads, so it is safe to
    retry.

    Args:
        body (AssetQueryRequest): A query over one asset type.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ExposureQueryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryRequest,
) -> Response[ExposureQueryResponse]:
    """Query exposures and vulnerabilities

     Returns the exposures/vulnerabilities matching a rule tree. A POST that only reads, so it is safe to
    retry.

    Args:
        body (AssetQueryRequest): A query over one asset type.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[ExposureQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("query_exposures", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssetQueryRequest,
) -> ExposureQueryResponse:
    """Query exposures and vulnerabilities

     Returns the exposures/vulnerabilities matching a rule tree. A POST that only reads, so it is safe to
    retry.

    Args:
        body (AssetQueryRequest): A query over one asset type.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        ExposureQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
