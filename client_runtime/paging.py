"""Walking the pages of a paginated operation (`x-pagination` in the spec), one page in memory at a time.

A `Paging` says where an operation keeps its records, its next cursor and its total, and where the request
takes the cursor or page number. A pager (`SyncPager`, `AsyncPager`) is lazy: nothing is sent until it is
iterated, then one page is fetched at a time and only the current page's records are held. Iterating yields
records; `.pages()` yields `Page` objects (records, total, the cursor to resume from). A pager started with
`cursor=` resumes where a saved `Page.next_cursor` left off; `limit=` stops after that many records.
Iterating for records reads each page one record at a time from its bytes where the pager is given a
`fetch_records` (client_runtime.streaming); `.pages()` parses each page whole.

Cursors are strings for both styles: the server's cursor, or the page number as text for numbered pages,
so one saved value (a CLI `--cursor`, a checkpoint file) resumes either kind.

Written by hand: the rules are small and specific to these two styles. The resource methods and the
generated `paginate.py` walkers both run on this module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Literal, TypeVar

from attrs import define, field, frozen

from auth_plugins.errors import APIError

from .raw import RawResponse
from .streaming import Streamed

__all__ = [
    "AsyncPager",
    "Page",
    "PaginationError",
    "Paging",
    "SyncPager",
    "attribute_path",
    "with_value",
]

T = TypeVar("T")


class PaginationError(APIError):
    """The server's paging went wrong, e.g. it handed back a cursor it had already given."""


def attribute_path(obj: Any, names: Sequence[str]) -> Any:
    """obj.a.b...; None where a step is missing, None or UNSET (generated models use UNSET for absent)."""
    for name in names:
        obj = getattr(obj, name, None)
        if obj is None or type(obj).__name__ == "Unset":  # an Unset told by name, whichever package's it is
            return None
    return obj


def with_value(payload: Mapping[str, Any], keys: Sequence[str], value: Any) -> dict[str, Any]:
    """A copy of a JSON body with payload[k1][k2]... = value (intermediate objects created).

    None leaves the body as it is: the first request of a cursor walk carries no cursor."""
    result = dict(payload)
    if value is None:
        return result
    node = result
    for key in keys[:-1]:
        node[key] = dict(node.get(key) or {})
        node = node[key]
    node[keys[-1]] = value
    return result


@frozen
class Paging:
    """How one operation pages, from its `x-pagination` (attribute paths are the generated models' names).

    style "cursor": ask with the last `next_cursor` until the server answers an empty one.
    style "page": ask page after page from `first_page` until one is empty or `total` records have come.
    The position goes into the request body at the JSON keys `request` or, for numbered pages sent as a
    query parameter, into the low-level function's keyword argument `request_param`.
    """

    style: Literal["cursor", "page"]
    items: tuple[str, ...]
    request: tuple[str, ...] = ()
    request_param: str | None = None
    next_cursor: tuple[str, ...] = ()
    first_page: int = 0
    total: tuple[str, ...] | None = None
    items_json: tuple[str, ...] = ()  # `items` as the JSON keys of the response (record walks read the JSON)

    def start(self, cursor: str | None) -> _Walk:
        if self.style == "cursor":
            return _Walk(self, cursor or None)
        if cursor is None:
            return _Walk(self, self.first_page)
        try:
            number = int(cursor)
        except ValueError:
            raise PaginationError(f"cursor {cursor!r} is not a page number") from None
        return _Walk(self, number)


@frozen
class Page(Generic[T]):
    """One page of records.

    cursor: what it was asked with (None: the first page of a cursor walk; numbered pages give their number).
    next_cursor: where to resume after it (None: this was the last page).
    total: the number of records in all pages, when the server says (else None).
    response: the whole parsed response, the envelope with everything else the server sent.
    raw: the HTTP answer as received (status, headers, body): `page.raw.json()` is the server's JSON, each
        record exactly as sent (a page cut short by `limit` keeps the whole body; `records` says how many count).
    """

    records: list[T]
    cursor: str | None
    next_cursor: str | None
    total: int | None
    response: Any = field(repr=False)
    raw: RawResponse[Any] | None = field(default=None, repr=False, eq=False)

    @property
    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    def __len__(self) -> int:
        return len(self.records)


