"""Deadlines: `timeout=` bounds a whole call, not only each network phase.

A call's deadline is the largest phase of its timeout (`timeout=3` -> 3 s; the default `httpx.Timeout(30,
connect=10)` -> 30 s; a phase set to None -> no deadline), counted from the moment httpx hands the request to our
auth flow: the first code of ours a call runs, which stamps the deadline on the request (`stamp()`). Everything
after reads it from there: the transport's waits for an in-flight slot, the per-minute budget and a connection, a
token exchange, every attempt and backoff, redirect hops, and receiving the whole body. httpx's per-phase timeouts
still apply inside it. The timeout comes from the request (httpx puts the client's, or a per-request one, in its
`timeout` extension), so per client (`connect(timeout=...)`, `client.with_timeout(...)`) and per call alike.

httpx's phases alone do not bound a call: a read timeout restarts with every chunk, so a server sending one byte
every 0.3 s holds a `timeout=3` call for as long as it likes (encode/httpx#1450; the maintainers place the fix in
httpcore, which has none). So the pools the transport builds read, write and connect through `DeadlineBackend` /
`AsyncDeadlineBackend`, which cut each socket operation's timeout to what is left of the current call's deadline
(`CURRENT`, a ContextVar the transport sets around each attempt: httpcore reads and writes in the caller's thread or
task). Hand-written: no library bounds a whole httpx call.

The same streams ask for at most `READ_CHUNK_BYTES` per read (defaults.py says why): they are the one place every
socket read of our pools passes.
"""

from __future__ import annotations

import math
import ssl
import time
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from typing import Any, Final

import httpcore
import httpx

from .defaults import READ_CHUNK_BYTES
from .errors import APITimeoutError

__all__ = [
    "CURRENT",
    "DEADLINE",
    "AsyncDeadlineBackend",
    "Deadline",
    "DeadlineBackend",
    "async_http_transport",
    "deadline_of",
    "http_transport",
    "stamp",
]

DEADLINE: Final = "auth_plugins.deadline"  # the request extension that holds a call's Deadline
CURRENT: ContextVar[Deadline | None] = ContextVar("auth_plugins.deadline", default=None)
# A socket timeout of 0 means "do not block" (BlockingIOError, not a timeout): past the deadline, wait this long.
_LAST_MOMENT: Final = 0.001


class Deadline:
    """When a call must be over, on the monotonic clock. `seconds` is None for a call without one."""

    __slots__ = ("at", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = math.inf if seconds is None else time.monotonic() + seconds

    @classmethod
    def for_timeout(cls, timeout: Mapping[str, float | None] | None) -> Deadline:
        """The deadline of a call whose httpx `timeout` extension is `timeout`: its largest phase."""
        if not timeout:
            return cls(None)
        largest = 0.0
        for phase in timeout.values():  # a plain loop: this runs for every call
            if phase is None:
                return cls(None)
            if phase > largest:
                largest = phase
        return cls(largest)

    def remaining(self) -> float:
        """Seconds left (negative once passed; inf without a deadline)."""
        return self.at - time.monotonic()

    def timeout(self) -> float | None:
        """Seconds left as a timeout argument: None without a deadline, never below zero."""
        return None if self.seconds is None else max(0.0, self.at - time.monotonic())

    def passed(self) -> bool:
        """True once passed, or all but: a socket timeout cut to the deadline may fire a hair early."""
        return time.monotonic() >= self.at - _LAST_MOMENT * 5

    def exceeded(self, operation: str, waiting_for: str) -> APITimeoutError:
        """The error of a call whose deadline passed (or would pass) while `waiting_for`."""
        return APITimeoutError(
            f"{operation}: the call's deadline of {self.seconds:g} s passed while {waiting_for} "
            "(timeout= bounds the whole call)",
            operation=operation,
        )

    def __repr__(self) -> str:
        return f"Deadline(seconds={self.seconds!r}, remaining={self.remaining():.3f})"


def stamp(request: httpx.Request) -> Deadline:
    """Start the deadline of the call `request` begins (the auth flows call this first)."""
    deadline = Deadline.for_timeout(request.extensions.get("timeout"))
    request.extensions[DEADLINE] = deadline
    return deadline


def deadline_of(request: httpx.Request) -> Deadline:
    """The deadline stamped on `request`, or one starting now for a request no auth flow of ours saw."""
    deadline = request.extensions.get(DEADLINE)
    return deadline if isinstance(deadline, Deadline) else stamp(request)


def _cut(timeout: float | None) -> float | None:
    """`timeout`, or what is left of the current call's deadline if that is sooner."""
    deadline = CURRENT.get()
    if deadline is None:
        return timeout
    left = max(deadline.at - time.monotonic(), _LAST_MOMENT)
    return left if timeout is None or left < timeout else timeout


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(min(max_bytes, READ_CHUNK_BYTES), _cut(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _cut(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, every connect, read and write cut to the current call's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend | None = None) -> None:
        self._backend = backend if backend is not None else httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_tcp(host, port, _cut(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(path, _cut(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109 (httpcore's)
        return await self._stream.read(min(max_bytes, READ_CHUNK_BYTES), _cut(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        await self._stream.write(buffer, _cut(timeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncDeadlineStream(await self._stream.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """`DeadlineBackend` for asyncio (and trio) pools."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(host, port, _cut(timeout), local_address, socket_options)
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncDeadlineStream(await self._backend.connect_unix_socket(path, _cut(timeout), socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _pool_of(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> Any:
    # httpx builds its httpcore pool itself and offers no way to give it a network backend: the one private
    # attribute this package touches (httpx is pinned below 0.29; tests/hardening checks the pool still has it).
    pool = transport._pool
    if not isinstance(pool, httpcore.ConnectionPool | httpcore.AsyncConnectionPool) or not hasattr(
        pool, "_network_backend"
    ):
        raise RuntimeError(f"unexpected httpx internals: {type(pool).__name__} has no network backend to wrap")
    return pool


def http_transport(limits: httpx.Limits) -> httpx.HTTPTransport:
    """httpx's sync transport over sockets that honour the current call's deadline."""
    transport = httpx.HTTPTransport(limits=limits)
    pool = _pool_of(transport)
    pool._network_backend = DeadlineBackend(pool._network_backend)
    return transport


def async_http_transport(limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """httpx's async transport over sockets that honour the current call's deadline."""
    transport = httpx.AsyncHTTPTransport(limits=limits)
    pool = _pool_of(transport)
    pool._network_backend = AsyncDeadlineBackend(pool._network_backend)
    return transport
