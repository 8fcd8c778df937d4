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
from ...models.integration_execution_list import IntegrationExecutionList
from ...profile import PROFILE
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    context_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["context_id"] = context_id

    params["count"] = count

    params["sort_ascending"] = sort_ascending

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "list_integration_executions"},
        "url": "/v1/integration/execution",
        "params": params,
    }

    return _kwargs


_SHAPE_200 = ModelOf(IntegrationExecutionList)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IntegrationExecutionList:
    if response.status_code == 200:
        try:
            return cast(
                IntegrationExecutionList,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="list_integration_executions",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("list_integration_executions", response, exc) from exc
    errors.raise_status_error("list_integration_executions", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationExecutionList]:
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
    context_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
) -> Response[IntegrationExecutionList]:
    """List the executions of an integration config

     Executions of one config (`context_id`), newest first with `sort_ascending=false`.

    Args:
        context_id (str | Unset):
        count (int | Unset):
        sort_ascending (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[IntegrationExecutionList]
    """

    kwargs = _get_kwargs(
        context_id=context_id,
        count=count,
        sort_ascending=sort_ascending,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_integration_executions", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    context_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
) -> IntegrationExecutionList:
    """List the executions of an integration config

     Executions of one config (`context_id`), newest first with `sort_ascending=false`.

    Args:
        context_id (str | Unset):
        count (int | Unset):
        sort_ascending (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        IntegrationExecutionList
    """

    return sync_detailed(
        client=client,
        context_id=context_id,
        count=count,
        sort_ascending=sort_ascending,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    context_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
) -> Response[IntegrationExecutionList]:
    """List the executions of an integration config

     Executions of one config (`context_id`), newest first with `sort_ascending=false`.

    Args:
        context_id (str | Unset):
        count (int | Unset):
        sort_ascending (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[IntegrationExecutionList]
    """

    kwargs = _get_kwargs(
        context_id=context_id,
        count=count,
        sort_ascending=sort_ascending,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_integration_executions", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    context_id: str | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_ascending: bool | Unset = UNSET,
) -> IntegrationExecutionList:
    """List the executions of an integration config

     Executions of one config (`context_id`), newest first with `sort_ascending=false`.

    Args:
        context_id (str | Unset):
        count (int | Unset):
        sort_ascending (bool | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        IntegrationExecutionList
    """

    return (
        await asyncio_detailed(
            client=client,
            context_id=context_id,
            count=count,
            sort_ascending=sort_ascending,
        )
    ).parsed
