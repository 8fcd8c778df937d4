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
from ...models.source_audit import SourceAudit
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    *,
    body: SourceAudit,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"operation_id": "create_source_audit"},
        "url": "/v2/audit/source",
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(SourceAudit)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SourceAudit:
    if response.status_code == 200:
        try:
            return cast(
                SourceAudit,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="create_source_audit",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("create_source_audit", response, exc) from exc
    errors.raise_status_error("create_source_audit", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SourceAudit]:
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
    body: SourceAudit,
) -> Response[SourceAudit]:
    """Record a source execution audit

     Adds one audit entry (what a runner reports after an execution); answers it.

    Args:
        body (SourceAudit): One execution of a source config.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceAudit]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_source_audit", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SourceAudit,
) -> SourceAudit:
    """Record a source execution audit

     Adds one audit entry (what a runner reports after an execution); answers it.

    Args:
        body (SourceAudit): One execution of a source config.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceAudit
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SourceAudit,
) -> Response[SourceAudit]:
    """Record a source execution audit

     Adds one audit entry (what a runner reports after an execution); answers it.

    Args:
        body (SourceAudit): One execution of a source config.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceAudit]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("create_source_audit", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SourceAudit,
) -> SourceAudit:
    """Record a source execution audit

     Adds one audit entry (what a runner reports after an execution); answers it.

    Args:
        body (SourceAudit): One execution of a source config.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceAudit
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
