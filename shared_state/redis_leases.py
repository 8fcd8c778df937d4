"""`RedisInFlightCap`: at most `limit` requests of one operation in flight across every process sharing a key.

A crash-safe lease semaphore: `<prefix>:in-flight:<fingerprint>:<operation>` is a sorted set of leases (a random
id scored with its expiry, in milliseconds on the server's clock). One Lua script drops the expired leases and
adds one only while fewer than `limit` remain; a waiter asks again every `poll_seconds`. The `LeaseKeeper`
thread of each process renews the leases it holds every `lease_seconds / 3`, so a lease outlives any request, but
a worker killed while holding one (SIGKILL, OOM, a lost host) stops renewing it: its slot is free again after
at most `lease_seconds`, without waiting for traffic to stop. Release is one ZREM (atomic by itself).

Inside a process, threads and tasks first queue on an aiologic semaphore of the same size (no process ever
needs more than `limit` leases), so only that many of them ask Redis. A holder with a deadline (`timeout`) waits
no longer than that, in the queue and for a lease together. Redis unusable: a local semaphore of
`limit // workers` slots (at least 1) in each process; a lease taken before the outage expires by itself.

Hand-written: no maintained Python library offers a lease semaphore on Redis that survives a killed holder.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from functools import partial
from typing import Final

import aiologic

from .health import UNAVAILABLE
from .in_process import aheld, check_limits, held
from .redis_connection import RedisConnection

__all__ = ["LeaseKeeper", "RedisInFlightCap"]

logger = logging.getLogger("shared_state")

_NOW_MS: Final = """
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
"""

# KEYS[1] the leases; ARGV[1] limit, ARGV[2] lease milliseconds, ARGV[3] a new lease id. 1: acquired; 0: full.
ACQUIRE: Final = (
    _NOW_MS
    + """
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
    return 0
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
"""
)

# KEYS[1] the leases; ARGV[1] lease milliseconds, ARGV[2...] the ids this process holds. Returns the ids it no
# longer holds (expired before this renewal): they are not added again, since their slots may be taken.
RENEW: Final = (
    _NOW_MS
    + """
