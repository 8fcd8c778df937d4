"""`InProcessState`: a key's token, budget and in-flight caps kept in this process (the default; no server).

Threads and asyncio tasks share them: `aiologic` locks and semaphores serve both at once, and the budget is a
`limits` moving window over a MemoryStorage (a hit is a short in-memory operation, safe on the event loop).
`RedisState` uses these same classes as its in-process copy and as its fallback while Redis is unreachable.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Final, TypeVar

import aiologic
from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from auth_plugins.errors import ConfigurationError
from auth_plugins.secrets import Secret

from .interfaces import ServerBudget, Token

__all__ = ["InProcessState", "LocalInFlightCap", "LocalRequestBudget", "LocalTokenStore", "Memo"]

T = TypeVar("T")

MIN_WAIT: Final = 0.005  # seconds; a caller told to wait asks again after at least this long


def check_limits(per_window: int | None = None, window_seconds: int | None = None, limit: int | None = None) -> None:
    """ConfigurationError for a budget or cap that could never let a request through."""
    for name, value in (("per_window", per_window), ("window_seconds", window_seconds), ("limit", limit)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise ConfigurationError(f"{name} must be an integer of at least 1, not {value!r}")


class LocalTokenStore:
    """The token of one key in this process: renewed `renew_in` seconds after it was stored, on `clock`."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._token: Token | None = None
        self._lock = aiologic.Lock()

    def __repr__(self) -> str:
        state = "none" if self._token is None else ("valid" if self.get() else "due for renewal")
        return f"LocalTokenStore(token={state})"

    def get(self) -> Token | None:
        token = self._token
        return token if token is not None and self._clock() < token.renew_at else None

    async def aget(self) -> Token | None:
        return self.get()

    def put(self, value: str, *, renew_in: float) -> Token:
        token = Token(Secret(value), self._clock() + renew_in)
        self._token = token
        return token

    async def aput(self, value: str, *, renew_in: float) -> Token:
        return self.put(value, renew_in=renew_in)

    def invalidate(self, token: Token) -> bool:
        # No await or blocking call between the check and the drop: atomic for tasks; for threads the worst case
        # is dropping a token stored a moment ago, which costs one exchange.
        if self._token is not None and self._token.value == token.value:
            self._token = None
            return True
        return False

    async def ainvalidate(self, token: Token) -> bool:
        return self.invalidate(token)

    @contextmanager
    def exchange_lock(self) -> Iterator[None]:
        with self._lock:
            yield

    @asynccontextmanager
    async def aexchange_lock(self) -> AsyncIterator[None]:
        async with self._lock:
            yield


class LocalRequestBudget:
    """`per_window` sends in any `window_seconds`, counted in this process."""

    def __init__(self, *, per_window: int, window_seconds: int) -> None:
        check_limits(per_window=per_window, window_seconds=window_seconds)
        self.per_window = per_window
        self.window_seconds = window_seconds
        self._item = RateLimitItemPerSecond(per_window, window_seconds, namespace="budget")
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._hold_until = 0.0  # time.monotonic() before which the server asked everyone to wait

    def __repr__(self) -> str:
        return f"LocalRequestBudget(per_window={self.per_window}, window_seconds={self.window_seconds})"

    def try_acquire(self) -> float | None:
        held = self._hold_until - time.monotonic()
        if held > 0:
            return held
        if self._limiter.hit(self._item, "sends"):
            return None
        return max(self._limiter.get_window_stats(self._item, "sends").reset_time - time.time(), MIN_WAIT)

    async def atry_acquire(self) -> float | None:
        return self.try_acquire()

    def sends_in_window(self) -> int:
        """How many sends the window holds now."""
        return self.per_window - self._limiter.get_window_stats(self._item, "sends").remaining

    def follow_server(self, budget: ServerBudget) -> None:
        if budget.wait is not None:
            self._hold_until = max(self._hold_until, time.monotonic() + budget.wait)
        if budget.remaining is not None:
            excess = self._limiter.get_window_stats(self._item, "sends").remaining - budget.remaining
            if excess > 0:  # the server counted sends this window did not see: count them too
                self._limiter.hit(self._item, "sends", cost=excess)

    async def afollow_server(self, budget: ServerBudget) -> None:
        self.follow_server(budget)


class LocalInFlightCap:
    """At most `limit` holders at once among this process's threads and tasks."""

    def __init__(self, *, limit: int) -> None:
        check_limits(limit=limit)
        self.limit = limit
        self._semaphore = aiologic.BoundedSemaphore(limit)

    def __repr__(self) -> str:
        return f"LocalInFlightCap(limit={self.limit})"

    @contextmanager
    def hold(self) -> Iterator[None]:
        with self._semaphore:
            yield

    @asynccontextmanager
    async def ahold(self) -> AsyncIterator[None]:
        async with self._semaphore:
            yield


class InProcessState:
    """Each key's state in this process; the same arguments give the same object."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        """`clock`: the monotonic clock token renewals are measured on (tests pass a fake one)."""
        self._clock = clock
        self._memo = Memo()

    def __repr__(self) -> str:
        return "InProcessState()"

    def token_store(self, fingerprint: str) -> LocalTokenStore:
        return self._memo(LocalTokenStore, ("token", fingerprint), lambda: LocalTokenStore(clock=self._clock))

    def request_budget(self, fingerprint: str, *, per_window: int, window_seconds: int) -> LocalRequestBudget:
        return self._memo(
            LocalRequestBudget,
            ("budget", fingerprint, per_window, window_seconds),
            lambda: LocalRequestBudget(per_window=per_window, window_seconds=window_seconds),
        )

    def in_flight_cap(self, fingerprint: str, operation: str, *, limit: int) -> LocalInFlightCap:
        return self._memo(
            LocalInFlightCap, ("in-flight", fingerprint, operation, limit), lambda: LocalInFlightCap(limit=limit)
        )

    def close(self) -> None:
        """Nothing to release."""

    async def aclose(self) -> None:
        """Nothing to release."""


class Memo:
    """One object per key, built on first use; thread-safe."""

    def __init__(self) -> None:
        self._objects: dict[tuple[object, ...], object] = {}
        self._lock = threading.Lock()

    def __call__(self, kind: type[T], key: tuple[object, ...], build: Callable[[], T]) -> T:
        with self._lock:
            found = self._objects.get(key)
            if found is None:
                found = self._objects[key] = build()
        assert isinstance(found, kind)
        return found
