"""`InProcessState`: a key's token, budget and in-flight caps kept in this process (the default; no server).

Threads and asyncio tasks share them: `aiologic` locks and semaphores serve both at once (with a timeout, so a
caller's deadline bounds every wait), and the budget's own window is a `limits` moving window over a MemoryStorage.
Every budget operation is a short in-memory step under a lock, safe on the event loop.
`RedisState` uses these same classes as its in-process copy and as its fallback while Redis is unreachable.

How the budget follows the server (`LocalRequestBudget`; redis_budget.py does the same in Lua): see `ServerWindow`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager
from typing import Final, TypeVar

import aiologic
from attrs import define
from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from auth_plugins import defaults
from auth_plugins.errors import ConfigurationError
from auth_plugins.secrets import Secret

from .interfaces import Send, ServerBudget, Token

__all__ = [
    "InProcessState",
    "LocalInFlightCap",
    "LocalRequestBudget",
    "LocalTokenStore",
    "Memo",
    "ServerWindow",
    "aheld",
    "held",
]

T = TypeVar("T")

MIN_WAIT: Final = 0.005  # seconds; a caller told to wait asks again after at least this long
# Two reports whose window resets lie closer than this describe the same window of the server: its Date header
# (against which an epoch reset is read) has whole seconds, so one window's reset seen twice differs by up to 1 s.
SAME_WINDOW_SECONDS: Final = 2.0


@contextmanager
def held(primitive: aiologic.Lock | aiologic.BoundedSemaphore, timeout: float | None) -> Iterator[bool]:
    """`primitive` held while the block runs, if it could be had within `timeout` seconds (None: no limit); yields
    whether it was (the block then runs without it)."""
    if not primitive.green_acquire(timeout=timeout):
        yield False
        return
    try:
        yield True
    finally:
        primitive.green_release()


@asynccontextmanager
async def aheld(
    primitive: aiologic.Lock | aiologic.BoundedSemaphore,
    timeout: float | None,  # noqa: ASYNC109 (a caller's deadline, as on the sync side)
) -> AsyncIterator[bool]:
    """`held()` for asyncio (or trio) tasks."""
    if not await primitive.async_acquire(timeout=timeout):
        yield False
        return
    try:
        yield True
    finally:
        primitive.async_release()


def check_limits(per_window: int | None = None, window_seconds: int | None = None, limit: int | None = None) -> None:
    """ConfigurationError for a budget or cap that could never let a request through."""
    for name, value in (("per_window", per_window), ("window_seconds", window_seconds), ("limit", limit)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise ConfigurationError(f"{name} must be an integer of at least 1, not {value!r}")


class LocalTokenStore:
    """The token of one key in this process: renewed `renew_in` seconds after it was stored, on `clock`."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._token: Token | None = None
        self._lock = aiologic.Lock()

    def __repr__(self) -> str:
        state = "none" if self._token is None else ("valid" if self.get() else "due for renewal")
        return f"LocalTokenStore(token={state})"

    def get(self) -> Token | None:
        token = self._token
        return token if token is not None and self._clock() < token.renew_at else None

    async def aget(self) -> Token | None:
        return self.get()

    cached = get

    def put(self, value: str, *, renew_in: float) -> Token:
        token = Token(Secret(value), self._clock() + renew_in)
        self._token = token
        return token

    async def aput(self, value: str, *, renew_in: float) -> Token:
        return self.put(value, renew_in=renew_in)

    def invalidate(self, token: Token) -> bool:
        # No await or blocking call between the check and the drop: atomic for tasks; for threads the worst case
        # is dropping a token stored a moment ago, which costs one exchange.
        if self._token is not None and self._token.value == token.value:
            self._token = None
            return True
        return False

    async def ainvalidate(self, token: Token) -> bool:
        return self.invalidate(token)

    def exchange_lock(self, timeout: float | None = None) -> AbstractContextManager[bool]:
        return held(self._lock, timeout)

    def aexchange_lock(self, timeout: float | None = None) -> AbstractAsyncContextManager[bool]:
        return aheld(self._lock, timeout)