local lost = {}
for i = 2, #ARGV do
    if redis.call('ZSCORE', KEYS[1], ARGV[i]) then
        redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i])
    else
        lost[#lost + 1] = ARGV[i]
    end
end
if #lost < #ARGV - 1 then
    redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return lost
"""
)


_FALLBACK: Final = "fallback"  # _acquire's answer while Redis is unusable: take a slot of the in-process fallback


def _lease_ms(connection: RedisConnection) -> int:
    return max(1, int(connection.settings.lease_seconds * 1000))


class LeaseKeeper:
    """Renews every lease this process holds, from one daemon thread (started with the first lease)."""

    def __init__(self, connection: RedisConnection) -> None:
        self._connection = connection
        self._held: dict[str, set[str]] = {}  # sorted-set name -> lease ids
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()

    def __repr__(self) -> str:
        return f"LeaseKeeper({self._connection.where!r}, held={sum(map(len, self._held.values()))})"

    def add(self, key: str, lease: str) -> None:
        with self._lock:
            if self._pid != os.getpid():  # a forked child: its parent's leases are not its own to renew
                self._held.clear()
                self._thread, self._pid = None, os.getpid()
            self._held.setdefault(key, set()).add(lease)
            if (self._thread is None or not self._thread.is_alive()) and not self._stop.is_set():
                self._thread = threading.Thread(target=self._run, name="shared_state lease keeper", daemon=True)
                self._thread.start()

    def discard(self, key: str, lease: str) -> None:
        with self._lock:
            leases = self._held.get(key)
            if leases is not None:
                leases.discard(lease)
                if not leases:
                    del self._held[key]

    def renew(self) -> None:
        """Renew every held lease once (the thread does this every `lease_seconds / 3`)."""
        with self._lock:
            held = {key: sorted(leases) for key, leases in self._held.items()}
        script = self._connection.script(RENEW)
        lease_ms = _lease_ms(self._connection)
        for key, leases in held.items():
            lost = self._connection.health.run(partial(script, keys=[key], args=[lease_ms, *leases]))
            if lost is UNAVAILABLE or not lost:
                continue
            for lease in lost:
                self.discard(key, lease.decode())
            logger.warning(
                "%d in-flight lease(s) of %s expired before they were renewed (this process was paused, or the "
                "server was unreachable or restarted): the cap may be exceeded until those requests end",
                len(lost),
                key,
            )

    def close(self) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None and thread.is_alive():
            thread.join(timeout=self._connection.settings.lease_seconds)

    def _run(self) -> None:
        while not self._stop.wait(self._connection.settings.lease_seconds / 3):
            self.renew()


class RedisInFlightCap:
    def __init__(
        self, connection: RedisConnection, keeper: LeaseKeeper, fingerprint: str, operation: str, *, limit: int
    ) -> None:
        check_limits(limit=limit)
        self.limit = limit
        self.operation = operation
        self._connection = connection
        self._keeper = keeper
        self._key = connection.key("in-flight", fingerprint, operation)
        self._gate = aiologic.BoundedSemaphore(limit)
        self._fallback = aiologic.BoundedSemaphore(max(1, limit // connection.settings.workers))

    def __repr__(self) -> str:
        return f"RedisInFlightCap({self._connection.where!r}, operation={self.operation!r}, limit={self.limit})"

    @contextmanager
    def hold(self, timeout: float | None = None) -> Iterator[bool]:
        until = None if timeout is None else time.monotonic() + timeout
        with held(self._gate, timeout) as in_gate:
            lease = self._acquire(until) if in_gate else None
            if lease is _FALLBACK:
                with held(self._fallback, _left(until)) as fallback_slot:
                    yield fallback_slot
                return
            if lease is None:
                yield False
                return
            try:
                yield True
            finally:
                self._keeper.discard(self._key, lease)
                self._connection.health.run(lambda: self._connection.client.zrem(self._key, lease))

    @asynccontextmanager
    async def ahold(self, timeout: float | None = None) -> AsyncIterator[bool]:  # noqa: ASYNC109
        until = None if timeout is None else time.monotonic() + timeout
        async with aheld(self._gate, timeout) as in_gate:
            lease = await self._aacquire(until) if in_gate else None
            if lease is _FALLBACK:
                async with aheld(self._fallback, _left(until)) as fallback_slot:
                    yield fallback_slot
                return
            if lease is None:
                yield False
                return
            try:
                yield True
            finally:
                self._keeper.discard(self._key, lease)
                client = self._connection.loop().client
                await self._connection.health.arun(lambda: client.zrem(self._key, lease))

    def _acquire(self, until: float | None) -> str | None:
        """A lease id once one is free; _FALLBACK when Redis is unusable (the caller takes a fallback slot); None
        when none came free before `until` (time.monotonic())."""
        lease = uuid.uuid4().hex
        script = self._connection.script(ACQUIRE)
        args: list[str | int] = [self.limit, _lease_ms(self._connection), lease]
        while True:
            acquired = self._connection.health.run(lambda: script(keys=[self._key], args=args))
            if acquired is UNAVAILABLE:
                return _FALLBACK
            if acquired:
                self._keeper.add(self._key, lease)
                return lease
            left = _left(until)
            if left is not None and left <= 0:
                return None
            time.sleep(self._pause(left))

    async def _aacquire(self, until: float | None) -> str | None:
        lease = uuid.uuid4().hex
        script = self._connection.loop().script(ACQUIRE)
        args: list[str | int] = [self.limit, _lease_ms(self._connection), lease]
        while True:
            acquired = await self._connection.health.arun(lambda: script(keys=[self._key], args=args))
            if acquired is UNAVAILABLE:
                return _FALLBACK
            if acquired:
                self._keeper.add(self._key, lease)
                return lease
            left = _left(until)
            if left is not None and left <= 0:
                return None
            await asyncio.sleep(self._pause(left))

    def _pause(self, left: float | None) -> float:
        """How long to wait before asking again: `poll_seconds`, or what is left of the caller's time if less."""
        poll: float = self._connection.settings.poll_seconds
        return poll if left is None else min(left, poll)


def _left(until: float | None) -> float | None:
    """Seconds until `until` (time.monotonic()), never below zero; None for no limit."""
    return None if until is None else max(0.0, until - time.monotonic())
