"""`RedisRequestBudget`: one key's per-minute budget on Redis, for every process sharing it.

- What the server reports (in_process.ServerWindow says how a budget follows it) is the hash
  `<prefix>:budget-server:<fingerprint>`: `remaining`, `reset_at`, `probe_until` (milliseconds on the server's
  clock) and `seq`, the count of sends granted. The sends granted and not answered yet are the sorted set
  `<prefix>:budget-unanswered:<fingerprint>` (scored with when they stop counting, a window after their grant, so
  that a killed worker's are forgotten). One Lua script grants a send, one settles it: atomic across processes.
- While the server has not reported (or stopped), the own window: `limits`' MovingWindowRateLimiter on its Redis
  storage (sync and async), named `<prefix>:budget/<fingerprint>/<per_window>/<window_seconds>/second`.
- A wait the server asks for (a 429's Retry-After) is `<prefix>:budget-hold:<fingerprint>`, an entry that expires
  when the wait is over and that every process checks first (its PTTL, on the server's clock).
- Redis unusable: a LocalRequestBudget of `per_window // workers` (at least 1) in each process, which keeps the
  server's waits and never sends more than it reports left, but keeps to its own window. When Redis answers
  again, the sends made meanwhile are added to the shared own window first, so the minute after an outage does
  not exceed the key's budget either.
"""

from __future__ import annotations

import time
import uuid
from typing import Final

from limits import RateLimitItemPerSecond

from auth_plugins import defaults

from .health import UNAVAILABLE
from .in_process import MIN_WAIT, SAME_WINDOW_SECONDS, LocalRequestBudget, check_limits
from .interfaces import Send, ServerBudget
from .redis_connection import RedisConnection, check_fingerprint

__all__ = ["RedisRequestBudget"]

# Every script: KEYS[1] the hold, KEYS[2] the server's report (hash), KEYS[3] the unanswered sends (sorted set).
_NOW: Final = """
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
"""

# Count a granted send: ARGV[1] its id, ARGV[2] the window in milliseconds. Returns {1, seq, ahead}.
_GRANT: Final = """
local function grant()
    redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
    local ahead = redis.call('ZCARD', KEYS[3])
    redis.call('ZADD', KEYS[3], now + tonumber(ARGV[2]), ARGV[1])
    redis.call('PEXPIRE', KEYS[3], ARGV[2])
    local seq = redis.call('HINCRBY', KEYS[2], 'seq', 1)
    redis.call('PEXPIRE', KEYS[2], 2 * tonumber(ARGV[2]))
    return {1, seq, ahead}
end
"""

# ARGV[1] a new send's id, ARGV[2] window ms, ARGV[3] probe ms, ARGV[4] poll ms.
# {1, seq, ahead}: granted. {0, ms}: wait. {2}: the server has not reported; ask the own window (then REGISTER).
TRY_ACQUIRE: Final = (
    _NOW
    + _GRANT
    + """
local held = redis.call('PTTL', KEYS[1])
if held > 0 then
    return {0, held}
end
local report = redis.call('HMGET', KEYS[2], 'remaining', 'reset_at', 'probe_until')
local remaining, reset_at, probe_until = tonumber(report[1]), tonumber(report[2]), tonumber(report[3]) or 0
if not reset_at then
    return {2}
end
if now < reset_at then
    if remaining <= 0 then
        return {0, reset_at - now}
    end
    redis.call('HINCRBY', KEYS[2], 'remaining', -1)
elseif probe_until > now then
    return {0, math.min(probe_until - now, tonumber(ARGV[4]))}
else
    redis.call('HSET', KEYS[2], 'probe_until', now + tonumber(ARGV[3]), 'probe_id', ARGV[1])
end
return grant()
"""
)

# A send the own window granted: ARGV[1] its id, ARGV[2] window ms.
REGISTER: Final = _NOW + _GRANT + "return grant()"

