"""`RedisConnection`: the clients, scripts, settings and health that the Redis side of every key shares.

- One sync `redis.Redis` (thread-safe, one pool) and, per running asyncio event loop, one `redis.asyncio.Redis`
  (its connections belong to the loop that opened them, and a program may run several loops one after another).
- Both fail fast: short connect and socket timeouts, and none of redis-py's own retries (they back off for
  seconds); a failure switches to in-process state at once (see health.py).
- The `limits` moving window runs on each client's pool (`limits`' sync and async Redis storages).
- Entry names: `<key_prefix>:<kind>:<fingerprint>[:<operation>]`; `fingerprint` must look like a digest, so an
  API key passed by mistake is refused before it could become an entry's name.
"""

from __future__ import annotations

import asyncio
import re
import threading
import weakref
from typing import Any, Final
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

import limits.aio.storage
import limits.aio.strategies
import redis
import redis.asyncio
import redis.asyncio.retry
import redis.backoff
import redis.commands.core
import redis.retry
from attrs import frozen
from limits.storage import RedisStorage
from limits.strategies import MovingWindowRateLimiter

from auth_plugins.errors import ConfigurationError
from auth_plugins.secrets import REDACTED, Secret

from .health import Health

__all__ = ["RedisConnection", "RedisSettings", "check_fingerprint"]

SCHEMES: Final = {"redis": "redis", "rediss": "rediss", "unix": "unix", "valkey": "redis", "valkeys": "rediss"}
_FINGERPRINT: Final = re.compile(r"[0-9a-f]{16,128}")


@frozen
class RedisSettings:
    """The knobs of a RedisState (defaults in auth_plugins/defaults.py), checked when made."""

    key_prefix: str
    workers: int
    lease_seconds: float
    lock_seconds: float
    poll_seconds: float
    connect_timeout: float
    socket_timeout: float
    retry_seconds: float

    def __attrs_post_init__(self) -> None:
        if not self.key_prefix or any(ch.isspace() for ch in self.key_prefix):
            raise ConfigurationError(f"shared state: key_prefix must be a non-empty word, not {self.key_prefix!r}")
        if isinstance(self.workers, bool) or not isinstance(self.workers, int) or self.workers < 1:
            raise ConfigurationError(f"shared state: workers must be an integer of at least 1, not {self.workers!r}")
        for name in ("lease_seconds", "lock_seconds", "poll_seconds", "connect_timeout", "socket_timeout"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not 0 < value < float("inf"):
                raise ConfigurationError(f"shared state: {name} must be a positive number of seconds, not {value!r}")
        if not isinstance(self.retry_seconds, int | float) or not 0 <= self.retry_seconds < float("inf"):
            raise ConfigurationError(f"shared state: retry_seconds must be >= 0, not {self.retry_seconds!r}")


class _LoopClients:
    """The async client of one event loop, with the `limits` window and the scripts on its pool."""

    def __init__(self, url: str, options: dict[str, Any], key_prefix: str) -> None:
        self.client = redis.asyncio.Redis.from_url(
            url, retry=redis.asyncio.retry.Retry(redis.backoff.NoBackoff(), 0), **options
        )
        # limits types its options as scalars; a connection pool is what its redis-py bridge takes (use_basic).
        pool: dict[str, Any] = {"connection_pool": self.client.connection_pool}
        storage = limits.aio.storage.RedisStorage(
            _limits_url(url, "async+"), implementation="redispy", key_prefix=key_prefix, **pool
        )
        self.limiter = limits.aio.strategies.MovingWindowRateLimiter(storage)
        self._scripts: dict[str, redis.commands.core.AsyncScript] = {}

    def script(self, source: str) -> redis.commands.core.AsyncScript:
        script = self._scripts.get(source)
        if script is None:
            script = self._scripts[source] = self.client.register_script(source)
        return script


class RedisConnection:
    """What the token stores, budgets and caps of one RedisState share."""

    def __init__(self, url: str, settings: RedisSettings) -> None:
        parts = _parse(url)
        self.settings = settings
        self.where = _without_password(parts)
        # A password in the URL is a secret: registered, so that redact() scrubs it from any message.
        self._password = Secret(unquote(parts.password)) if parts.password else None
        self._url = urlunsplit(parts._replace(scheme=SCHEMES[parts.scheme]))
        self._options: dict[str, Any] = {
            "socket_connect_timeout": settings.connect_timeout,
            "socket_timeout": settings.socket_timeout,
        }
        self.client = redis.Redis.from_url(
            self._url, retry=redis.retry.Retry(redis.backoff.NoBackoff(), 0), **self._options
        )
        storage = RedisStorage(
            _limits_url(self._url), connection_pool=self.client.connection_pool, key_prefix=settings.key_prefix
        )
        self.limiter = MovingWindowRateLimiter(storage)
        self.health = Health(self.where, retry_seconds=settings.retry_seconds, workers=settings.workers)
        self._scripts: dict[str, redis.commands.core.Script] = {}
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopClients] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RedisConnection({self.where!r})"

    def key(self, kind: str, fingerprint: str, *rest: str) -> str:
        """An entry's name: `<prefix>:<kind>:<fingerprint>[:<rest>...]`."""
        return ":".join((self.settings.key_prefix, kind, check_fingerprint(fingerprint), *rest))

    def script(self, source: str) -> redis.commands.core.Script:
        """The Lua script `source` on the sync client (loaded on first call, again after a server restart)."""
        with self._lock:
            script = self._scripts.get(source)
            if script is None:
                script = self._scripts[source] = self.client.register_script(source)
        return script

    def loop(self) -> _LoopClients:
        """The async client (and the `limits` window and scripts on it) of the running event loop."""
        loop = asyncio.get_running_loop()
        with self._lock:
            clients = self._loops.get(loop)
            if clients is None:
                clients = self._loops[loop] = _LoopClients(self._url, self._options, self.settings.key_prefix)
        return clients

    def close(self) -> None:
        self.client.close()

    async def aclose(self) -> None:
        loop = asyncio.get_running_loop()
        with self._lock:
            clients = self._loops.pop(loop, None)
        if clients is not None:
            await clients.client.aclose()


