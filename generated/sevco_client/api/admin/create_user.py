from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from client_runtime.parsing import (
    ModelOf,
    parse_response,
)
from client_runtime.responses import settled

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_response import CreateUserResponse
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    email: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "create_user"},
        "url": "/v1/admin/user/{email}".format(
            email=quote(str(email), safe=""),
        ),
    }

    return _kwargs


_SHAPE_200 = ModelOf(CreateUserResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateUserResponse:
    if response.status_code == 200:
        try:
            return cast(
                CreateUserResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="create_user",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("create_user", response, exc) from exc
    errors.raise_status_error("create_user", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateUserResponse]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    email: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreateUserResponse]:
    """Add (invite) a user

     Adds the user with this email to the target organisation. No request body is sent.

    Args:
        email (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[CreateUserResponse]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_user", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    email: str,
    *,
    client: AuthenticatedClient | Client,
) -> CreateUserResponse:
    """Add (invite) a user

     Adds the user with this email to the target organisation. No request body is sent.

    Args:
        email (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        CreateUserResponse
    """

    return sync_detailed(
        email=email,
        client=client,
    ).parsed


async def asyncio_detailed(
    email: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreateUserResponse]:
    """Add (invite) a user

     Adds the user with this email to the target organisation. No request body is sent.

    Args:
        email (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[CreateUserResponse]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_user", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    email: str,
    *,
    client: AuthenticatedClient | Client,
) -> CreateUserResponse:
    """Add (invite) a user

     Adds the user with this email to the target organisation. No request body is sent.

    Args:
        email (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        CreateUserResponse
    """

    return (
        await asyncio_detailed(
            email=email,
            client=client,
        )
    ).parsed
