"""`RedisTokenStore`: one key's bearer token on Redis, so every process sharing the key makes one exchange per
token lifetime.

- The token is the string value of `<prefix>:token:<fingerprint>`, stored with an expiry of `renew_in` (shorter
  than its lifetime): when it is due for renewal it is simply gone, and the next caller exchanges.
- Each process keeps a copy (a LocalTokenStore) until the entry's own expiry, read with PTTL (the server's
  clock, so hosts whose clocks differ agree), and reads Redis again only when its copy is due or dropped.
- The exchange lock is the process's own lock (threads and tasks queue there), then a redis-py lock with a
  timeout (`lock_seconds`: a holder that dies frees it that long after at most). A caller that waited that long
  without getting it goes on without it (at worst one extra exchange): never a hang. A caller with a deadline
  (`timeout`) waits no longer than that for either lock, and is told it did not get it.
- `invalidate()` is a compare-and-delete in one Lua script: only the token the caller saw is dropped.
- Redis unusable: the process's copy and lock alone (see health.py); each process then exchanges for itself.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Final, TypedDict

import redis.asyncio.lock
import redis.exceptions
import redis.lock

from .health import UNAVAILABLE
from .in_process import LocalTokenStore
from .interfaces import Token
from .redis_connection import RedisConnection

__all__ = ["RedisTokenStore"]

logger = logging.getLogger("shared_state")

# KEYS[1] the token entry, ARGV[1] the token the caller saw: 1 when this call dropped it, else 0.
COMPARE_AND_DELETE: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""


class _LockOptions(TypedDict):
    timeout: float
    blocking_timeout: float
    sleep: float
    thread_local: bool


class RedisTokenStore:
    def __init__(self, connection: RedisConnection, fingerprint: str) -> None:
        self._connection = connection
        self._key = connection.key("token", fingerprint)
        self._lock_key = connection.key("token-lock", fingerprint)
        self._local = LocalTokenStore()

    def __repr__(self) -> str:
        return f"RedisTokenStore({self._connection.where!r}, {self._local!r})"

    # -- get --

    def get(self) -> Token | None:
        token = self._local.get()
        if token is not None:
            return token
        found = self._connection.health.run(self._read)
        return None if found is UNAVAILABLE or found is None else self._local.put(found[0], renew_in=found[1])

    async def aget(self) -> Token | None:
        token = self._local.get()
        if token is not None:
            return token
        found = await self._connection.health.arun(self._aread)
        return None if found is UNAVAILABLE or found is None else self._local.put(found[0], renew_in=found[1])

    def cached(self) -> Token | None:
        return self._local.get()

    def _read(self) -> tuple[str, float] | None:
        with self._connection.client.pipeline(transaction=False) as pipe:
            pipe.get(self._key)
            pipe.pttl(self._key)
            value, ttl_ms = pipe.execute()
        return _found(value, ttl_ms)

    async def _aread(self) -> tuple[str, float] | None:
        async with self._connection.loop().client.pipeline(transaction=False) as pipe:
            pipe.get(self._key)
            pipe.pttl(self._key)
            value, ttl_ms = await pipe.execute()
        return _found(value, ttl_ms)

    # -- put --

    def put(self, value: str, *, renew_in: float) -> Token:
        token = self._local.put(value, renew_in=renew_in)
        if renew_in >= 0.001:
            self._connection.health.run(lambda: self._connection.client.set(self._key, value, px=_ms(renew_in)))
        return token

    async def aput(self, value: str, *, renew_in: float) -> Token:
        token = self._local.put(value, renew_in=renew_in)
        if renew_in >= 0.001:
            client = self._connection.loop().client
            await self._connection.health.arun(lambda: client.set(self._key, value, px=_ms(renew_in)))
        return token

    # -- invalidate --

    def invalidate(self, token: Token) -> bool:
        dropped_here = self._local.invalidate(token)
        script = self._connection.script(COMPARE_AND_DELETE)
        dropped = self._connection.health.run(lambda: script(keys=[self._key], args=[token.value.reveal()]))
        return dropped_here if dropped is UNAVAILABLE else bool(dropped)

    async def ainvalidate(self, token: Token) -> bool:
        dropped_here = self._local.invalidate(token)
        script = self._connection.loop().script(COMPARE_AND_DELETE)
        dropped = await self._connection.health.arun(lambda: script(keys=[self._key], args=[token.value.reveal()]))
        return dropped_here if dropped is UNAVAILABLE else bool(dropped)

    # -- exchange lock --

    @contextmanager
    def exchange_lock(self, timeout: float | None = None) -> Iterator[bool]:
        started = time.monotonic()
        with self._local.exchange_lock(timeout) as held:
            if not held:
                yield False
                return
            options = self._lock_options(_left(timeout, started))
            lock = self._connection.client.lock(self._lock_key, **options)
            acquired = self._connection.health.run(lock.acquire)
            if acquired is False:
                if options["blocking_timeout"] < self._connection.settings.lock_seconds:
                    yield False  # the caller's deadline came before the lock's own expiry
                    return
                self._waited_too_long()
            try:
                yield True
            finally:
                if acquired is True:
                    self._connection.health.run(lambda: _release(lock))

    @asynccontextmanager
    async def aexchange_lock(self, timeout: float | None = None) -> AsyncIterator[bool]:  # noqa: ASYNC109
        started = time.monotonic()
        async with self._local.aexchange_lock(timeout) as held:
            if not held:
                yield False
                return
            options = self._lock_options(_left(timeout, started))
            lock = self._connection.loop().client.lock(self._lock_key, **options)
            acquired = await self._connection.health.arun(lock.acquire)
            if acquired is False:
                if options["blocking_timeout"] < self._connection.settings.lock_seconds:
                    yield False
                    return
                self._waited_too_long()
            try:
                yield True
            finally:
                if acquired is True:
                    await self._connection.health.arun(lambda: _arelease(lock))

    def _lock_options(self, left: float | None) -> _LockOptions:
        settings = self._connection.settings
        return {
            "timeout": settings.lock_seconds,  # the lock's own expiry: a dead holder frees it after this
            # a waiter gives up after as long, or when its deadline comes first
            "blocking_timeout": settings.lock_seconds if left is None else min(settings.lock_seconds, left),
            "sleep": settings.poll_seconds,
            "thread_local": False,  # one Lock object per holding; its token needs no thread-local storage
        }

    def _waited_too_long(self) -> None:
        logger.warning(
            "waited %.1fs for the token-exchange lock at %s: exchanging without it",
            self._connection.settings.lock_seconds,
            self._connection.where,
        )


def _left(timeout: float | None, started: float) -> float | None:
    """What is left of `timeout` seconds counted from `started` (time.monotonic()); None for no limit."""
    return None if timeout is None else max(0.0, timeout - (time.monotonic() - started))


def _found(value: bytes | None, ttl_ms: int) -> tuple[str, float] | None:
    """(token, seconds until it is due) from GET then PTTL (one round trip, no transaction needed: an entry that
    expires between the two has PTTL -2); None when there is none, or it has no expiry."""
    if value is None or ttl_ms <= 0:
        return None
    return value.decode(), ttl_ms / 1000


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


def _release(lock: redis.lock.Lock) -> None:
    try:
        lock.release()
    except redis.exceptions.LockNotOwnedError:  # it expired while held: the next holder already took over
        logger.debug("the token-exchange lock expired before its release")


async def _arelease(lock: redis.asyncio.lock.Lock) -> None:
    try:
        await lock.release()
    except redis.exceptions.LockNotOwnedError:
        logger.debug("the token-exchange lock expired before its release")