def check_fingerprint(fingerprint: str) -> str:
    """`fingerprint` if it looks like a digest; else ConfigurationError (an API key must never name an entry)."""
    if not isinstance(fingerprint, str) or not _FINGERPRINT.fullmatch(fingerprint):
        raise ConfigurationError(
            "shared state: a key fingerprint must be 16 to 128 lowercase hex digits (a digest of the key, "
            "never the key itself)"
        )
    return fingerprint


def _parse(url: str) -> SplitResult:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError:
        raise ConfigurationError(f"shared state URL {_redact_url(url)!r} is not a valid URL") from None
    if parts.scheme not in SCHEMES:
        raise ConfigurationError(
            f"shared state URL {_redact_url(url)!r} must start with one of "
            f"{', '.join(f'{scheme}://' for scheme in SCHEMES)}"
        )
    if parts.scheme != "unix" and not parts.hostname:
        raise ConfigurationError(f"shared state URL {_redact_url(url)!r} has no host")
    return parts


def _without_password(parts: SplitResult) -> str:
    if parts.password is None:
        return urlunsplit(parts)
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:{REDACTED}@{host}"))


def _redact_url(url: str) -> str:
    """For an error message about a URL that may not parse: everything before the host's '@' hidden."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest.split("/", 1)[0]:
        rest = f"{REDACTED}@{rest.split('@', 1)[1]}"
    return f"{scheme}{sep}{rest}"


def _limits_url(url: str, prefix: str = "") -> str:
    """The URL as `limits` wants it (it picks its client library by the scheme; `unix://` is `redis+unix://`)."""
    return prefix + ("redis+" + url if url.startswith("unix://") else url)
