"""An injectable clock: real time plus an offset that tests move with `advance()` or `set()`."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class MockClock:
    """Epoch seconds. `source` is the underlying time (default `time.time`); `advance`/`set` move it.

    `frozen=True` stops real time from passing: `now()` only changes when the test moves it.
    """

    def __init__(self, source: Callable[[], float] | None = None, *, start: float | None = None, frozen: bool = False):
        self._source: Callable[[], float] = source or time.time
        self._lock = threading.Lock()
        self._offset = 0.0
        self._frozen_at: float | None = None
        if frozen:
            self._frozen_at = self._source() if start is None else start
        elif start is not None:
            self._offset = start - self._source()
        self._initial = (self._offset, self._frozen_at)

    def now(self) -> float:
        with self._lock:
            if self._frozen_at is not None:
                return self._frozen_at
            return self._source() + self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock forward by `seconds` (may be negative) and return the new time."""
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += seconds
                return self._frozen_at
            self._offset += seconds
            return self._source() + self._offset

    def set(self, now: float) -> float:
        """Jump to the epoch time `now`."""
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at = now
            else:
                self._offset = now - self._source()
            return now

    def reset(self) -> float:
        """Undo every `advance`/`set`: back to the time the clock was made with (plus real time passed, unless
        frozen). Returns the new time."""
        with self._lock:
            self._offset, self._frozen_at = self._initial
        return self.now()

    def __repr__(self) -> str:
        return f"MockClock(now={self.now():.3f}, frozen={self._frozen_at is not None})"


def as_clock(clock: MockClock | Callable[[], float] | float | None) -> MockClock:
    """`create_app(clock=...)` accepts a MockClock, a zero-argument callable, a fixed epoch time or None."""
    if clock is None:
        return MockClock()
    if isinstance(clock, MockClock):
        return clock
    if isinstance(clock, (int, float)):
        return MockClock(start=float(clock), frozen=True)
    return MockClock(clock)
