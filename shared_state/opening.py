"""`open_shared_state()`: what `connect(shared_state=...)` takes, as a SharedState.

Redis is imported only when a URL asks for it: a client that keeps its state in-process never loads redis-py or
the `limits` Redis storages (and auth_plugins, which shared_state itself imports, can import this module).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from auth_plugins import defaults
from auth_plugins.errors import ConfigurationError

from .in_process import InProcessState
from .interfaces import SharedState

__all__ = ["open_shared_state"]


def open_shared_state(
    shared_state: str | SharedState | None,
    *,
    workers: int = defaults.SHARED_STATE_WORKERS,
    clock: Callable[[], float] = time.monotonic,
) -> SharedState:
    """None or a blank string give InProcessState (token lifetimes on `clock`), a URL gives
    RedisState(url, workers=workers), a SharedState object is used as it is (so many clients of a process can share
    one, and its connections). Anything else is a ConfigurationError."""
    if shared_state is None:
        return InProcessState(clock=clock)
    if isinstance(shared_state, str):
        url = shared_state.strip()
        if not url:
            return InProcessState(clock=clock)
        from .redis_state import RedisState

        return RedisState(url, workers=workers)
    if not isinstance(shared_state, SharedState):
        raise ConfigurationError(
            "shared_state must be a redis://, rediss:// or unix:// URL or a SharedState (InProcessState, "
            f"RedisState), not {type(shared_state).__name__}"
        )
    return shared_state
