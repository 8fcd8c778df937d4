"""`RequestLimiter`: the spec's `x-rate-limits`, enforced before a request is sent, on a key's shared state.

- at most `max_concurrent_per_operation` requests in flight per operation: the key's `InFlightCap` of that
  operation (shared_state), so the cap holds across threads and asyncio tasks at once, and across processes when
  the state is on Redis;
- at most `requests_per_minute` sends per key: the key's `RequestBudget`, a moving window while the server says
  nothing, following the server's X-RateLimit-Remaining / -Reset and Retry-After once it does (so a burst over the
  budget ends when the server's window allows, not a full window of the client's own later).

Where the state lives is the `SharedState` given (`connect(shared_state=...)`): this process by default
(`InProcessState`), or Redis/Valkey for many workers on one key. This class only names the pieces and adapts them
to the transport's seams: `slot()` / `aslot()` (one in-flight slot, within the call's deadline), `take_budget()`
(one send of the budget, or how long to wait) and `settle()` / `asettle()` (what the server answered to it). The
transport decides what to do with a wait (how long it may be, given the call's deadline); the limiter only says
how long it would be.

The window is one second longer than a minute by default (`margin_seconds`): a request sent 60.0 s after
another may reach the server a little sooner than that after it, and the server would count both.

`RateLimits.own_requests_per_minute` (`connect(rate_limits=RateLimits(60, 5, own_requests_per_minute=10))`, to leave
room for other users of the key) is a hard cap: besides the budget, every send also takes a place in a plain moving
window of that size (`cap`), which the server's reports never widen.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager

import anyio
import httpx

# submodules, not the package: shared_state imports auth_plugins' errors and defaults in turn
from shared_state.in_process import InProcessState
from shared_state.interfaces import RequestBudget, Send, ServerBudget, SharedState

from . import defaults
from .errors import ConfigurationError
from .profile import RateLimits

__all__ = ["RequestLimiter"]


class RequestLimiter:
    """Caps in-flight requests per operation and sends per window per key, before sending.

    `key`: the key's fingerprint (connect() passes a digest of the base URL and the API key; never the key itself).
    `state`: where the slots and the budget live (a new InProcessState by default); closed by `close()` only when
    `owns_state`."""

    def __init__(
        self,
        rate_limits: RateLimits,
        key: str,
        *,
        state: SharedState | None = None,
        owns_state: bool = True,
        window_seconds: int = defaults.RATE_WINDOW_SECONDS,
        margin_seconds: int = defaults.RATE_WINDOW_MARGIN_SECONDS,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        now: Callable[[], float] = time.time,
    ) -> None:
        """`now`: the wall clock, against which the server's epoch times are read when it sends no Date."""
        per_window = rate_limits.requests_per_minute
        in_flight = rate_limits.max_concurrent_per_operation
        if per_window is not None and per_window < 1:
            raise ConfigurationError(f"requests_per_minute must be at least 1, not {per_window}")
        if in_flight is not None and in_flight < 1:
            raise ConfigurationError(f"max_concurrent_per_operation must be at least 1, not {in_flight}")
        if window_seconds < 1 or margin_seconds < 0:
            raise ConfigurationError("window_seconds must be >= 1 and margin_seconds >= 0")
        self.rate_limits = rate_limits
        self.state: SharedState = state if state is not None else InProcessState()
        self._owns_state = owns_state
        self._key = key
        self.sleep = sleep
        self.async_sleep = async_sleep
        self._now = now
        self._max_in_flight = in_flight
        own = rate_limits.own_requests_per_minute
        if own is not None and own < 1:
            raise ConfigurationError(f"own_requests_per_minute must be at least 1, not {own}")
        window = window_seconds + margin_seconds
        self.budget: RequestBudget | None = None
        self.cap: RequestBudget | None = None
        if per_window is not None:
            self.budget = self.state.request_budget(key, per_window=per_window, window_seconds=window)
        if own is not None:
            self.cap = self.state.request_budget(_cap_name(key), per_window=own, window_seconds=window)

    def __repr__(self) -> str:
        return f"RequestLimiter({self.rate_limits!r}, state={self.state!r})"

    @property
    def max_in_flight(self) -> int | None:
        return self._max_in_flight

    @property
    def requests_per_minute(self) -> int | None:
        return self.rate_limits.requests_per_minute

    def slot(self, operation: str, timeout: float | None = None) -> AbstractContextManager[bool]:
        """One in-flight slot of `operation`, held while the block runs, waiting at most `timeout` seconds (None:
        as long as it takes). Yields False, holding nothing, if none came free in time."""
        if self._max_in_flight is None:
            return _held()
        return self.state.in_flight_cap(self._key, operation, limit=self._max_in_flight).hold(timeout)

    def aslot(self, operation: str, timeout: float | None = None) -> AbstractAsyncContextManager[bool]:
        """`slot()` for asyncio (or trio) tasks; the same slots as the sync path."""
        if self._max_in_flight is None:
            return _aheld()
        return self.state.in_flight_cap(self._key, operation, limit=self._max_in_flight).ahold(timeout)

    def take_budget(self) -> Send | float | None:
        """Take one send of the per-minute budget: a Send to `settle()` once answered (None when no budget is
        declared), else the seconds until there may be room (nothing taken then; call again after waiting,
        another caller may take the room first)."""
        send = None if self.budget is None else self.budget.try_acquire()
        if isinstance(send, float) or self.cap is None:
            return send
        place = self.cap.try_acquire()
        if isinstance(place, Send):
            self.cap.settle(place, None)  # a plain window: what the server answers never widens it
            return send if send is not None else place
        if send is not None and self.budget is not None:
            self.budget.settle(send, None)  # not sent after all
        return place

    async def atake_budget(self) -> Send | float | None:
        send = None if self.budget is None else await self.budget.atry_acquire()
        if isinstance(send, float) or self.cap is None:
            return send
        place = await self.cap.atry_acquire()
        if isinstance(place, Send):
            await self.cap.asettle(place, None)
            return send if send is not None else place
        if send is not None and self.budget is not None:
            await self.budget.asettle(send, None)
        return place

    def settle(self, send: Send | None, response: httpx.Response | None) -> None:
        """`send` was answered with `response` (None: it was never sent, or no answer came)."""
        if send is not None and self.budget is not None:
            self.budget.settle(send, self._server_budget(response))

    async def asettle(self, send: Send | None, response: httpx.Response | None) -> None:
        if send is not None and self.budget is not None:
            await self.budget.asettle(send, self._server_budget(response))

    def _server_budget(self, response: httpx.Response | None) -> ServerBudget | None:
        """What the answer said of the budget: None without an answer, an empty ServerBudget when it said nothing."""
        if response is None:
            return None
        return ServerBudget.from_headers(response.headers, response.status_code, now=self._now()) or ServerBudget()

    def close(self) -> None:
        """Release what the state holds for this process (its connections and threads), if this limiter owns it."""
        if self._owns_state:
            self.state.close()

    async def aclose(self) -> None:
        """`close()`, and the state's connections of the running event loop."""
        if self._owns_state:
            await self.state.aclose()
            self.state.close()


def _cap_name(key: str) -> str:
    """The name of a key's hard cap in its shared state: another fingerprint of the same length, derived from the
    key's (so workers sharing the key share the cap too)."""
    return hashlib.sha256(f"{key}:cap".encode()).hexdigest()[: max(16, len(key))]


@contextmanager
def _held() -> Iterator[bool]:
    yield True


@asynccontextmanager
async def _aheld() -> AsyncIterator[bool]:
    yield True
