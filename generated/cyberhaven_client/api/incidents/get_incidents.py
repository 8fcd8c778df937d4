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
from ...models.get_incidents_response import GetIncidentsResponse
from ...profile import PROFILE
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "get_incidents"},
        "url": "/v2/incidents",
    }

    return _kwargs


_SHAPE_200 = ModelOf(GetIncidentsResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetIncidentsResponse:
    if response.status_code == 200:
        try:
            return cast(
                GetIncidentsResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_incidents",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_incidents", response, exc) from exc
    errors.raise_status_error("get_incidents", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetIncidentsResponse]:
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
) -> Response[GetIncidentsResponse]:
    """Get incidents

     Returns incidents as `{"incidents": [...]}`. This is the call shown in the vendor's authentication
    article, whose example counts `len(response["incidents"])`. It takes no documented parameters and
    no pagination; for filtering, sorting and cursor pagination use `list_incidents`
    (`POST /v2/incidents/list`).

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[GetIncidentsResponse]
    """

    kwargs = _get_kwargs()

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_incidents", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetIncidentsResponse:
    """Get incidents

     Returns incidents as `{"incidents": [...]}`. This is the call shown in the vendor's authentication
    article, whose example counts `len(response["incidents"])`. It takes no documented parameters and
    no pagination; for filtering, sorting and cursor pagination use `list_incidents`
    (`POST /v2/incidents/list`).

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        GetIncidentsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetIncidentsResponse]:
    """Get incidents

     Returns incidents as `{"incidents": [...]}`. This is the call shown in the vendor's authentication
    article, whose example counts `len(response["incidents"])`. It takes no documented parameters and
    no pagination; for filtering, sorting and cursor pagination use `list_incidents`
    (`POST /v2/incidents/list`).

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[GetIncidentsResponse]
    """

    kwargs = _get_kwargs()

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_incidents", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetIncidentsResponse:
    """Get incidents

     Returns incidents as `{"incidents": [...]}`. This is the call shown in the vendor's authentication
    article, whose example counts `len(response["incidents"])`. It takes no documented parameters and
    no pagination; for filtering, sorting and cursor pagination use `list_incidents`
    (`POST /v2/incidents/list`).

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        GetIncidentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
