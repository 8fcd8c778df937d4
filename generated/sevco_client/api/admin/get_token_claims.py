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
from ...models.token_claims import TokenClaims
from ...profile import PROFILE
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_perms_by_role: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includePermsByRole"] = include_perms_by_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "get_token_claims"},
        "url": "/v1/admin/user/token",
        "params": params,
    }

    return _kwargs


_SHAPE_200 = ModelOf(TokenClaims)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TokenClaims:
    if response.status_code == 200:
        try:
            return cast(
                TokenClaims,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_token_claims",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_token_claims", response, exc) from exc
    errors.raise_status_error("get_token_claims", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TokenClaims]:
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
    include_perms_by_role: bool | Unset = UNSET,
) -> Response[TokenClaims]:
    """Get the claims of the credentials in use

     What the calling key or JWT may do. With `includePermsByRole=true` the answer lists, per role, its
    permissions under `https://sevco/props/permsByRole`. sevco/sevco-shell calls it with `x-sevco-
    target-org: *`.

    Args:
        include_perms_by_role (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[TokenClaims]
    """

    kwargs = _get_kwargs(
        include_perms_by_role=include_perms_by_role,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_token_claims", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_perms_by_role: bool | Unset = UNSET,
) -> TokenClaims:
    """Get the claims of the credentials in use

     What the calling key or JWT may do. With `includePermsByRole=true` the answer lists, per role, its
    permissions under `https://sevco/props/permsByRole`. sevco/sevco-shell calls it with `x-sevco-
    target-org: *`.

    Args:
        include_perms_by_role (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        TokenClaims
    """

    return sync_detailed(
        client=client,
        include_perms_by_role=include_perms_by_role,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_perms_by_role: bool | Unset = UNSET,
) -> Response[TokenClaims]:
    """Get the claims of the credentials in use

     What the calling key or JWT may do. With `includePermsByRole=true` the answer lists, per role, its
    permissions under `https://sevco/props/permsByRole`. sevco/sevco-shell calls it with `x-sevco-
    target-org: *`.

    Args:
        include_perms_by_role (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[TokenClaims]
    """

    kwargs = _get_kwargs(
        include_perms_by_role=include_perms_by_role,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_token_claims", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_perms_by_role: bool | Unset = UNSET,
) -> TokenClaims:
    """Get the claims of the credentials in use

     What the calling key or JWT may do. With `includePermsByRole=true` the answer lists, per role, its
    permissions under `https://sevco/props/permsByRole`. sevco/sevco-shell calls it with `x-sevco-
    target-org: *`.

    Args:
        include_perms_by_role (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        TokenClaims
    """

    return (
        await asyncio_detailed(
            client=client,
            include_perms_by_role=include_perms_by_role,
        )
    ).parsed
