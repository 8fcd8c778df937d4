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
from ...models.saved_query import SavedQuery
from ...models.saved_query_input import SavedQueryInput
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: SavedQueryInput,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "save_user_query"},
        "url": "/v1/search/favorites/user-inventory",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(SavedQuery)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SavedQuery:
    if response.status_code == 200:
        try:
            return cast(
                SavedQuery,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="save_user_query",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("save_user_query", response, exc) from exc
    errors.raise_status_error("save_user_query", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SavedQuery]:
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
    body: SavedQueryInput,
) -> Response[SavedQuery]:
    """Save a user query

     Saves a user-asset query, as save_device_query does for devices.

    Args:
        body (SavedQueryInput): A query to save ("favorite").

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SavedQuery]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("save_user_query", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SavedQueryInput,
) -> SavedQuery:
    """Save a user query

     Saves a user-asset query, as save_device_query does for devices.

    Args:
        body (SavedQueryInput): A query to save ("favorite").

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SavedQuery
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SavedQueryInput,
) -> Response[SavedQuery]:
    """Save a user query

     Saves a user-asset query, as save_device_query does for devices.

    Args:
        body (SavedQueryInput): A query to save ("favorite").

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SavedQuery]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("save_user_query", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SavedQueryInput,
) -> SavedQuery:
    """Save a user query

     Saves a user-asset query, as save_device_query does for devices.

    Args:
        body (SavedQueryInput): A query to save ("favorite").

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SavedQuery
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
