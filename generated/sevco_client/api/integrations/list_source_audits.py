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
from ...models.source_audit_list import SourceAuditList
from ...profile import PROFILE
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    source_config_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["per_page"] = per_page

    params["page"] = page

    params["source_config_id"] = source_config_id

    params["execution_id"] = execution_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "list_source_audits"},
        "url": "/v2/audit/source",
        "params": params,
    }

    return _kwargs


_SHAPE_200 = ModelOf(SourceAuditList)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SourceAuditList:
    if response.status_code == 200:
        try:
            return cast(
                SourceAuditList,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="list_source_audits",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("list_source_audits", response, exc) from exc
    errors.raise_status_error("list_source_audits", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SourceAuditList]:
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
    type_: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    source_config_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
) -> Response[SourceAuditList]:
    """List source execution audits

     Audit log of the executions of source configs (one entry per run of an integration: runner, timings,
    exit code and result). Pages are numbered from 1.

    Args:
        type_ (str | Unset):
        per_page (int | Unset):
        page (int | Unset):
        source_config_id (str | Unset):
        execution_id (str | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceAuditList]
    """

    kwargs = _get_kwargs(
        type_=type_,
        per_page=per_page,
        page=page,
        source_config_id=source_config_id,
        execution_id=execution_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_source_audits", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    source_config_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
) -> SourceAuditList:
    """List source execution audits

     Audit log of the executions of source configs (one entry per run of an integration: runner, timings,
    exit code and result). Pages are numbered from 1.

    Args:
        type_ (str | Unset):
        per_page (int | Unset):
        page (int | Unset):
        source_config_id (str | Unset):
        execution_id (str | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceAuditList
    """

    return sync_detailed(
        client=client,
        type_=type_,
        per_page=per_page,
        page=page,
        source_config_id=source_config_id,
        execution_id=execution_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    source_config_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
) -> Response[SourceAuditList]:
    """List source execution audits

     Audit log of the executions of source configs (one entry per run of an integration: runner, timings,
    exit code and result). Pages are numbered from 1.

    Args:
        type_ (str | Unset):
        per_page (int | Unset):
        page (int | Unset):
        source_config_id (str | Unset):
        execution_id (str | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceAuditList]
    """

    kwargs = _get_kwargs(
        type_=type_,
        per_page=per_page,
        page=page,
        source_config_id=source_config_id,
        execution_id=execution_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("list_source_audits", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    source_config_id: str | Unset = UNSET,
    execution_id: str | Unset = UNSET,
) -> SourceAuditList:
    """List source execution audits

     Audit log of the executions of source configs (one entry per run of an integration: runner, timings,
    exit code and result). Pages are numbered from 1.

    Args:
        type_ (str | Unset):
        per_page (int | Unset):
        page (int | Unset):
        source_config_id (str | Unset):
        execution_id (str | Unset):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceAuditList
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            per_page=per_page,
            page=page,
            source_config_id=source_config_id,
            execution_id=execution_id,
        )
    ).parsed
