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
from ...models.source_schema_names_list import SourceSchemaNamesList
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: SourceSchemaNamesList,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"operation_id": "update_source_schemas"},
        "url": "/v1/integration/source/{id}/schema".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


_SHAPE_200 = ModelOf(SourceSchemaNamesList)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SourceSchemaNamesList:
    if response.status_code == 200:
        try:
            return cast(
                SourceSchemaNamesList,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="update_source_schemas",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("update_source_schemas", response, exc) from exc
    errors.raise_status_error("update_source_schemas", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SourceSchemaNamesList]:
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
    body: SourceSchemaNamesList,
) -> Response[SourceSchemaNamesList]:
    """Replace the config schemas of a source

     Replaces the schema names; answers them.

    Args:
        id (str):
        body (SourceSchemaNamesList):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceSchemaNamesList]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("update_source_schemas", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SourceSchemaNamesList,
) -> SourceSchemaNamesList:
    """Replace the config schemas of a source

     Replaces the schema names; answers them.

    Args:
        id (str):
        body (SourceSchemaNamesList):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceSchemaNamesList
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
    body: SourceSchemaNamesList,
) -> Response[SourceSchemaNamesList]:
    """Replace the config schemas of a source

     Replaces the schema names; answers them.

    Args:
        id (str):
        body (SourceSchemaNamesList):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[SourceSchemaNamesList]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("update_source_schemas", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SourceSchemaNamesList,
) -> SourceSchemaNamesList:
    """Replace the config schemas of a source

     Replaces the schema names; answers them.

    Args:
        id (str):
        body (SourceSchemaNamesList):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        SourceSchemaNamesList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