# ARGV[1] the send's id, ARGV[2] its seq, ARGV[3] its ahead, ARGV[4] the server's remaining (-1: not said; -2: no
# answer at all),
# ARGV[5] ms until its reset (-1: not said), ARGV[6] ms to hold every sender (0: none), ARGV[7] per_window,
# ARGV[8] window ms, ARGV[9] ms within which two resets are the same window. Returns what is left for new grants
# (-1 when the server did not say).
SETTLE: Final = (
    _NOW
    + """
redis.call('ZREM', KEYS[3], ARGV[1])
if redis.call('HGET', KEYS[2], 'probe_id') == ARGV[1] then
    redis.call('HDEL', KEYS[2], 'probe_until', 'probe_id')  -- the probe is over, answered or not
end
local hold = tonumber(ARGV[6])
if hold > 0 and redis.call('PTTL', KEYS[1]) < hold then
    redis.call('SET', KEYS[1], '1', 'PX', hold)
end
local report = redis.call('HMGET', KEYS[2], 'reset_at', 'seq')
local reset_at, seq = tonumber(report[1]), tonumber(report[2]) or 0
local said = tonumber(ARGV[4])
if said == -2 then
    return -1
end
if said < 0 then
    if reset_at and now >= reset_at then
        redis.call('HDEL', KEYS[2], 'remaining', 'reset_at', 'probe_until', 'probe_id')
    end
    return -1
end
local unseen = tonumber(ARGV[3]) + math.max(0, seq - tonumber(ARGV[2]))
local left = math.max(0, math.min(said, tonumber(ARGV[7])) - unseen)
local reset_in, same = tonumber(ARGV[5]), tonumber(ARGV[9])
if reset_in < 0 then
    if reset_at and now < reset_at then
        redis.call('HSET', KEYS[2], 'remaining', left)
    end
    return left
end
local new_reset = now + reset_in
if not reset_at or now >= reset_at or new_reset > reset_at + same then
    redis.call('HSET', KEYS[2], 'remaining', left, 'reset_at', new_reset, 'probe_until', 0)
elseif new_reset >= reset_at - same then
    redis.call('HSET', KEYS[2], 'remaining', left, 'reset_at', math.max(reset_at, new_reset))
end
redis.call('PEXPIRE', KEYS[2], math.max(2 * tonumber(ARGV[8]), reset_in + tonumber(ARGV[8])))
return left
"""
)


