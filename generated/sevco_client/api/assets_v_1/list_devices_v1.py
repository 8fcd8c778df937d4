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
from ...models.v1_asset_list import V1AssetList
from ...profile import PROFILE
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["per_page"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "list_devices_v1"},
        "url": "/v1/asset/device",
        "params": params,
    }

    return _kwargs


_SHAPE_200 = ModelOf(V1AssetList)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V1AssetList:
    if response.status_code == 200:
        try:
            return cast(
                V1AssetList,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="list_devices_v1",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("list_devices_v1", response, exc) from exc
    errors.raise_status_error("list_devices_v1", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V1AssetList]:
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
    start: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[V1AssetList]:
    """List devices (v1)

     Older paged listing of the devices updated since `start`. Attributes come as `{<name>: {value}}`;
    `metadata` is keyed by source type. A page with no items ends the listing.

    Args:
        start (float | Unset):
        per_page (int | Unset):
        page (int | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[V1AssetList]
    """

    kwargs = _get_kwargs(
        start=start,
        per_page=per_page,
        page=page,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_devices_v1", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> V1AssetList:
    """List devices (v1)

     Older paged listing of the devices updated since `start`. Attributes come as `{<name>: {value}}`;
    `metadata` is keyed by source type. A page with no items ends the listing.

    Args:
        start (float | Unset):
        per_page (int | Unset):
        page (int | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        V1AssetList
    """

    return sync_detailed(
        client=client,
        start=start,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[V1AssetList]:
    """List devices (v1)

     Older paged listing of the devices updated since `start`. Attributes come as `{<name>: {value}}`;
    `metadata` is keyed by source type. A page with no items ends the listing.

    Args:
        start (float | Unset):
        per_page (int | Unset):
        page (int | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[V1AssetList]
    """

    kwargs = _get_kwargs(
        start=start,
        per_page=per_page,
        page=page,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_devices_v1", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: float | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> V1AssetList:
    """List devices (v1)

     Older paged listing of the devices updated since `start`. Attributes come as `{<name>: {value}}`;
    `metadata` is keyed by source type. A page with no items ends the listing.

    Args:
        start (float | Unset):
        per_page (int | Unset):
        page (int | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        V1AssetList
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            per_page=per_page,
            page=page,
        )
    ).parsed