@define
class _Walk:
    """The state of one walk: the position to ask for next, whether the walk is over, cursors seen."""

    paging: Paging
    position: str | int | None
    done: bool = False
    fetched: int = 0
    _seen: set[str] = field(factory=set)

    def take(self, response: Any, raw: RawResponse[Any] | None = None) -> Page[Any]:
        """The page of a parsed `response` (`raw`: its HTTP answer), and the walk moved past it."""
        asked = self.asked
        records = list(attribute_path(response, self.paging.items) or [])
        total = self.open(response, bool(records))
        self.close(len(records), total)
        next_cursor = None if self.done else str(self.position)
        return Page(records=records, cursor=asked, next_cursor=next_cursor, total=total, response=response, raw=raw)

    @property
    def asked(self) -> str | None:
        """The position asked for, as a cursor."""
        return None if self.position is None else str(self.position)

    def open(self, response: Any, has_records: bool) -> int | None:
        """Move past the page of a parsed `response` (its envelope at least) that has records or not: what
        can be known before its records are counted. Returns its total."""
        paging = self.paging
        total = attribute_path(response, paging.total) if paging.total else None
        total = total if isinstance(total, int) and not isinstance(total, bool) else None
        if paging.style == "cursor":
            cursor = attribute_path(response, paging.next_cursor)
            if not cursor or not has_records:
                self.done = True
            elif str(cursor) in self._seen or str(cursor) == self.asked:
                raise PaginationError(f"the server repeated the cursor {cursor!r}; stopping instead of looping")
            else:
                self._seen.add(str(cursor))
                self.position = str(cursor)
        else:
            if not has_records:
                self.done = True
            assert isinstance(self.position, int)
            self.position += 1
        return total

    def close(self, count: int, total: int | None) -> None:
        """The page opened held `count` records: numbered pages end once `total` records have come."""
        self.fetched += count
        if self.paging.style == "page" and total is not None and self.fetched >= total:
            self.done = True


# A fetch takes the position to ask for and returns the low-level `*_detailed` answer (status, headers,
# content, parsed), so that raw-response access can show the first page as the server sent it.
Fetch = Callable[[Any], Any]
AsyncFetch = Callable[[Any], Awaitable[Any]]


def _check_limit(limit: int | None) -> int | None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be a non-negative int or None, not {limit!r}")
    return limit


class _Pager(Generic[T]):
    """What the sync and async pagers share: their arguments, and turning one answer into one page."""

    def __init__(
        self,
        fetch: Any,
        paging: Paging,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        first: Any = None,
        fetch_records: Any = None,
    ) -> None:
        self._fetch = fetch
        self._fetch_records = fetch_records
        self._paging = paging
        self._cursor = cursor
        self._limit = _check_limit(limit)
        self._first = first  # a detailed response already fetched for `cursor` (raw-response access)

    def _start(self) -> tuple[_Walk, Any, int | None]:
        """A new walk, the answer already fetched for its first page (or None), the records still wanted."""
        first, self._first = self._first, None
        return self._paging.start(self._cursor), first, self._limit

    @staticmethod
    def _records(walk: _Walk, answer: Any) -> Iterator[T]:
        """The records of one answer, the walk moved past its page before the first is yielded: one at a time
        from its bytes (`streaming.Streamed`), or those of the page parsed whole (a `Streamed` without records,
        or a `*_detailed` answer)."""
        streamed = isinstance(answer, Streamed)
        if not streamed or answer.records is None:
            parsed = answer.envelope if streamed else answer.parsed
            records: Any = attribute_path(parsed, walk.paging.items) or ()
            walk.close(len(records), walk.open(parsed, bool(records)))
            return iter(records)
        records = answer.records
        first = next(records, _NONE)
        total = walk.open(answer.envelope, first is not _NONE)
        if first is _NONE:
            walk.close(0, total)
            return iter(())
        return _counted(walk, first, records, total)

    @staticmethod
    def _page(walk: _Walk, answer: Any, remaining: int | None) -> tuple[Page[T], int | None]:
        page: Page[T] = walk.take(answer.parsed, RawResponse.of(answer, lambda: answer.parsed))
        return _cut(page, remaining) if remaining is not None else (page, None)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(cursor={self._cursor!r}, limit={self._limit!r})"


