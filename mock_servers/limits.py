"""The declared rate limits (`x-rate-limits`): in-flight requests per operation and requests per minute per key."""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Quota:
    """Where a key stands in its per-minute window."""

    limit: int | None
    remaining: int | None
    reset: int  # epoch seconds at which the window frees up

    def headers(self) -> dict[str, str]:
        if self.limit is None or self.remaining is None:
            return {}
        return {
            "x-ratelimit-limit": str(self.limit),
            "x-ratelimit-remaining": str(max(0, self.remaining)),
            "x-ratelimit-reset": str(self.reset),
        }


class RateLimiter:
    """`max_concurrent`: in flight per operation (None = unlimited, still counted for stats).
    `per_minute`: requests per key per minute, in a fixed window aligned on the clock's minute
    (`window="fixed"`, the reset the X-RateLimit-Reset header reports) or a sliding 60 s window."""

    def __init__(self, per_minute: int | None, max_concurrent: int | None, window: str = "fixed") -> None:
        if window not in ("fixed", "sliding"):
            raise ValueError(f"rate-limit window must be fixed or sliding, not {window!r}")
        self.per_minute = per_minute
        self.max_concurrent = max_concurrent
        self.window = window
        self._lock = threading.Lock()
        self.in_flight: dict[str, int] = {}
        self.peak: dict[str, int] = {}
        self._fixed: dict[str, tuple[float, int]] = {}
        self._sliding: dict[str, deque[float]] = {}

    # -- concurrency ------------------------------------------------------------------------------
    def enter(self, operation_id: str) -> bool:
        """Count one more request in flight, unless the operation is at its limit (then False)."""
        with self._lock:
            current = self.in_flight.get(operation_id, 0)
            if self.max_concurrent is not None and current >= self.max_concurrent:
                return False
            current += 1
            self.in_flight[operation_id] = current
            if current > self.peak.get(operation_id, 0):
                self.peak[operation_id] = current
            return True

    def snapshot(self) -> tuple[dict[str, int], dict[str, int]]:
        """(peak, in flight) per operation, copied under the lock."""
        with self._lock:
            return dict(self.peak), {op: n for op, n in self.in_flight.items() if n}

    def leave(self, operation_id: str) -> None:
        with self._lock:
            self.in_flight[operation_id] = max(0, self.in_flight.get(operation_id, 0) - 1)

    # -- per minute -------------------------------------------------------------------------------
    def quota(self, key: str, now: float) -> Quota:
        with self._lock:
            return self._quota(key, now)

    def consume(self, key: str, now: float) -> tuple[bool, Quota]:
        """Spend one request of `key`'s budget; (False, quota) when there is none left."""
        with self._lock:
            quota = self._quota(key, now)
            if quota.limit is None:
                return True, quota
            if quota.remaining is not None and quota.remaining <= 0:
                return False, quota
            if self.window == "fixed":
                start, count = self._fixed.get(key, (self._window_start(now), 0))
                self._fixed[key] = (start, count + 1)
            else:
                self._sliding.setdefault(key, deque()).append(now)
            return True, self._quota(key, now)

    def _window_start(self, now: float) -> float:
        return math.floor(now / 60.0) * 60.0

    def _quota(self, key: str, now: float) -> Quota:
        if self.per_minute is None:
            return Quota(None, None, math.ceil(now))
        if self.window == "fixed":
            start = self._window_start(now)
            window_start, count = self._fixed.get(key, (start, 0))
            if window_start != start:
                count = 0
                self._fixed[key] = (start, 0)
            return Quota(self.per_minute, self.per_minute - count, int(start + 60))
        stamps = self._sliding.setdefault(key, deque())
        while stamps and stamps[0] <= now - 60.0:
            stamps.popleft()
        reset = stamps[0] + 60.0 if stamps else now
        return Quota(self.per_minute, self.per_minute - len(stamps), math.ceil(reset))

    def reset(self) -> None:
        """Forget the per-minute windows and the peaks; requests in flight stay counted."""
        with self._lock:
            self._fixed.clear()
            self._sliding.clear()
            self.peak = {op: n for op, n in self.in_flight.items() if n}
