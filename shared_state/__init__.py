"""Many workers, one API key: the token, per-minute budget and in-flight caps of each key, kept in this process
(`InProcessState`, the default) or on a Redis or Valkey server shared by every process that uses the key
(`RedisState`). See README.md beside this file, and interfaces.py for what a client calls."""

from .health import Health
from .in_process import InProcessState, LocalInFlightCap, LocalRequestBudget, LocalTokenStore
from .interfaces import InFlightCap, RequestBudget, ServerBudget, SharedState, Token, TokenStore
from .redis_budget import RedisRequestBudget
from .redis_leases import RedisInFlightCap
from .redis_state import RedisState, open_shared_state
from .redis_token import RedisTokenStore

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
    "ServerBudget",
    "SharedState",
    "Token",
    "TokenStore",
    "open_shared_state",
]