class SyncPager(_Pager[T]):
    """Every record of a paginated operation, fetched lazily one page at a time.

    `for record in pager` walks all pages (each read one record at a time from its bytes when `fetch_records`
    is given: client_runtime.streaming); `pager.pages()` yields `Page` objects, each page parsed whole. Each
    iteration starts a new walk from `cursor` (None: the first page). With `limit`, the walk stops after that
    many records (the last page is cut short; its `next_cursor` still points after the whole page)."""

    _fetch: Fetch

    def __iter__(self) -> Iterator[T]:
        walk, answer, remaining = self._start()
        while not walk.done and remaining != 0:
            if answer is None:
                answer = (self._fetch_records or self._fetch)(walk.position)
            records = self._records(walk, answer)
            answer = None  # the next page is fetched with nothing of this one held
            for record in records:
                yield record
                del record  # nor the last record
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        break
            del records

    def pages(self) -> Iterator[Page[T]]:
        walk, answer, remaining = self._start()
        while not walk.done and remaining != 0:
            if answer is None:
                answer = self._fetch(walk.position)
            page, remaining = self._page(walk, answer, remaining)
            answer = None  # the raw body: the page keeps the parsed records only
            yield page
            del page

    def first_raw(self) -> RawResponse[SyncPager[T]]:
        """Fetch the first page now; its raw response, whose `parse()` is a pager starting with that page."""
        answer = self._fetch(self._paging.start(self._cursor).position)
        pager = SyncPager[T](
            self._fetch,
            self._paging,
            cursor=self._cursor,
            limit=self._limit,
            first=answer,
            fetch_records=self._fetch_records,
        )
        return RawResponse.of(answer, lambda: pager)


class AsyncPager(_Pager[T]):
    """The asyncio form of `SyncPager`: `async for record in pager`, `async for page in pager.pages()`."""

    _fetch: AsyncFetch

    async def __aiter__(self) -> AsyncIterator[T]:
        walk, answer, remaining = self._start()
        while not walk.done and remaining != 0:
            if answer is None:
                answer = await (self._fetch_records or self._fetch)(walk.position)
            records = self._records(walk, answer)
            answer = None  # the next page is fetched with nothing of this one held
            for record in records:
                yield record
                del record  # nor the last record
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        break
            del records

    async def pages(self) -> AsyncIterator[Page[T]]:
        walk, answer, remaining = self._start()
        while not walk.done and remaining != 0:
            if answer is None:
                answer = await self._fetch(walk.position)
            page, remaining = self._page(walk, answer, remaining)
            answer = None
            yield page
            del page

    async def first_raw(self) -> RawResponse[AsyncPager[T]]:
        """Fetch the first page now; its raw response, whose `parse()` is a pager starting with that page."""
        answer = await self._fetch(self._paging.start(self._cursor).position)
        pager = AsyncPager[T](
            self._fetch,
            self._paging,
            cursor=self._cursor,
            limit=self._limit,
            first=answer,
            fetch_records=self._fetch_records,
        )
        return RawResponse.of(answer, lambda: pager)


_NONE: Any = object()


def _counted(walk: _Walk, first: T, rest: Iterator[T], total: int | None) -> Iterator[T]:
    """`first`, then `rest`; once all are taken, the walk is told how many there were."""
    count = 1
    yield first
    for record in rest:
        count += 1
        yield record
    walk.close(count, total)


def _cut(page: Page[T], remaining: int) -> tuple[Page[T], int]:
    if len(page.records) <= remaining:
        return page, remaining - len(page.records)
    cut = Page(page.records[:remaining], page.cursor, page.next_cursor, page.total, page.response, page.raw)
    return cut, 0
