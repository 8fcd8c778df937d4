"""`RedisRequestBudget`: one key's per-minute budget as one moving window on Redis, for every process sharing it.

- The window is `limits`' MovingWindowRateLimiter on its Redis storage (sync and async), named
  `<prefix>:budget/<fingerprint>/<per_window>/<window_seconds>/second`: one Lua script records a send only if
  the window has room.
- The server's word (`follow_server`): a wait it asks for is `<prefix>:budget-hold:<fingerprint>`, an entry that
  expires when the wait is over and that every process checks first (its PTTL, on the server's clock); a lower
  "remaining" than the window's own fills the window with the sends it did not see.
- Redis unusable: a LocalRequestBudget of `per_window // workers` (at least 1) in each process. When Redis
  answers again, the sends made meanwhile are added to the shared window first, so the minute after an outage
  does not exceed the key's budget either.
"""

from __future__ import annotations

import time
from typing import Final, cast

from limits import RateLimitItemPerSecond

from .health import UNAVAILABLE
from .in_process import MIN_WAIT, LocalRequestBudget, check_limits
from .interfaces import ServerBudget
from .redis_connection import RedisConnection, check_fingerprint

__all__ = ["RedisRequestBudget"]

# KEYS[1] the hold entry, ARGV[1] milliseconds: hold at least that long (never shortens a longer hold).
EXTEND_HOLD: Final = """
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
    redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 0
"""


class RedisRequestBudget:
    def __init__(self, connection: RedisConnection, fingerprint: str, *, per_window: int, window_seconds: int) -> None:
        check_limits(per_window=per_window, window_seconds=window_seconds)
        self.per_window = per_window
        self.window_seconds = window_seconds
        self._connection = connection
        self._item = RateLimitItemPerSecond(per_window, window_seconds, namespace="budget")
        self._id = check_fingerprint(fingerprint)  # limits names the window `<prefix>:budget/<fingerprint>/...`
        self._hold_key = connection.key("budget-hold", fingerprint)
        workers = connection.settings.workers
        self._fallback = LocalRequestBudget(per_window=max(1, per_window // workers), window_seconds=window_seconds)
        self._fell_back = False  # sends were counted in _fallback since Redis last answered

    def __repr__(self) -> str:
        return (
            f"RedisRequestBudget({self._connection.where!r}, per_window={self.per_window}, "
            f"window_seconds={self.window_seconds})"
        )

    # -- try_acquire --

    def try_acquire(self) -> float | None:
        wait = self._connection.health.run(self._try_shared)
        if wait is UNAVAILABLE:
            self._fell_back = True
            return self._fallback.try_acquire()
        return wait

    async def atry_acquire(self) -> float | None:
        wait = await self._connection.health.arun(self._atry_shared)
        if wait is UNAVAILABLE:
            self._fell_back = True
            return await self._fallback.atry_acquire()
        return wait

    def _try_shared(self) -> float | None:
        limiter = self._connection.limiter
        if self._fell_back:
            room = limiter.get_window_stats(self._item, self._id).remaining
            if (sends := min(self._fallback.sends_in_window(), room)) > 0:
                limiter.hit(self._item, self._id, cost=sends)
            self._fell_back = False
        held_ms = cast(int, self._connection.client.pttl(self._hold_key))  # redis-py types sync answers loosely
        if held_ms > 0:
            return held_ms / 1000
        if limiter.hit(self._item, self._id):
            return None
        return _until(limiter.get_window_stats(self._item, self._id).reset_time)

    async def _atry_shared(self) -> float | None:
        loop = self._connection.loop()
        if self._fell_back:
            room = (await loop.limiter.get_window_stats(self._item, self._id)).remaining
            if (sends := min(self._fallback.sends_in_window(), room)) > 0:
                await loop.limiter.hit(self._item, self._id, cost=sends)
            self._fell_back = False
        held_ms: int = await loop.client.pttl(self._hold_key)
        if held_ms > 0:
            return held_ms / 1000
        if await loop.limiter.hit(self._item, self._id):
            return None
        return _until((await loop.limiter.get_window_stats(self._item, self._id)).reset_time)

    # -- follow_server --

    def follow_server(self, budget: ServerBudget) -> None:
        self._fallback.follow_server(budget)
        self._connection.health.run(lambda: self._follow_shared(budget))

    async def afollow_server(self, budget: ServerBudget) -> None:
        await self._fallback.afollow_server(budget)
        await self._connection.health.arun(lambda: self._afollow_shared(budget))

    def _follow_shared(self, budget: ServerBudget) -> None:
        limiter = self._connection.limiter
        if budget.wait is not None and budget.wait > 0:
            self._connection.script(EXTEND_HOLD)(keys=[self._hold_key], args=[_ms(budget.wait)])
        if budget.remaining is not None:
            excess = limiter.get_window_stats(self._item, self._id).remaining - budget.remaining
            if excess > 0:
                limiter.hit(self._item, self._id, cost=excess)

    async def _afollow_shared(self, budget: ServerBudget) -> None:
        loop = self._connection.loop()
        if budget.wait is not None and budget.wait > 0:
            await loop.script(EXTEND_HOLD)(keys=[self._hold_key], args=[_ms(budget.wait)])
        if budget.remaining is not None:
            excess = (await loop.limiter.get_window_stats(self._item, self._id)).remaining - budget.remaining
            if excess > 0:
                await loop.limiter.hit(self._item, self._id, cost=excess)


def _until(reset_time: float) -> float:
    return max(reset_time - time.time(), MIN_WAIT)


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))
