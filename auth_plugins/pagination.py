"""Walking every page of a paginated operation.

openapi-python-client generates one call per page and no pagination. The generator writes, per
operation marked `x-pagination`, an `iterate_<op>()` / `aiterate_<op>()` pair in `<package>/paginate.py`
that fetches pages and hands them to a walk below. A walk holds the state (next cursor or page number,
records so far) so that the sync and async loops stay two lines each and share every rule.
Written by hand: the rules are small and specific to these two styles.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any

from attrs import define, field

from .errors import APIError


class PaginationError(APIError):
    """The server's paging went wrong, e.g. it handed back a cursor it had already given."""


def attribute_path(obj: Any, names: Sequence[str]) -> Any:
    """obj.a.b...; None where a step is missing, None or UNSET (generated models use UNSET for absent)."""
    for name in names:
        obj = getattr(obj, name, None)
        if obj is None or not _present(obj):
            return None
    return obj


def with_value(payload: dict[str, Any], keys: Sequence[str], value: Any) -> dict[str, Any]:
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


def _present(value: Any) -> bool:
    # Generated packages each define their own Unset class; recognise it by name, not by import.
    return type(value).__name__ != "Unset"


@define
class CursorWalk:
    """Cursor paging: ask with the last `next` cursor until the server answers an empty one."""

    items: Sequence[str]
    next_cursor: Sequence[str]
    request: str | None = None
    done: bool = False
    _seen: set[str] = field(factory=set)

    def take(self, page: Any) -> list[Any]:
        records = list(attribute_path(page, self.items) or [])
        cursor = attribute_path(page, self.next_cursor)
        if not cursor or not records:
            self.done = True
        elif cursor in self._seen:
            raise PaginationError(f"the server repeated the cursor {cursor!r}; stopping instead of looping")
        else:
            self._seen.add(cursor)
            self.request = cursor
        return records


@define
class PageWalk:
    """Numbered paging: ask page after page until one is empty or `total` records have come."""

    items: Sequence[str]
    request: int
    total: Sequence[str] | None = None
    fetched: int = 0
    done: bool = False

    def take(self, page: Any) -> list[Any]:
        records = list(attribute_path(page, self.items) or [])
        self.fetched += len(records)
        expected = attribute_path(page, self.total) if self.total else None
        if not records or (isinstance(expected, int) and self.fetched >= expected):
            self.done = True
        self.request += 1
        return records


Walk = CursorWalk | PageWalk


def walk(state: Walk, fetch: Callable[[Any], Any]) -> Iterator[Any]:
    while not state.done:
        yield from state.take(fetch(state.request))


async def awalk(state: Walk, fetch: Callable[[Any], Awaitable[Any]]) -> AsyncIterator[Any]:
    while not state.done:
        for record in state.take(await fetch(state.request)):
            yield record
