"""The resource layer: `client.<resource>.<method>(...)` over the generated low-level functions.

Each generated package's `resources.py` (from the spec's `x-resource`) declares one `Endpoint` per operation
and thin resource classes whose methods hand their arguments to `SyncResource` / `AsyncResource` here:
path and query parameters go to the generated `*_detailed` function as they are, the body's fields are
converted and checked (`arguments.RequestBody`), paginated operations return a lazy pager (`paging`),
others the parsed model, or its records where the spec's `x-resource.items` names them.

`ResourceClient` / `AsyncResourceClient` are mixed into the generated `Client` subclass, so a resource client
still works as `client=` for every low-level function. `with_options()` gives a copy with another timeout or
retry policy that shares the connection pool, the token and the rate limits (after Stainless SDKs).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, ParamSpec, Self, TypeVar, cast

import attrs
import httpx
from attrs import frozen

from auth_plugins.connect import normalize_timeout
from auth_plugins.errors import ConfigurationError, scrubbed, transport_error
from auth_plugins.resilience import AsyncResilientTransport, ResilientTransport, RetryPolicy

from .arguments import RequestBody
from .paging import AsyncPager, Paging, SyncPager, attribute_path, with_value
from .raw import RawResponse
from .responses import settled
from .streaming import RecordStream, Streamed, read_page

__all__ = [
    "AsyncResource",
    "AsyncResourceClient",
    "Endpoint",
    "ResourceClient",
    "SyncResource",
    "async_pager",
    "async_twin",
    "sync_pager",
]

R = TypeVar("R")
P = ParamSpec("P")
C = TypeVar("C", bound="_Options")


@frozen
class Endpoint(Generic[R]):
    """One operation as a resource method calls it. `R` is what the method returns: the parsed model, or
    the record type where `items` (non-paginated) or `paging` says where the records are.

    sync / asyncio: the generated `sync_detailed` / `asyncio_detailed` functions.
    body: the request body, or None when the operation takes none.
    items: attribute path of the records in the parsed answer; the method returns them as a list.
    records: how a record walk reads a page one record at a time (paginated operations; client_runtime.streaming).
    """

    operation_id: str
    sync: Callable[..., Any]
    asyncio: Callable[..., Awaitable[Any]]
    body: RequestBody | None = None
    items: tuple[str, ...] | None = None
    paging: Paging | None = None
    records: RecordStream | None = None

    def request(self, params: Mapping[str, Any], body: Mapping[str, Any] | None) -> dict[str, Any]:
        """Keyword arguments for the low-level function; None means "not given" and is left out."""
        kwargs = {name: value for name, value in params.items() if value is not None}
        if self.body is not None and body is not None:
            kwargs["body"] = self.body.build(self.operation_id, body)
        return kwargs

    def result(self, parsed: Any) -> Any:
        if self.items is None:
            return parsed
        return list(attribute_path(parsed, self.items) or [])


class _Resource:
    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw  # bound to `client.with_raw_response`: calls return RawResponse

    def _answer(self, endpoint: Endpoint[R], detailed: Any) -> R:
        """The method's value for a low-level `Response`; in raw mode a RawResponse (the generated raw view
        types it so with `raw.raw_response()`)."""
        result = cast(R, endpoint.result(detailed.parsed))
        if self._raw:
            return cast(R, RawResponse.of(detailed, lambda: result))
        return result

    def __repr__(self) -> str:
        return f"{type(self).__name__}({'raw' if self._raw else ''})"


class SyncResource(_Resource):
    """Base of the generated sync resource classes."""

    def _call(self, endpoint: Endpoint[R], params: Mapping[str, Any], body: Mapping[str, Any] | None = None) -> R:
        detailed = endpoint.sync(client=self._client, **endpoint.request(params, body))
        return self._answer(endpoint, detailed)

    def _paginate(
        self,
        endpoint: Endpoint[R],
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None = None,
        *,
        cursor: str | None,
        limit: int | None,
    ) -> SyncPager[R]:
        return sync_pager(endpoint, self._client, params, body, cursor=cursor, limit=limit)


class AsyncResource(_Resource):
    """Base of the generated async resource classes."""

    async def _call(self, endpoint: Endpoint[R], params: Mapping[str, Any], body: Mapping[str, Any] | None = None) -> R:
        detailed = await endpoint.asyncio(client=self._client, **endpoint.request(params, body))
        return self._answer(endpoint, detailed)

    def _paginate(
        self,
        endpoint: Endpoint[R],
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None = None,
        *,
        cursor: str | None,
        limit: int | None,
    ) -> AsyncPager[R]:
        return async_pager(endpoint, self._client, params, body, cursor=cursor, limit=limit)


def sync_pager(
    endpoint: Endpoint[R],
    client: Any,
    params: Mapping[str, Any],
    body: Mapping[str, Any] | None = None,
    *,
    cursor: str | None = None,
    limit: int | None = None,
) -> SyncPager[R]:
    """The pager of a paginated operation: `params` by low-level keyword, `body` fields by JSON name.
    The arguments are checked now, so a bad one fails at the call rather than at the first page."""
    paging, kwargs = _prepare(endpoint, params, body)

    def fetch(position: Any) -> Any:
        return endpoint.sync(client=client, **_page_request(endpoint, paging, kwargs, position))

    def fetch_records(position: Any) -> Any:
        request = _records_request(endpoint, paging, kwargs, position)
        try:
            response = client.get_httpx_client().request(**request)
        except httpx.HTTPError as exc:
            raise transport_error(endpoint.operation_id, exc) from scrubbed(exc)
        return _read_page(endpoint, paging, client, response)

    streams = endpoint.records is not None and paging.items_json
    return SyncPager(fetch, paging, cursor=cursor, limit=limit, fetch_records=fetch_records if streams else None)


def async_pager(
    endpoint: Endpoint[R],
    client: Any,
    params: Mapping[str, Any],
    body: Mapping[str, Any] | None = None,
    *,
    cursor: str | None = None,
    limit: int | None = None,
) -> AsyncPager[R]:
    """`sync_pager()` for asyncio."""
    paging, kwargs = _prepare(endpoint, params, body)

    async def fetch(position: Any) -> Any:
        return await endpoint.asyncio(client=client, **_page_request(endpoint, paging, kwargs, position))

    async def fetch_records(position: Any) -> Any:
        request = _records_request(endpoint, paging, kwargs, position)
        try:
            response = await client.get_async_httpx_client().request(**request)
        except httpx.HTTPError as exc:
            raise transport_error(endpoint.operation_id, exc) from scrubbed(exc)
        return _read_page(endpoint, paging, client, response)

    streams = endpoint.records is not None and paging.items_json
    return AsyncPager(fetch, paging, cursor=cursor, limit=limit, fetch_records=fetch_records if streams else None)


def _prepare(
    endpoint: Endpoint[Any], params: Mapping[str, Any], body: Mapping[str, Any] | None
) -> tuple[Paging, dict[str, Any]]:
    """The paging of `endpoint`, and the low-level keyword arguments as given (the body as its model)."""
    if endpoint.paging is None:
        raise TypeError(f"{endpoint.operation_id} is not paginated")
    return endpoint.paging, endpoint.request(params, body)


def _page_request(
    endpoint: Endpoint[Any], paging: Paging, kwargs: Mapping[str, Any], position: Any
) -> Mapping[str, Any]:
    """The low-level keyword arguments asking for the page at `position` (a cursor or a page number)."""
    if position is None:  # the first page of a cursor walk: the request as given
        return kwargs
    request = dict(kwargs)
    if paging.request_param is not None:
        request[paging.request_param] = position
    elif endpoint.body is not None:
        given = kwargs["body"].to_dict() if "body" in kwargs else {}
        request["body"] = endpoint.body.model.from_dict(with_value(given, paging.request, position))
    return request


def _records_request(
    endpoint: Endpoint[Any], paging: Paging, kwargs: Mapping[str, Any], position: Any
) -> dict[str, Any]:
    """The httpx request (`client.request(**it)`) for the page at `position`, as the `*_detailed` function sends it."""
    assert endpoint.records is not None
    return endpoint.records.request(**_page_request(endpoint, paging, kwargs, position))


def _read_page(endpoint: Endpoint[Any], paging: Paging, client: Any, response: httpx.Response) -> Streamed:
    """What `*_detailed` does with the answer, but reading a page one record at a time where it can (`Streamed`)."""
    assert endpoint.records is not None
    return read_page(
        endpoint.records, client, settled(response), operation=endpoint.operation_id, items=paging.items_json
    )


# -- the client ------------------------------------------------------------------------------------------


class _Options:
    """What `with_options` shares and changes; one implementation for the sync and async clients."""

    def with_options(self, *, timeout: httpx.Timeout | float | None = None, retry: RetryPolicy | None = None) -> Self:
        """A copy of this client with another timeout and/or retry policy.

        The copy shares this client's connection pool, token (and its refreshes) and rate limits; closing
        the copy leaves them open, closing this client closes them. Everything else stays as it is.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = normalize_timeout(timeout)
        sync, asynchronous = getattr(self, "_transport", None), getattr(self, "_async_transport", None)
        if isinstance(sync, ResilientTransport) and isinstance(asynchronous, AsyncResilientTransport):
            changes["transport"] = sync.with_retry(retry if retry is not None else sync.retry)
            changes["async_transport"] = asynchronous.with_retry(retry if retry is not None else asynchronous.retry)
        elif retry is not None:
            raise ConfigurationError("with_options(retry=...) needs a client built by connect()")
        copied: Self = attrs.evolve(self, **changes)  # type: ignore[misc]  # an attrs Client subclass
        return copied

    @classmethod
    def from_client(cls, client: Any) -> Self:
        """This kind of client with the settings, auth and transports of `client` (a generated Client)."""
        fields = attrs.fields(type(client))
        made: Self = cls(**{field.alias: getattr(client, field.name) for field in fields if field.init})
        return made


class ResourceClient(_Options):
    """Mixed into each package's sync resource client (a subclass of its generated `Client`)."""


class AsyncResourceClient(_Options):
    """Mixed into each package's async resource client: `async with client`, or `await client.close()`."""

    async def close(self) -> None:  # awaited, as in Stainless SDKs' async clients
        """Close the connection pool (the same as `await client.aclose()`)."""
        aclose: Callable[[], Awaitable[None]] = getattr(self, "aclose")  # noqa: B009 - Client's, not the mixin's
        await aclose()


def async_twin(connect: Callable[P, Any], client_class: type[C]) -> Callable[P, C]:
    """`connect_async()`: the same arguments as `connect()`, returning the async resource client."""

    @functools.wraps(connect)
    def connect_async(*args: P.args, **kwargs: P.kwargs) -> C:
        return client_class.from_client(connect(*args, **kwargs))

    connect_async.__name__ = connect_async.__qualname__ = "connect_async"
    connect_async.__doc__ = (
        f"Return a `{client_class.__name__}`: the async twin of what `connect()` returns (awaitable methods, "
        "`async for` over paginated ones). Takes exactly the arguments of `connect()`.\n\n" + (connect.__doc__ or "")
    )
    return connect_async
