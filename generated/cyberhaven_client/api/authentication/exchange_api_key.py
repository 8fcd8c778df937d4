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
from ...models.access_token_response import AccessTokenResponse
from ...models.exchange_api_key_request import ExchangeApiKeyRequest
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: ExchangeApiKeyRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "exchange_api_key"},
        "url": "/v2/auth/token/access",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(AccessTokenResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessTokenResponse:
    if response.status_code == 200:
        try:
            return cast(
                AccessTokenResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="exchange_api_key",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("exchange_api_key", response, exc) from exc
    errors.raise_status_error("exchange_api_key", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccessTokenResponse]:
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
    body: ExchangeApiKeyRequest,
) -> Response[AccessTokenResponse]:
    """Exchange the API key for an access token

     Exchanges the long-lived API key for a bearer access token valid for 15 minutes (`expires_in: 900`).
    This is the only call made without `Authorization`. Call it again when the token is near expiry
    (the vendor's own example renews after 14 minutes) or after any 401; there is no refresh token.

    Variant: the Cortex XSOAR integration calls the same exchange under the prefix
    `/public/v2/auth/token/access` (the second server) and sends the key as `{"refresh_token":
    "<key>"}`;
    its fixture answers `{"access_token", "token_type": "Bearer", "expires_in": 900}`. Both fields are
    accepted; the client sends `api_key`, as the vendor documentation does.

    Args:
        body (ExchangeApiKeyRequest): The long-lived API key to exchange, as `api_key` (vendor
            documentation) or, the variant the XSOAR integration sends, as `refresh_token`. Send one
            of the two.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[AccessTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("exchange_api_key", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeApiKeyRequest,
) -> AccessTokenResponse:
    """Exchange the API key for an access token

     Exchanges the long-lived API key for a bearer access token valid for 15 minutes (`expires_in: 900`).
    This is the only call made without `Authorization`. Call it again when the token is near expiry
    (the vendor's own example renews after 14 minutes) or after any 401; there is no refresh token.

    Variant: the Cortex XSOAR integration calls the same exchange under the prefix
    `/public/v2/auth/token/access` (the second server) and sends the key as `{"refresh_token":
    "<key>"}`;
    its fixture answers `{"access_token", "token_type": "Bearer", "expires_in": 900}`. Both fields are
    accepted; the client sends `api_key`, as the vendor documentation does.

    Args:
        body (ExchangeApiKeyRequest): The long-lived API key to exchange, as `api_key` (vendor
            documentation) or, the variant the XSOAR integration sends, as `refresh_token`. Send one
            of the two.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        AccessTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeApiKeyRequest,
) -> Response[AccessTokenResponse]:
    """Exchange the API key for an access token

     Exchanges the long-lived API key for a bearer access token valid for 15 minutes (`expires_in: 900`).
    This is the only call made without `Authorization`. Call it again when the token is near expiry
    (the vendor's own example renews after 14 minutes) or after any 401; there is no refresh token.

    Variant: the Cortex XSOAR integration calls the same exchange under the prefix
    `/public/v2/auth/token/access` (the second server) and sends the key as `{"refresh_token":
    "<key>"}`;
    its fixture answers `{"access_token", "token_type": "Bearer", "expires_in": 900}`. Both fields are
    accepted; the client sends `api_key`, as the vendor documentation does.

    Args:
        body (ExchangeApiKeyRequest): The long-lived API key to exchange, as `api_key` (vendor
            documentation) or, the variant the XSOAR integration sends, as `refresh_token`. Send one
            of the two.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[AccessTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("exchange_api_key", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeApiKeyRequest,
) -> AccessTokenResponse:
    """Exchange the API key for an access token

     Exchanges the long-lived API key for a bearer access token valid for 15 minutes (`expires_in: 900`).
    This is the only call made without `Authorization`. Call it again when the token is near expiry
    (the vendor's own example renews after 14 minutes) or after any 401; there is no refresh token.

    Variant: the Cortex XSOAR integration calls the same exchange under the prefix
    `/public/v2/auth/token/access` (the second server) and sends the key as `{"refresh_token":
    "<key>"}`;
    its fixture answers `{"access_token", "token_type": "Bearer", "expires_in": 900}`. Both fields are
    accepted; the client sends `api_key`, as the vendor documentation does.

    Args:
        body (ExchangeApiKeyRequest): The long-lived API key to exchange, as `api_key` (vendor
            documentation) or, the variant the XSOAR integration sends, as `refresh_token`. Send one
            of the two.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        AccessTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
