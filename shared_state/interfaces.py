"""The three pieces of state a client keeps per API key, as small interfaces with an in-process and a Redis side.

- `TokenStore`: the current bearer token of a key and the lock under which it is exchanged for a new one;
- `RequestBudget`: the key's per-minute budget (a moving window), following the server's rate-limit headers;
- `InFlightCap`: at most `limit` requests of one operation in flight at once.

`SharedState` hands them out per key fingerprint (a digest of the key, never the key itself): `InProcessState`
keeps them in this process (the default), `RedisState` on a Redis or Valkey server shared by many processes.
Every method has a sync form and an async one (`a...`) over the same state, so threads and asyncio tasks of one
process share one token and the same slots, as the client's sync and async transports do.
"""

from __future__ import annotations

import math
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Protocol, runtime_checkable

import httpx
from attrs import field, frozen
from attrs.validators import ge, optional

from auth_plugins.errors import rate_limit_reset, server_retry_delay
from auth_plugins.secrets import Secret

__all__ = ["InFlightCap", "RequestBudget", "Send", "ServerBudget", "SharedState", "Token", "TokenStore"]


@frozen(repr=False)
class Token:
    """A bearer token as a store holds it: its value, and when it is due for renewal on the store's clock."""

    value: Secret
    renew_at: float

    def __repr__(self) -> str:
        return f"Token(value={self.value!r}, renew_at={self.renew_at:.3f})"


class TokenStore(Protocol):
    """The current token of one key. A caller that finds none exchanges the key for one like this:

        token = store.get()
        if token is None:
            with store.exchange_lock(timeout) as held:  # one exchange at a time, across every process sharing it
                if not held: ...                         # the caller's deadline came first
                token = store.get()                      # re-checked once held: another worker may have exchanged
                if token is None:
                    token = store.put(exchange(), renew_in=lifetime - margin)
        ... on a 401 with `token`: store.invalidate(token), then the same again

    `exchange_lock()` never hangs: a lock whose holder died expires, and a caller that waited longer than that
    goes on without it (the worst case is one extra exchange).
    """

    def get(self) -> Token | None:
        """The stored token if it is not due for renewal yet; else None."""
        ...

    async def aget(self) -> Token | None: ...

    def cached(self) -> Token | None:
        """`get()` from this process's copy only, without any I/O (for a caller that must not wait)."""
        ...

    def put(self, value: str, *, renew_in: float) -> Token:
        """Store a new token, kept for `renew_in` seconds from now (shorter than its lifetime), and return it."""
        ...

    async def aput(self, value: str, *, renew_in: float) -> Token: ...

    def invalidate(self, token: Token) -> bool:
        """Drop `token` if it is still the stored one (compare-and-delete): True when this call dropped it, False
        when it was renewed or dropped already, so a 401 seen by many workers at once drops the token once."""
        ...

    async def ainvalidate(self, token: Token) -> bool: ...

    def exchange_lock(self, timeout: float | None = None) -> AbstractContextManager[bool]:
        """Held while exchanging the key for a token. Yields False when it could not be had within `timeout`
        seconds (None: no limit); the block then runs without it and must not exchange."""
        ...

    def aexchange_lock(self, timeout: float | None = None) -> AbstractAsyncContextManager[bool]: ...


@frozen
class ServerBudget:
    """What a response's rate-limit headers say about the key's budget at the server.

    `remaining`: sends the server still allows in its window (X-RateLimit-Remaining);
    `reset`: seconds until that window resets (X-RateLimit-Reset, epoch seconds or seconds from now);
    `wait`: seconds every sender on the key should wait (a 429's Retry-After or X-RateLimit-Reset, or the reset
    when the server says nothing remains).

    Epoch times are read against the server's own clock when the response has a `Date` header (so a client whose
    clock is off still waits as long as the server means), else against `now`, the client's wall clock.
    """

    remaining: int | None = field(default=None, validator=optional(ge(0)))
    reset: float | None = field(default=None, validator=optional(ge(0.0)))
    wait: float | None = field(default=None, validator=optional(ge(0.0)))

    @classmethod
    def from_headers(cls, headers: httpx.Headers, status_code: int, *, now: float) -> ServerBudget | None:
        """The hint in a response's headers, or None when they give none. `now`: the wall clock (time.time())."""
        remaining = _count(headers.get("x-ratelimit-remaining"))
        reset = rate_limit_reset(headers, now=now)
        exhausted = status_code == 429 or remaining == 0
        # A 429 and "nothing remains" mean the same; server_retry_delay reads the reset of either.
        wait = server_retry_delay(headers, 429, now=now) if exhausted else None
        if remaining is None and wait is None:
            return None
        return cls(remaining=remaining, reset=reset, wait=wait)


def _count(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return max(0, int(number)) if math.isfinite(number) else None


@frozen
class Send:
    """One send a RequestBudget granted. Hand it back once, with what the server answered: `settle(send, ...)`.

    `seq`: the number of the send among all the key's sends; `ahead`: how many granted sends were still unanswered
    when this one was granted. Together they bound what the server cannot have counted yet when it answered this
    send (see RequestBudget.settle). `shared`: granted by the Redis side (else by an in-process one)."""

    id: str
    seq: int
    ahead: int
    shared: bool = False


class RequestBudget(Protocol):
    """At most `per_window` sends of one key in any `window_seconds` (a moving window) while the server says
    nothing; what the server says (ServerBudget) once it does.

    While the server reports what remains of its window and when that resets, the budget follows it instead of its
    own clock: never more sends before the reset than the server has left (less the sends it cannot have counted
    yet), none at all once it said nothing remains, and a new window's worth once it reset, learnt from the answer
    to one send that goes first (the server may count in fixed windows or in a moving one). A server that stops
    reporting is followed by the own moving window again."""

    per_window: int
    window_seconds: int

    def try_acquire(self) -> Send | float:
        """Grant one send if the budget has room and the server asked for no wait: a Send, to be settled once
        answered. Else nothing is granted and the result is the seconds until there may be room; the caller sleeps
        (at most that long) and asks again."""
        ...

    async def atry_acquire(self) -> Send | float: ...

    def settle(self, send: Send, server: ServerBudget | None) -> None:
        """`send` is over: answered (`server`: what the answer's headers said; `ServerBudget()` when they said
        nothing), or never sent or never answered (`server` None). Align with the server, and stop counting `send`
        as unanswered."""
        ...

    async def asettle(self, send: Send, server: ServerBudget | None) -> None: ...


class InFlightCap(Protocol):
    """At most `limit` requests of one operation in flight at once."""

    limit: int

    def hold(self, timeout: float | None = None) -> AbstractContextManager[bool]:
        """One in-flight slot, held while the block runs; waits for a free one first, at most `timeout` seconds
        (None: no limit). Yields True when held, False when none came free in time (the block then holds none)."""
        ...

    def ahold(self, timeout: float | None = None) -> AbstractAsyncContextManager[bool]: ...


@runtime_checkable
class SharedState(Protocol):
    """Where the state of each key lives. The same arguments give the same object, so every client of a process
    that uses one `SharedState` shares it."""

    def token_store(self, fingerprint: str) -> TokenStore: ...

    def request_budget(self, fingerprint: str, *, per_window: int, window_seconds: int) -> RequestBudget: ...

    def in_flight_cap(self, fingerprint: str, operation: str, *, limit: int) -> InFlightCap: ...

    def close(self) -> None:
        """Release connections and threads (sync side)."""
        ...

    async def aclose(self) -> None:
        """Release the connections of the running event loop."""
        ...