class RedisRequestBudget:
    def __init__(
        self,
        connection: RedisConnection,
        fingerprint: str,
        *,
        per_window: int,
        window_seconds: int,
        probe_seconds: float = defaults.RATE_PROBE_SECONDS,
    ) -> None:
        check_limits(per_window=per_window, window_seconds=window_seconds)
        self.per_window = per_window
        self.window_seconds = window_seconds
        self._connection = connection
        self._item = RateLimitItemPerSecond(per_window, window_seconds, namespace="budget")
        self._id = check_fingerprint(fingerprint)  # limits names the window `<prefix>:budget/<fingerprint>/...`
        self._keys = [
            connection.key("budget-hold", fingerprint),
            connection.key("budget-server", fingerprint),
            connection.key("budget-unanswered", fingerprint),
        ]
        poll_ms = _ms(connection.settings.poll_seconds)
        self._try_args = [_ms(window_seconds), _ms(probe_seconds), poll_ms]
        workers = connection.settings.workers
        self._fallback = LocalRequestBudget(
            per_window=max(1, per_window // workers),
            window_seconds=window_seconds,
            follow_windows=False,
            probe_seconds=probe_seconds,
            poll_seconds=connection.settings.poll_seconds,
        )
        self._fell_back = False  # sends were counted in _fallback since Redis last answered

    def __repr__(self) -> str:
        return (
            f"RedisRequestBudget({self._connection.where!r}, per_window={self.per_window}, "
            f"window_seconds={self.window_seconds})"
        )

    # -- try_acquire --

    def try_acquire(self) -> Send | float:
        answer = self._connection.health.run(self._try_shared)
        if answer is UNAVAILABLE:
            self._fell_back = True
            return self._fallback.try_acquire()
        return answer

    async def atry_acquire(self) -> Send | float:
        answer = await self._connection.health.arun(self._atry_shared)
        if answer is UNAVAILABLE:
            self._fell_back = True
            return await self._fallback.atry_acquire()
        return answer

    def _try_shared(self) -> Send | float:
        limiter, send_id = self._connection.limiter, uuid.uuid4().hex
        if self._fell_back:
            room = limiter.get_window_stats(self._item, self._id).remaining
            if (sends := min(self._fallback.sends_in_window(), room)) > 0:
                limiter.hit(self._item, self._id, cost=sends)
            self._fell_back = False
        answer = self._connection.script(TRY_ACQUIRE)(keys=self._keys, args=[send_id, *self._try_args])
        if answer[0] == 2:  # the server has not reported: the own window
            if not limiter.hit(self._item, self._id):
                return _until(limiter.get_window_stats(self._item, self._id).reset_time)
            answer = self._connection.script(REGISTER)(keys=self._keys, args=[send_id, self._try_args[0]])
        return _granted(send_id, answer)

    async def _atry_shared(self) -> Send | float:
        loop, send_id = self._connection.loop(), uuid.uuid4().hex
        if self._fell_back:
            room = (await loop.limiter.get_window_stats(self._item, self._id)).remaining
            if (sends := min(self._fallback.sends_in_window(), room)) > 0:
                await loop.limiter.hit(self._item, self._id, cost=sends)
            self._fell_back = False
        answer = await loop.script(TRY_ACQUIRE)(keys=self._keys, args=[send_id, *self._try_args])
        if answer[0] == 2:
            if not await loop.limiter.hit(self._item, self._id):
                return _until((await loop.limiter.get_window_stats(self._item, self._id)).reset_time)
            answer = await loop.script(REGISTER)(keys=self._keys, args=[send_id, self._try_args[0]])
        return _granted(send_id, answer)

    # -- settle --

    def settle(self, send: Send, server: ServerBudget | None) -> None:
        if server is not None and server.wait is not None:
            self._fallback.pause(server.wait)
        if not send.shared:
            self._fallback.settle(send, server)
            return
        self._connection.health.run(lambda: self._settle_shared(send, server))

    async def asettle(self, send: Send, server: ServerBudget | None) -> None:
        if server is not None and server.wait is not None:
            self._fallback.pause(server.wait)
        if not send.shared:
            await self._fallback.asettle(send, server)
            return
        await self._connection.health.arun(lambda: self._asettle_shared(send, server))

    def _settle_args(self, send: Send, server: ServerBudget | None) -> list[str | int]:
        said = -2 if server is None else -1 if server.remaining is None else server.remaining
        reset = -1 if server is None or server.reset is None else _ms(server.reset)
        hold = 0 if server is None or server.wait is None or server.wait <= 0 else _ms(server.wait)
        return [
            send.id,
            send.seq,
            send.ahead,
            said,
            reset,
            hold,
            self.per_window,
            self._try_args[0],
            _ms(SAME_WINDOW_SECONDS),
        ]

    def _settle_shared(self, send: Send, server: ServerBudget | None) -> None:
        left = self._connection.script(SETTLE)(keys=self._keys, args=self._settle_args(send, server))
        if server is not None and server.reset is None and left >= 0:
            self._lower_own_window(left)

    async def _asettle_shared(self, send: Send, server: ServerBudget | None) -> None:
        left = await self._connection.loop().script(SETTLE)(keys=self._keys, args=self._settle_args(send, server))
        if server is not None and server.reset is None and left >= 0:
            await self._alower_own_window(left)

    def _lower_own_window(self, left: int) -> None:
        """A count without a reset: the server counted sends the own window did not see; count them too."""
        limiter = self._connection.limiter
        excess = limiter.get_window_stats(self._item, self._id).remaining - left
        if excess > 0:
            limiter.hit(self._item, self._id, cost=excess)

    async def _alower_own_window(self, left: int) -> None:
        limiter = self._connection.loop().limiter
        excess = (await limiter.get_window_stats(self._item, self._id)).remaining - left
        if excess > 0:
            await limiter.hit(self._item, self._id, cost=excess)


def _granted(send_id: str, answer: list[int]) -> Send | float:
    if answer[0] == 1:
        return Send(send_id, int(answer[1]), int(answer[2]), shared=True)
    return max(int(answer[1]) / 1000, MIN_WAIT)


def _until(reset_time: float) -> float:
    return max(reset_time - time.time(), MIN_WAIT)


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))