@define
class ServerWindow:
    """What the server last reported of its window, and how a budget follows it.

    - While `now < reset_at` the server has `remaining` sends left: a send takes one; none left, the caller waits
      for the reset.
    - Once `reset_at` passed, the new window's size is unknown (a fixed window starts full; a moving one frees only
      what left it): one send goes first (`probe_seq`), and its answer says. The others wait until it is settled,
      however slow the answer (`probe_seconds` at most: a probe whose settle never comes is given up then).
    - Each answer's report, less the sends the server may not have counted yet (`uncounted_bound`), is a safe count
      of what is left, and the freshest one: it replaces `remaining` (answers arrive in any order; each one's
      count already takes off every send granted after it). A report of an earlier window, arriving late, is
      ignored.
    """

    remaining: int
    reset_at: float
    probe_until: float = 0.0
    probe_seq: int | None = None  # the send that went first after the reset

    def take(
        self, now: float, seq: int, *, probe_pending: bool, probe_seconds: float, poll_seconds: float
    ) -> float | None:
        """Take one send (`seq` if granted): None when taken, else the seconds to wait before asking again.
        `probe_pending`: the probe was granted and is not settled yet."""
        if now < self.reset_at:
            if self.remaining <= 0:
                return self.reset_at - now
            self.remaining -= 1
            return None
        if probe_pending and self.probe_until > now:
            return min(self.probe_until - now, poll_seconds)
        self.probe_until, self.probe_seq = now + probe_seconds, seq
        return None

    @staticmethod
    def follow(window: ServerWindow | None, now: float, remaining: int, reset_at: float) -> ServerWindow | None:
        """The window after a report of `remaining` sends left until `reset_at` (`remaining` already less the sends
        the server may not have counted): `window` itself, changed, or a new one."""
        if window is None or now >= window.reset_at or reset_at > window.reset_at + SAME_WINDOW_SECONDS:
            return ServerWindow(remaining, reset_at)
        if reset_at >= window.reset_at - SAME_WINDOW_SECONDS:  # the same window: never reset before its latest end
            window.remaining, window.reset_at = remaining, max(window.reset_at, reset_at)
        return window  # else an answer from an earlier window, arriving late


def uncounted_bound(server_remaining: int, per_window: int, send: Send, seq_now: int) -> int:
    """Sends left for new grants after a report of `server_remaining` in the answer to `send`: the server may not
    have counted the sends granted after `send` (`seq_now - send.seq`) nor those still unanswered when it was
    granted (`send.ahead`; they may reach it after `send`), so they are taken off. Never more than `per_window`."""
    unseen = send.ahead + max(0, seq_now - send.seq)
    return max(0, min(server_remaining, per_window) - unseen)


