"""Raw-response access: `client.with_raw_response.<resource>.<method>(...)` (after Stainless SDKs).

The same call as `client.<resource>.<method>(...)`, returning a `RawResponse`: the status, headers and body
as the server sent them, and `parse()` for what the plain call would have returned. A paginated method
fetches its first page at once; `parse()` is then a pager that starts with that page.
Errors are raised exactly as by the plain call.

The wrappers below only retype a method (`Callable[P, R]` -> `Callable[P, RawResponse[R]]`) so that editors
and mypy see the raw form's arguments and result; the resource bound to the raw view does the work.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

import httpx
from attrs import field, frozen

if TYPE_CHECKING:
    from .paging import AsyncPager, SyncPager

__all__ = ["RawResponse", "async_raw_pager", "async_raw_response", "raw_pager", "raw_response"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


@frozen
class RawResponse(Generic[R]):
    """One HTTP answer as received: `status_code`, `headers`, `content` (bytes), `text`, `json()`; and
    `parse()`, the value the plain (not raw) method returns for it."""

    status_code: int
    headers: httpx.Headers
    content: bytes = field(repr=False)
    _parse: Callable[[], R] = field(repr=False, alias="parse")

    @classmethod
    def of(cls, detailed: Any, parse: Callable[[], R]) -> RawResponse[R]:
        """From the `Response` a generated `*_detailed` function returns."""
        return cls(
            status_code=int(detailed.status_code),
            headers=httpx.Headers(detailed.headers),
            content=bytes(detailed.content),
            parse=parse,
        )

    @property
    def text(self) -> str:
        return httpx.Response(self.status_code, headers=self.headers, content=self.content).text

    def json(self) -> Any:
        return json.loads(self.content)

    def parse(self) -> R:
        return self._parse()


def raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """The method of a resource bound in raw mode, typed as what it returns there."""
    return cast(Callable[P, RawResponse[R]], method)


def async_raw_response(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    return cast(Callable[P, Awaitable[RawResponse[R]]], method)


def raw_pager(method: Callable[P, SyncPager[T]]) -> Callable[P, RawResponse[SyncPager[T]]]:
    """A paginated method in raw form: fetches the first page at once."""

    def first_page(*args: P.args, **kwargs: P.kwargs) -> RawResponse[SyncPager[T]]:
        return method(*args, **kwargs).first_raw()

    return first_page


def async_raw_pager(method: Callable[P, AsyncPager[T]]) -> Callable[P, Awaitable[RawResponse[AsyncPager[T]]]]:
    def first_page(*args: P.args, **kwargs: P.kwargs) -> Awaitable[RawResponse[AsyncPager[T]]]:
        return method(*args, **kwargs).first_raw()

    return first_page
