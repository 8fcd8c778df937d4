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
from ...models.runner import Runner
from ...profile import PROFILE
from ...types import Response


def _get_kwargs(
    runner_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"operation_id": "get_runner"},
        "url": "/v1/runner/{runner_id}".format(
            runner_id=quote(str(runner_id), safe=""),
        ),
    }

    return _kwargs


_SHAPE_200 = ModelOf(Runner)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Runner:
    if response.status_code == 200:
        try:
            return cast(
                Runner,
                parse_response(
                    response,
                    _SHAPE_200,
                    operation="get_runner",
                    strict=client.strict,
                    errors_in_body=PROFILE.errors_in_body,
                ),
            )
        except errors.APIError:
            raise
        except Exception as exc:  # any other failure to parse (deep JSON, ...) is a MalformedResponseError
            raise errors.malformed("get_runner", response, exc) from exc
    errors.raise_status_error("get_runner", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Runner]:
    parsed = _parse_response(client=client, response=settled(response))
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Runner]:
    """Get a runner

     Returns one runner.

    Args:
        runner_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Runner]
    """

    kwargs = _get_kwargs(
        runner_id=runner_id,
    )

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_runner", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


def sync(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Runner:
    """Get a runner

     Returns one runner.

    Args:
        runner_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Runner
    """

    return sync_detailed(
        runner_id=runner_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Runner]:
    """Get a runner

     Returns one runner.

    Args:
        runner_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Response[Runner]
    """

    kwargs = _get_kwargs(
        runner_id=runner_id,
    )

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.HTTPError as exc:
        raise errors.transport_error("get_runner", exc) from errors.scrubbed(exc)

    return _build_response(client=client, response=response)


async def asyncio(
    runner_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Runner:
    """Get a runner

     Returns one runner.

    Args:
        runner_id (str):

    Raises:
        errors.APIStatusError: the server answered with an error or undocumented status (a subclass per
            status: AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, ...).
        errors.MalformedResponseError: a documented status whose body does not parse or fit the model.
        errors.APITimeoutError, errors.APIConnectionError: no usable answer after the retries.

    Returns:
        Runner
    """

    return (
        await asyncio_detailed(
            runner_id=runner_id,
            client=client,
        )
    ).parsed
