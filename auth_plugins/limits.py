"""`RequestLimiter`: the spec's `x-rate-limits`, enforced before a request is sent.

- at most `max_concurrent_per_operation` requests in flight per operation: one aiologic.BoundedSemaphore
  per operation, so the cap holds across threads (sync client) and asyncio tasks (async client) at once;
- at most `requests_per_minute` sends per key in any moving window: one `limits` MovingWindowRateLimiter
  over a MemoryStorage, shared by the sync and async paths (a hit is a short in-memory operation, safe to
  call from the event loop); when the window is full the caller sleeps until its oldest entry expires
  (`get_window_stats().reset_time`), then tries again.

Three small seams, one method each, so another backend (shared state across processes) can stand behind the same
class: `acquire_slot` / `async_acquire_slot` + `release_slot` (the in-flight cap) and `take_budget` (one send of
the per-minute budget). The transport decides what to do with a wait (how long it may be, given the call's
deadline); the limiter only says how long it would be.

The window is one second longer than a minute by default (`margin_seconds`): a request sent 60.0 s after
another may reach the server a little sooner than that after it, and the server would count both.
The budget is per limiter; `connect()` builds one per client, so share one client per API key.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Final

import aiologic
import anyio
from limits import RateLimitItem, RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from . import defaults
from .errors import ConfigurationError
from .profile import RateLimits

__all__ = ["RequestLimiter"]

logger = logging.getLogger("auth_plugins")

_MIN_WAIT: Final = 0.005  # seconds; re-check at least this often when the window is (still) full


class RequestLimiter:
    """Caps in-flight requests per operation and sends per moving window per key, before sending."""

    def __init__(
        self,
        rate_limits: RateLimits,
        key: str,
        *,
        window_seconds: int = defaults.RATE_WINDOW_SECONDS,
        margin_seconds: int = defaults.RATE_WINDOW_MARGIN_SECONDS,
        storage: MemoryStorage | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        per_window = rate_limits.requests_per_minute
        in_flight = rate_limits.max_concurrent_per_operation
        if per_window is not None and per_window < 1:
            raise ConfigurationError(f"requests_per_minute must be at least 1, not {per_window}")
        if in_flight is not None and in_flight < 1:
            raise ConfigurationError(f"max_concurrent_per_operation must be at least 1, not {in_flight}")
        if window_seconds < 1 or margin_seconds < 0:
            raise ConfigurationError("window_seconds must be >= 1 and margin_seconds >= 0")
        self.rate_limits = rate_limits
        self._key = key
        self.sleep = sleep
        self.async_sleep = async_sleep
        self._max_in_flight = in_flight
        self._semaphores: dict[str, aiologic.BoundedSemaphore] = {}
        self._semaphores_lock = threading.Lock()
        self._item: RateLimitItem | None = None
        self._limiter: MovingWindowRateLimiter | None = None
        if per_window is not None:
            self._item = RateLimitItemPerSecond(per_window, window_seconds + margin_seconds, namespace="auth_plugins")
            self._limiter = MovingWindowRateLimiter(storage if storage is not None else MemoryStorage())

    def __repr__(self) -> str:
        return f"RequestLimiter({self.rate_limits!r})"

    @property
    def max_in_flight(self) -> int | None:
        return self._max_in_flight

    @property
    def requests_per_minute(self) -> int | None:
        return self.rate_limits.requests_per_minute

    def acquire_slot(self, operation: str, max_wait: float | None = None) -> bool:
        """Take one in-flight slot of `operation`, waiting at most `max_wait` seconds (None: as long as it takes);
        False if none came free in time. Every True must be followed by one `release_slot(operation)`."""
        semaphore = self._semaphore(operation)
        return semaphore is None or semaphore.green_acquire(timeout=max_wait)

    async def async_acquire_slot(self, operation: str, max_wait: float | None = None) -> bool:
        """`acquire_slot()` for asyncio (or trio) tasks; the same slots as the sync path."""
        semaphore = self._semaphore(operation)
        return semaphore is None or await semaphore.async_acquire(timeout=max_wait)

    def release_slot(self, operation: str) -> None:
        semaphore = self._semaphore(operation)
        if semaphore is not None:
            semaphore.release()

    def take_budget(self) -> float | None:
        """Record one send in the per-minute window: None when done, else the seconds until the window has room
        (nothing recorded then; call again after waiting, another caller may take the room first)."""
        if self._limiter is None or self._item is None:
            return None
        if self._limiter.hit(self._item, self._key):
            return None
        stats = self._limiter.get_window_stats(self._item, self._key)
        return max(stats.reset_time - time.time(), _MIN_WAIT)

    @contextmanager
    def slot(self, operation: str) -> Iterator[None]:
        """Hold one in-flight slot of `operation` (waiting for the per-minute budget first), without a deadline."""
        self.acquire_slot(operation)
        try:
            while (delay := self.take_budget()) is not None:
                logger.debug(
                    "operation %s waits %.3fs for the per-minute budget",
                    operation,
                    delay,
                    extra={"operation": operation, "attempt": None, "wait_seconds": delay},
                )
                self.sleep(delay)
            yield
        finally:
            self.release_slot(operation)

    @asynccontextmanager
    async def aslot(self, operation: str) -> AsyncIterator[None]:
        """`slot()` for asyncio (or trio) tasks; shares the same caps with the sync path."""
        await self.async_acquire_slot(operation)
        try:
            while (delay := self.take_budget()) is not None:
                logger.debug(
                    "operation %s waits %.3fs for the per-minute budget",
                    operation,
                    delay,
                    extra={"operation": operation, "attempt": None, "wait_seconds": delay},
                )
                await self.async_sleep(delay)
            yield
        finally:
            self.release_slot(operation)

    def _semaphore(self, operation: str) -> aiologic.BoundedSemaphore | None:
        if self._max_in_flight is None:
            return None
        semaphore = self._semaphores.get(operation)
        if semaphore is None:
            with self._semaphores_lock:
                semaphore = self._semaphores.setdefault(operation, aiologic.BoundedSemaphore(self._max_in_flight))
        return semaphore
