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
from ...models.source_o_auth_settings import SourceOAuthSettings
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: SourceOAuthSettings,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "create_source_oauth"},
        "url": "/v1/integration/source/{id}/oauth".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(SourceOAuthSettings)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SourceOAuthSettings:
    if response.status_code == 200:
        try:
            return cast(
                SourceOAuthSettings,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="create_source_oauth",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("create_source_oauth", response, exc) from exc
    errors.raise_status_error("create_source_oauth", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SourceOAuthSettings]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SourceOAuthSettings,
) -> Response[SourceOAuthSettings]:
    """Set the OAuth settings of a source

     Stores the OAuth client and endpoints of a source; answers them.

    Args:
        id (str):
        body (SourceOAuthSettings):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceOAuthSettings]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_source_oauth", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SourceOAuthSettings,
) -> SourceOAuthSettings:
    """Set the OAuth settings of a source

     Stores the OAuth client and endpoints of a source; answers them.

    Args:
        id (str):
        body (SourceOAuthSettings):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceOAuthSettings
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SourceOAuthSettings,
) -> Response[SourceOAuthSettings]:
    """Set the OAuth settings of a source

     Stores the OAuth client and endpoints of a source; answers them.

    Args:
        id (str):
        body (SourceOAuthSettings):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceOAuthSettings]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_source_oauth", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SourceOAuthSettings,
) -> SourceOAuthSettings:
    """Set the OAuth settings of a source

     Stores the OAuth client and endpoints of a source; answers them.

    Args:
        id (str):
        body (SourceOAuthSettings):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceOAuthSettings
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
