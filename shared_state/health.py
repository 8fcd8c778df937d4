"""`Health`: whether Redis is usable now, and the switch to in-process state while it is not.

Every Redis call of a `RedisState` goes through `run()` / `arun()`: a `redis.RedisError` (refused, reset, timed
out, a wrong password, an ACL refusal, ...) marks Redis down and answers `UNAVAILABLE`, and the caller uses its
in-process fallback. While down, calls answer `UNAVAILABLE` at once, without touching the network; from
`retry_seconds` after the last failure one caller at a time tries Redis again, and the first success brings every
caller back. One WARNING per outage (per process), naming the server without its password; one INFO on return.

Hand-written: redis-py's own retries wait (and would make every caller wait); this fails over at once instead.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Final, TypeVar

import redis

from auth_plugins.secrets import redact

__all__ = ["UNAVAILABLE", "Health", "Unavailable"]

logger = logging.getLogger("shared_state")

T = TypeVar("T")


class Unavailable(enum.Enum):
    """The answer of a call made while Redis is unusable (an enum, so that type checkers narrow it)."""

    UNAVAILABLE = "unavailable"


UNAVAILABLE: Final = Unavailable.UNAVAILABLE


class Health:
    """Up or down, for one Redis server, shared by every piece of state that uses it."""

    def __init__(
        self, where: str, *, retry_seconds: float, workers: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        """`where`: the server as logs show it (no password). `workers`: only for the warning's text."""
        self._where = where
        self._retry_seconds = retry_seconds
        self._workers = workers
        self._clock = clock
        self._lock = threading.Lock()
        self._down = False
        self._retry_at = 0.0
        self.outages = 0  # outages this process saw

    def __repr__(self) -> str:
        return f"Health({self._where}, {'down' if self._down else 'up'}, outages={self.outages})"

    @property
    def down(self) -> bool:
        return self._down

    def run(self, call: Callable[[], T]) -> T | Unavailable:
        """`call()`'s result, or UNAVAILABLE when Redis is down or `call` failed on it."""
        if not self._usable():
            return UNAVAILABLE
        try:
            result = call()
        except redis.RedisError as error:
            self._failed(error)
            return UNAVAILABLE
        self._answered()
        return result

    async def arun(self, call: Callable[[], Awaitable[T]]) -> T | Unavailable:
        if not self._usable():
            return UNAVAILABLE
        try:
            result = await call()
        except redis.RedisError as error:
            self._failed(error)
            return UNAVAILABLE
        self._answered()
        return result

    def _usable(self) -> bool:
        if not self._down:
            return True
        with self._lock:
            now = self._clock()
            if not self._down or now >= self._retry_at:
                self._retry_at = now + self._retry_seconds  # this caller tries; the others stay in-process meanwhile
                return True
            return False

    def _failed(self, error: redis.RedisError) -> None:
        with self._lock:
            self._retry_at = self._clock() + self._retry_seconds
            first = not self._down
            self._down = True
            if first:
                self.outages += 1
        reason = redact(f"{type(error).__name__}: {error}")
        if first:
            logger.warning(
                "shared state at %s is unusable (%s): using in-process state meanwhile, each key's budget divided "
                "by %d workers; trying the server again every %.1fs",
                self._where,
                reason,
                self._workers,
                self._retry_seconds,
            )
        else:
            logger.debug("shared state at %s is still unusable (%s)", self._where, reason)

    def _answered(self) -> None:
        if not self._down:
            return
        with self._lock:
            was_down, self._down = self._down, False
        if was_down:
            logger.info("shared state at %s answers again: using it", self._where)
