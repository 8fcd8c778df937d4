"""Many workers, one API key: the token, per-minute budget and in-flight caps of each key, kept in this process
(`InProcessState`, the default) or on a Redis or Valkey server shared by every process that uses the key
(`RedisState`). See README.md ("Running many workers"), and interfaces.py for what a client calls.

The Redis side is imported on first use of one of its names: a client whose state stays in this process never
loads redis-py (about 50 ms of import time)."""

import importlib
from typing import TYPE_CHECKING, Any

# auth_plugins first: its transport and auth import this package's in-process side and interfaces, which import
# auth_plugins' errors, secrets and defaults in turn; started from here, that cycle would find our modules half done.
import auth_plugins  # noqa: F401

from .in_process import InProcessState, LocalInFlightCap, LocalRequestBudget, LocalTokenStore
from .interfaces import InFlightCap, RequestBudget, Send, ServerBudget, SharedState, Token, TokenStore
from .opening import open_shared_state

if TYPE_CHECKING:
    from .health import Health
    from .redis_budget import RedisRequestBudget
    from .redis_leases import RedisInFlightCap
    from .redis_state import RedisState
    from .redis_token import RedisTokenStore

_REDIS_SIDE = {
    "Health": "health",
    "RedisInFlightCap": "redis_leases",
    "RedisRequestBudget": "redis_budget",
    "RedisState": "redis_state",
    "RedisTokenStore": "redis_token",
}


def __getattr__(name: str) -> Any:
    module = _REDIS_SIDE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = [
    "Health",
    "InFlightCap",
    "InProcessState",
    "LocalInFlightCap",
    "LocalRequestBudget",
    "LocalTokenStore",
    "RedisInFlightCap",
    "RedisRequestBudget",
    "RedisState",
    "RedisTokenStore",
    "RequestBudget",
    "Send",
    "ServerBudget",
    "SharedState",
    "Token",
    "TokenStore",
    "open_shared_state",
]
