"""`RedisState`: each key's token, budget and in-flight caps on a Redis or Valkey server, shared by every process
(and host) that points at it.

See redis_token.py, redis_budget.py and redis_leases.py for each piece, health.py for what happens while the
server is unusable, and README.md, "Running many workers", for how to run many workers.
"""

from __future__ import annotations

from auth_plugins import defaults

from .in_process import Memo
from .redis_budget import RedisRequestBudget
from .redis_connection import RedisConnection, RedisSettings
from .redis_leases import LeaseKeeper, RedisInFlightCap
from .redis_token import RedisTokenStore

__all__ = ["RedisState"]


class RedisState:
    """Each key's state on the Redis or Valkey server at `url`; the same arguments give the same object.

    `url`: `redis://[user:password@]host[:port][/db]`, `rediss://...` (TLS), `unix:///path/to/socket`;
    `valkey://` and `valkeys://` are read as `redis://` and `rediss://`. Nothing connects until first use.
    `workers`: how many processes share a key; while the server is unusable each keeps 1/workers of the key's
    budget and in-flight cap. The other knobs are described in auth_plugins/defaults.py.
    """

    def __init__(
        self,
        url: str,
        *,
        workers: int = defaults.SHARED_STATE_WORKERS,
        key_prefix: str = defaults.SHARED_STATE_KEY_PREFIX,
        lease_seconds: float = defaults.SHARED_STATE_LEASE_SECONDS,
        lock_seconds: float = defaults.SHARED_STATE_LOCK_SECONDS,
        poll_seconds: float = defaults.SHARED_STATE_POLL_SECONDS,
        connect_timeout: float = defaults.SHARED_STATE_CONNECT_TIMEOUT_SECONDS,
        socket_timeout: float = defaults.SHARED_STATE_SOCKET_TIMEOUT_SECONDS,
        retry_seconds: float = defaults.SHARED_STATE_RETRY_SECONDS,
    ) -> None:
        settings = RedisSettings(
            key_prefix=key_prefix,
            workers=workers,
            lease_seconds=lease_seconds,
            lock_seconds=lock_seconds,
            poll_seconds=poll_seconds,
            connect_timeout=connect_timeout,
            socket_timeout=socket_timeout,
            retry_seconds=retry_seconds,
        )
        self.connection = RedisConnection(url, settings)
        self._keeper = LeaseKeeper(self.connection)
        self._memo = Memo()

    def __repr__(self) -> str:
        return f"RedisState({self.connection.where!r}, workers={self.connection.settings.workers})"

    def __enter__(self) -> RedisState:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def down(self) -> bool:
        """True while the server is unusable and this process runs on in-process state."""
        return self.connection.health.down

    def token_store(self, fingerprint: str) -> RedisTokenStore:
        return self._memo(
            RedisTokenStore, ("token", fingerprint), lambda: RedisTokenStore(self.connection, fingerprint)
        )

    def request_budget(self, fingerprint: str, *, per_window: int, window_seconds: int) -> RedisRequestBudget:
        return self._memo(
            RedisRequestBudget,
            ("budget", fingerprint, per_window, window_seconds),
            lambda: RedisRequestBudget(
                self.connection, fingerprint, per_window=per_window, window_seconds=window_seconds
            ),
        )

    def in_flight_cap(self, fingerprint: str, operation: str, *, limit: int) -> RedisInFlightCap:
        return self._memo(
            RedisInFlightCap,
            ("in-flight", fingerprint, operation, limit),
            lambda: RedisInFlightCap(self.connection, self._keeper, fingerprint, operation, limit=limit),
        )

    def renew_leases(self) -> None:
        """Renew the in-flight leases this process holds now (a thread does it every `lease_seconds / 3`)."""
        self._keeper.renew()

    def close(self) -> None:
        """Stop renewing leases and close the sync connections (leases still held expire by themselves)."""
        self._keeper.close()
        self.connection.close()

    async def aclose(self) -> None:
        """Close the connections of the running event loop."""
        await self.connection.aclose()