class LocalRequestBudget:
    """`per_window` sends in any `window_seconds`, counted in this process, following what the server reports.

    `follow_windows=False`: follow the server's waits and counts, but never its window past the own one (the
    fallback of a RedisRequestBudget while Redis is unusable: a share of the key's budget, which the server's count
    of the whole key's sends cannot tell)."""

    def __init__(
        self,
        *,
        per_window: int,
        window_seconds: int,
        follow_windows: bool = True,
        probe_seconds: float = defaults.RATE_PROBE_SECONDS,
        poll_seconds: float = defaults.RATE_POLL_SECONDS,
    ) -> None:
        check_limits(per_window=per_window, window_seconds=window_seconds)
        self.per_window = per_window
        self.window_seconds = window_seconds
        self._follow_windows = follow_windows
        self._probe_seconds = probe_seconds
        self._poll_seconds = poll_seconds
        self._item = RateLimitItemPerSecond(per_window, window_seconds, namespace="budget")
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._lock = threading.Lock()
        self._hold_until = 0.0  # time.monotonic() before which the server asked everyone to wait
        self._server: ServerWindow | None = None  # what the server last reported; None: its own window
        self._seq = 0  # sends granted
        self._unanswered: set[int] = set()  # the seq of each send granted and not settled yet

    def __repr__(self) -> str:
        return f"LocalRequestBudget(per_window={self.per_window}, window_seconds={self.window_seconds})"

    def try_acquire(self) -> Send | float:
        with self._lock:
            now = time.monotonic()
            if self._hold_until > now:
                return self._hold_until - now
            if self._server is not None:
                wait = self._server.take(
                    now,
                    self._seq + 1,
                    probe_pending=self._server.probe_seq in self._unanswered,
                    probe_seconds=self._probe_seconds,
                    poll_seconds=self._poll_seconds,
                )
                if wait is not None:
                    return wait
            elif not self._limiter.hit(self._item, "sends"):
                reset_time = self._limiter.get_window_stats(self._item, "sends").reset_time
                return max(reset_time - time.time(), MIN_WAIT)
            self._seq += 1
            self._unanswered.add(self._seq)
            return Send(str(self._seq), self._seq, len(self._unanswered) - 1)

    async def atry_acquire(self) -> Send | float:
        return self.try_acquire()

    def settle(self, send: Send, server: ServerBudget | None) -> None:
        with self._lock:
            now = time.monotonic()
            self._unanswered.discard(send.seq)
            if server is None:
                return  # no answer: nothing learnt
            if server.wait is not None:
                self._hold_until = max(self._hold_until, now + server.wait)
            if server.remaining is None:
                if self._server is not None and now >= self._server.reset_at:
                    self._server = None  # asked what the new window holds, the server did not say: own window
                return
            left = uncounted_bound(server.remaining, self.per_window, send, self._seq)
            if server.reset is not None and self._follow_windows:
                self._server = ServerWindow.follow(self._server, now, left, now + server.reset)
                return
            # a count without a reset: what is left, in the server's window; or lower the own one
            if self._server is not None and now < self._server.reset_at:
                self._server.remaining = left
            excess = self._limiter.get_window_stats(self._item, "sends").remaining - left
            if excess > 0:  # the server counted sends this window did not see: count them too
                self._limiter.hit(self._item, "sends", cost=excess)

    async def asettle(self, send: Send, server: ServerBudget | None) -> None:
        self.settle(send, server)

    def pause(self, seconds: float) -> None:
        """No send for `seconds` (what the server asked of every sender; RedisRequestBudget mirrors it here)."""
        with self._lock:
            self._hold_until = max(self._hold_until, time.monotonic() + seconds)

    def sends_in_window(self) -> int:
        """How many sends the own window holds now."""
        return self.per_window - self._limiter.get_window_stats(self._item, "sends").remaining


class LocalInFlightCap:
    """At most `limit` holders at once among this process's threads and tasks."""

    def __init__(self, *, limit: int) -> None:
        check_limits(limit=limit)
        self.limit = limit
        self._semaphore = aiologic.BoundedSemaphore(limit)

    def __repr__(self) -> str:
        return f"LocalInFlightCap(limit={self.limit})"

    def hold(self, timeout: float | None = None) -> AbstractContextManager[bool]:
        return held(self._semaphore, timeout)

    def ahold(self, timeout: float | None = None) -> AbstractAsyncContextManager[bool]:
        return aheld(self._semaphore, timeout)


class InProcessState:
    """Each key's state in this process; the same arguments give the same object."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        """`clock`: the monotonic clock token renewals are measured on (tests pass a fake one)."""
        self._clock = clock
        self._memo = Memo()

    def __repr__(self) -> str:
        return "InProcessState()"

    def token_store(self, fingerprint: str) -> LocalTokenStore:
        return self._memo(LocalTokenStore, ("token", fingerprint), lambda: LocalTokenStore(clock=self._clock))

    def request_budget(self, fingerprint: str, *, per_window: int, window_seconds: int) -> LocalRequestBudget:
        return self._memo(
            LocalRequestBudget,
            ("budget", fingerprint, per_window, window_seconds),
            lambda: LocalRequestBudget(per_window=per_window, window_seconds=window_seconds),
        )

    def in_flight_cap(self, fingerprint: str, operation: str, *, limit: int) -> LocalInFlightCap:
        return self._memo(
            LocalInFlightCap, ("in-flight", fingerprint, operation, limit), lambda: LocalInFlightCap(limit=limit)
        )

    def close(self) -> None:
        """Nothing to release."""

    async def aclose(self) -> None:
        """Nothing to release."""


class Memo:
    """One object per key, built on first use; thread-safe."""

    def __init__(self) -> None:
        self._objects: dict[tuple[object, ...], object] = {}
        self._lock = threading.Lock()

    def __call__(self, kind: type[T], key: tuple[object, ...], build: Callable[[], T]) -> T:
        with self._lock:
            found = self._objects.get(key)
            if found is None:
                found = self._objects[key] = build()
        assert isinstance(found, kind)
        return found
