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
from ...models.update_incident_request import UpdateIncidentRequest
from ...models.update_incident_response import UpdateIncidentResponse
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateIncidentRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"operation_id": "update_incident"},
        "url": "/v2/incidents/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(UpdateIncidentResponse)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateIncidentResponse:
    if response.status_code == 200:
        try:
            return cast(
                UpdateIncidentResponse,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="update_incident",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("update_incident", response, exc) from exc
    errors.raise_status_error("update_incident", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateIncidentResponse]:
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
    body: UpdateIncidentRequest,
) -> Response[UpdateIncidentResponse]:
    """Update an incident

     Partially updates one incident: its `status` (`open` / `closed`), `close_reason`, `close_note` and
    `assigned_to` (the assignee's email). Send only the fields to change, at least one. Answers the
    updated incident. Needs the `incident__update` permission.

    XSOAR shows close reasons as labels: Resolved = `valid`, False Positive = `invalid_data_mislabled`
    (sic, the API's own spelling), False Positive - Destination Not at Risk =
    `invalid_destination_not_risk`,
    False Positive - User Exempt = `invalid_user_exempt`, Other = `invalid_other`.

    Args:
        id (str):
        body (UpdateIncidentRequest): Fields to change; send at least one.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[UpdateIncidentResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("update_incident", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateIncidentRequest,
) -> UpdateIncidentResponse:
    """Update an incident

     Partially updates one incident: its `status` (`open` / `closed`), `close_reason`, `close_note` and
    `assigned_to` (the assignee's email). Send only the fields to change, at least one. Answers the
    updated incident. Needs the `incident__update` permission.

    XSOAR shows close reasons as labels: Resolved = `valid`, False Positive = `invalid_data_mislabled`
    (sic, the API's own spelling), False Positive - Destination Not at Risk =
    `invalid_destination_not_risk`,
    False Positive - User Exempt = `invalid_user_exempt`, Other = `invalid_other`.

    Args:
        id (str):
        body (UpdateIncidentRequest): Fields to change; send at least one.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        UpdateIncidentResponse
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
    body: UpdateIncidentRequest,
) -> Response[UpdateIncidentResponse]:
    """Update an incident

     Partially updates one incident: its `status` (`open` / `closed`), `close_reason`, `close_note` and
    `assigned_to` (the assignee's email). Send only the fields to change, at least one. Answers the
    updated incident. Needs the `incident__update` permission.

    XSOAR shows close reasons as labels: Resolved = `valid`, False Positive = `invalid_data_mislabled`
    (sic, the API's own spelling), False Positive - Destination Not at Risk =
    `invalid_destination_not_risk`,
    False Positive - User Exempt = `invalid_user_exempt`, Other = `invalid_other`.

    Args:
        id (str):
        body (UpdateIncidentRequest): Fields to change; send at least one.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[UpdateIncidentResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("update_incident", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateIncidentRequest,
) -> UpdateIncidentResponse:
    """Update an incident

     Partially updates one incident: its `status` (`open` / `closed`), `close_reason`, `close_note` and
    `assigned_to` (the assignee's email). Send only the fields to change, at least one. Answers the
    updated incident. Needs the `incident__update` permission.

    XSOAR shows close reasons as labels: Resolved = `valid`, False Positive = `invalid_data_mislabled`
    (sic, the API's own spelling), False Positive - Destination Not at Risk =
    `invalid_destination_not_risk`,
    False Positive - User Exempt = `invalid_user_exempt`, Other = `invalid_other`.

    Args:
        id (str):
        body (UpdateIncidentRequest): Fields to change; send at least one.

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        UpdateIncidentResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
