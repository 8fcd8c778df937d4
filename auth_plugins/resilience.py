"""Retries, rate limits, deadlines, bounded bodies and credentials as httpx transports, so every generated function
gets them unchanged.

`ResilientTransport` / `AsyncResilientTransport` wrap the transport that really sends (by default httpx's, over
sockets bound by the call's deadline, see deadline.py; tests pass httpx.MockTransport). For each request they find
the operation (the `operation_id` request extension the generated code sets, looked up in the profile) and the
call's deadline, then per attempt:

1. wait for an in-flight slot of the operation, then for the per-minute budget (RequestLimiter);
2. let the request's credentials get ready (credentials.py): a token exchange, when one is due, happens here;
3. wait for a connection: at most `max_connections` requests hold one, the size of the pool, so httpx's pool never
   queues a request behind our back; then attach the credentials, after the last wait, so no request leaves with
   a token that expired while it waited; send;
4. read the whole body, at most `max_response_bytes`, before giving the slots back (the in-flight count is exact),
   and decode gzip/deflate, again at most `max_response_bytes` (bodies.py); hand the budget what the answer's
   rate-limit headers said (`RequestLimiter.settle`), so it follows the server's window and its Retry-After;
5. on 429/502/503/504 or a connection error, wait and try again when the operation is safe to repeat.
   `httpx.ConnectError`, `ConnectTimeout` and `PoolTimeout` are retried for any method: nothing was sent.

Waits: the server's Retry-After (seconds or HTTP date), else on a 429 its X-RateLimit-Reset; else exponential
backoff `initial_delay * 2**(n-1)` capped at `max_delay`, less a random part of up to `jitter` of it. A server
asking for more than `max_delay` is not waited for: its response is returned at once, and the generated code raises
`RateLimitError` with `retry_after`. The last response is returned as is after `max_attempts`.

The slots and the budget live in the key's shared state (shared_state: this process, or Redis for many workers).
The deadline bounds every wait: no slot within it is an APITimeoutError, a per-minute budget spent for longer than
what is left is a RateLimitError saying how long it would have waited (nothing is sent), a backoff that would end
past it is not waited for (the last answer or error stands), and an attempt still running when it passes is an
APITimeoutError.

The retry loop is written here, not taken from tenacity: it is six lines that must consult the deadline, and a
tenacity Retrying object per request (concurrent requests cannot share one) cost more than the rest of this layer.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import random
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from typing import Final, Self

import aiologic
import anyio
import httpx
from attrs import field, frozen
from attrs.validators import ge, le

from . import credentials, defaults
from .bodies import BodyBuffer, accepted_encoding, decode
from .credentials import Credentials
from .deadline import CURRENT, Deadline, async_http_transport, deadline_of, http_transport
from .errors import APITimeoutError, local_rate_limit_error, scrubbed, server_retry_delay
from .limits import RequestLimiter
from .profile import IDEMPOTENT_METHODS, ApiProfile

__all__ = ["AsyncResilientTransport", "ResilientTransport", "RetryPolicy"]

logger = logging.getLogger("auth_plugins")

# Raised before any byte of the request reached the server: safe to retry whatever the method.
NOTHING_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transport errors worth another attempt on an operation that is safe to repeat.
RETRYABLE_ERRORS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# What a call was doing when an httpx timeout or network error met its deadline.
_DOING: Final[Mapping[type[httpx.TransportError], str]] = {
    httpx.ConnectTimeout: "connecting",
    httpx.WriteTimeout: "sending the request",
    httpx.ReadTimeout: "waiting for the response",
    httpx.PoolTimeout: "waiting for a connection",
}


@frozen
class RetryPolicy:
    """How often and how long to retry. `sleep`, `async_sleep`, `now` (wall clock) and `random` are injectable."""

    max_attempts: int = field(default=defaults.RETRY_MAX_ATTEMPTS, validator=ge(1))  # the first one included
    initial_delay: float = field(default=defaults.RETRY_INITIAL_DELAY, validator=ge(0.0))
    max_delay: float = field(default=defaults.RETRY_MAX_DELAY, validator=ge(0.0))
    jitter: float = field(default=defaults.RETRY_JITTER, validator=[ge(0.0), le(1.0)])  # fraction taken off
    retry_statuses: frozenset[int] = field(default=defaults.RETRY_STATUSES, converter=frozenset)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, repr=False)
    now: Callable[[], float] = field(default=time.time, repr=False)
    random: Callable[[], float] = field(default=random.random, repr=False)

    def backoff(self, attempt: int) -> float:
        """The wait after failed attempt number `attempt` (1-based) when the server did not say."""
        base = min(self.max_delay, self.initial_delay * 2.0 ** min(attempt - 1, 64))
        return base * (1.0 - self.jitter * self.random())


@frozen
class _Target:
    label: str  # the operation id; "METHOD /path" for a request without a known one
    limiter_key: str
    safe_to_retry: bool


class _Call:
    """One request on its way through the transport."""

    __slots__ = ("credentials", "deadline", "label", "target")

    def __init__(self, target: _Target, deadline: Deadline, credentials: Credentials | None) -> None:
        self.target = target
        self.label = target.label
        self.deadline = deadline
        self.credentials = credentials


class _Resilience:
    """Everything the sync and async transports share: the decisions; they differ only in how they wait."""

    def __init__(
        self,
        profile: ApiProfile,
        retry: RetryPolicy | None,
        limiter: RequestLimiter | None,
        max_response_bytes: int,
        max_connections: int,
    ) -> None:
        if max_response_bytes < 1 or max_connections < 1:
            raise ValueError("max_response_bytes and max_connections must be at least 1")
        self.profile = profile
        self.retry = retry if retry is not None else RetryPolicy()
        self.limiter = limiter if limiter is not None else RequestLimiter(profile.rate_limits, key=profile.name)
        self.max_response_bytes = max_response_bytes
        self.max_connections = max_connections
        self.limits = httpx.Limits(
            max_connections=max_connections,
            max_keepalive_connections=min(defaults.MAX_KEEPALIVE_CONNECTIONS, max_connections),
        )
        self._connections = aiologic.BoundedSemaphore(max_connections)
        self._owns_pools = True  # False for a sibling from with_retry(): its original closes the pools
        self._targets = {
            operation.operation_id: _Target(operation.operation_id, operation.operation_id, operation.safe_to_retry)
            for operation in profile.operations.values()
        }

    def with_retry(self, retry: RetryPolicy) -> Self:
        """This transport with another retry policy, sharing everything else: connection pools, the limiter (slots
        and budget), the connection cap and the body cap. Closing the sibling leaves the shared pools open; the
        original closes them. What `client.with_options(...)` builds its copy on."""
        sibling = copy.copy(self)
        sibling.retry = retry
        sibling._owns_pools = False
        return sibling

    def target(self, request: httpx.Request) -> _Target:
        operation_id = request.extensions.get("operation_id")
        known = self._targets.get(operation_id) if isinstance(operation_id, str) else None
        if known is not None:
            return known
        fallback = f"{request.method} {request.url.path}"
        label = operation_id if isinstance(operation_id, str) else fallback
        return _Target(label, fallback, request.method in IDEMPOTENT_METHODS)

    def _call(self, request: httpx.Request) -> _Call:
        accept = accepted_encoding(request.headers.get("accept-encoding"))
        if accept is not None:
            request.headers["Accept-Encoding"] = accept
        return _Call(self.target(request), deadline_of(request), credentials.for_sending(request))

    def _budget_wait(self, request: httpx.Request, call: _Call, wait: float) -> float:
        """The per-minute budget has no room for `wait` seconds: how long to sleep before asking again. A wait
        longer than the call has left is a RateLimitError: the call could not start in time."""
        left = call.deadline.remaining()
        if wait >= left:
            raise local_rate_limit_error(
                call.label,
                request,
                wait=wait,
                limit=self.limiter.requests_per_minute,
                left=left,
                deadline=call.deadline.seconds,
            )
        logger.debug(
            "operation %s waits %.3fs for the per-minute budget",
            call.label,
            wait,
            extra=_extra(call, wait_seconds=wait),
        )
        return wait

    def _slot_timeout(self, call: _Call) -> APITimeoutError:
        return call.deadline.exceeded(
            call.label, f"waiting for an in-flight slot (at most {self.limiter.max_in_flight} per operation)"
        )

    def _connection_timeout(self, call: _Call) -> APITimeoutError:
        return call.deadline.exceeded(call.label, f"waiting for a connection (at most {self.max_connections})")

    def _body(self, call: _Call, response: httpx.Response) -> BodyBuffer:
        return BodyBuffer(
            limit=self.max_response_bytes, deadline=call.deadline, label=call.label, status_code=response.status_code
        )

    def _received(self, call: _Call, response: httpx.Response, raw: bytes) -> httpx.Response:
        """`response`, its stream replaced by the body read (decoded), free of the connection it came on."""
        response.extensions.pop("network_stream", None)
        encoding = response.headers.get("content-encoding")
        if encoding is not None:
            del response.headers["content-encoding"]  # httpx gets the body decoded (or, if it cannot be, as it came)
            raw = decode(response, raw, encoding, label=call.label, limit=self.max_response_bytes)
            response.headers["content-length"] = str(len(raw))
        response.stream = httpx.ByteStream(raw)
        logger.debug("operation %s: HTTP %d", call.label, response.status_code)
        return response

    def _delay_after_response(self, call: _Call, attempt: int, response: httpx.Response) -> float | None:
        """Seconds to wait before another attempt, or None to return `response` as the answer."""
        if response.status_code not in self.retry.retry_statuses or not call.target.safe_to_retry:
            return None
        asked = server_retry_delay(response.headers, response.status_code, now=self.retry.now())
        if asked is not None and asked > self.retry.max_delay:
            logger.info(
                "operation %s: HTTP %d asks to wait %.1fs, more than max_delay %.1fs: not retrying",
                call.label,
                response.status_code,
                asked,
                self.retry.max_delay,
                extra=_extra(call, attempt=attempt),
            )
            return None
        delay = self.retry.backoff(attempt) if asked is None else asked
        return self._within_limits(call, attempt, delay, f"got HTTP {response.status_code}")

    def _delay_after_error(self, call: _Call, attempt: int, error: httpx.TransportError) -> float | None:
        """Seconds to wait before another attempt, or None to raise `error`; the deadline error if it passed."""
        if call.deadline.passed():
            doing = next((what for kind, what in _DOING.items() if isinstance(error, kind)), "talking to the server")
            raise call.deadline.exceeded(call.label, doing) from scrubbed(error)
        if not (isinstance(error, NOTHING_SENT) or (call.target.safe_to_retry and isinstance(error, RETRYABLE_ERRORS))):
            return None
        return self._within_limits(call, attempt, self.retry.backoff(attempt), f"failed with {type(error).__name__}")

    def _within_limits(self, call: _Call, attempt: int, delay: float, outcome: str) -> float | None:
        attempts = self.retry.max_attempts
        if attempt >= attempts:
            logger.info(
                "operation %s: attempt %d/%d %s; no attempts left",
                call.label,
                attempt,
                attempts,
                outcome,
                extra=_extra(call, attempt=attempt),
            )
            return None
        if delay >= call.deadline.remaining():
            logger.info(
                "operation %s: attempt %d/%d %s; a wait of %.2fs would pass the call's deadline: not retrying",
                call.label,
                attempt,
                attempts,
                outcome,
                delay,
                extra=_extra(call, attempt=attempt),
            )
            return None
        logger.info(
            "operation %s: attempt %d/%d %s; retrying in %.2fs",
            call.label,
            attempt,
            attempts,
            outcome,
            delay,
            extra=_extra(call, attempt=attempt, wait_seconds=delay),
        )
        return delay

    def __repr__(self) -> str:
        return f"{type(self).__name__}(profile={self.profile.name!r}, retry={self.retry!r})"


def _extra(call: _Call, *, attempt: int | None = None, wait_seconds: float | None = None) -> dict[str, object]:
    """What a retry or wait record carries besides its text, for programs that watch the transport (the CLI's
    progress display and error line): `operation`, and `attempt` (the attempt that just ended) and
    `wait_seconds` (the wait that follows) where they apply."""
    return {"operation": call.label, "attempt": attempt, "wait_seconds": wait_seconds}


class ResilientTransport(_Resilience, httpx.BaseTransport):
    """Deadline, rate limits, credentials, bounded bodies and retries around a sync transport."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        profile: ApiProfile,
        retry: RetryPolicy | None = None,
        limiter: RequestLimiter | None = None,
        max_response_bytes: int = defaults.MAX_RESPONSE_BYTES,
        max_connections: int = defaults.MAX_CONNECTIONS,
    ) -> None:
        super().__init__(profile, retry, limiter, max_response_bytes, max_connections)
        self.transport = transport if transport is not None else http_transport(self.limits)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = self._call(request)
        request.read()  # a body that can be sent again
        attempt = 1
        while True:
            try:
                response = self._attempt(request, call)
            except httpx.TransportError as error:
                delay = self._delay_after_error(call, attempt, error)
                if delay is None:
                    raise
            else:
                delay = self._delay_after_response(call, attempt, response)
                if delay is None:
                    return response
                response.close()  # discarded; its body was read already, so nothing is left hanging
            self.retry.sleep(delay)
            attempt += 1

    def _attempt(self, request: httpx.Request, call: _Call) -> httpx.Response:
        limiter = self.limiter
        with limiter.slot(call.target.limiter_key, call.deadline.timeout()) as held:
            if not held:
                raise self._slot_timeout(call)
            while isinstance(send := limiter.take_budget(), float):
                limiter.sleep(self._budget_wait(request, call, send))
            response: httpx.Response | None = None
            try:
                while True:
                    if call.credentials is not None:
                        call.credentials.sync_prepare(request, self.handle_request)
                    if not self._connections.green_acquire(timeout=call.deadline.timeout()):
                        raise self._connection_timeout(call)
                    try:
                        # a credential that went stale while this request waited for a connection is prepared again
                        if call.credentials is None or call.credentials.attach(request):
                            response = self._send(request, call)
                            return response
                    finally:
                        self._connections.release()
            finally:
                limiter.settle(send, response)

    def _send(self, request: httpx.Request, call: _Call) -> httpx.Response:
        logger.debug("operation %s: sending %s", call.label, request.method)
        bound = CURRENT.set(call.deadline)
        try:
            response = self.transport.handle_request(request)
            stream = response.stream
            if not isinstance(stream, httpx.SyncByteStream):
                raise TypeError("a sync transport returned a response with an async stream")
            try:
                body = self._body(call, response)
                for chunk in stream:
                    body.add(chunk)
            finally:
                stream.close()
        finally:
            CURRENT.reset(bound)
        return self._received(call, response, body.value())

    def close(self) -> None:
        if self._owns_pools:
            self.transport.close()
            self.limiter.close()


class AsyncResilientTransport(_Resilience, httpx.AsyncBaseTransport):
    """Deadline, rate limits, credentials, bounded bodies and retries around an async transport; shares the
    limiter with the sync one.

    One client may serve several event loops (one `asyncio.run()` after another, or loops in several threads): a
    connection pool belongs to the loop that opened its connections, so the transport connect() builds keeps one
    pool per event loop (a weak mapping: a closed loop's pool goes with it). A transport given by the caller is
    used as it is."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        profile: ApiProfile,
        retry: RetryPolicy | None = None,
        limiter: RequestLimiter | None = None,
        max_response_bytes: int = defaults.MAX_RESPONSE_BYTES,
        max_connections: int = defaults.MAX_CONNECTIONS,
    ) -> None:
        super().__init__(profile, retry, limiter, max_response_bytes, max_connections)
        self._given = transport
        self._pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncBaseTransport]
        self._pools = weakref.WeakKeyDictionary()
        self._pools_lock = threading.Lock()
        self._outside_asyncio: httpx.AsyncBaseTransport | None = None  # under trio

    @property
    def transport(self) -> httpx.AsyncBaseTransport:
        """The transport that sends, for the running event loop."""
        if self._given is not None:
            return self._given
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio (trio), or no loop running
            loop = None
        pool = self._outside_asyncio if loop is None else self._pools.get(loop)
        if pool is None:
            with self._pools_lock:
                pool = async_http_transport(self.limits)
                if loop is None:
                    self._outside_asyncio = pool
                else:
                    pool = self._pools.setdefault(loop, pool)
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = self._call(request)
        await request.aread()  # a body that can be sent again
        attempt = 1
        while True:
            try:
                response = await self._attempt(request, call)
            except httpx.TransportError as error:
                delay = self._delay_after_error(call, attempt, error)
                if delay is None:
                    raise
            else:
                delay = self._delay_after_response(call, attempt, response)
                if delay is None:
                    return response
                await response.aclose()  # discarded; its body was read already, so nothing is left hanging
            await self.retry.async_sleep(delay)
            attempt += 1

    async def _attempt(self, request: httpx.Request, call: _Call) -> httpx.Response:
        limiter = self.limiter
        async with limiter.aslot(call.target.limiter_key, call.deadline.timeout()) as held:
            if not held:
                raise self._slot_timeout(call)
            while isinstance(send := await limiter.atake_budget(), float):
                await limiter.async_sleep(self._budget_wait(request, call, send))
            response: httpx.Response | None = None
            try:
                while True:
                    if call.credentials is not None:
                        await call.credentials.async_prepare(request, self.handle_async_request)
                    if not await self._connections.async_acquire(timeout=call.deadline.timeout()):
                        raise self._connection_timeout(call)
                    try:
                        # a credential that went stale while this request waited for a connection is prepared again
                        if call.credentials is None or call.credentials.attach(request):
                            response = await self._send(request, call)
                            return response
                    finally:
                        self._connections.release()
            finally:
                await limiter.asettle(send, response)

    async def _send(self, request: httpx.Request, call: _Call) -> httpx.Response:
        logger.debug("operation %s: sending %s", call.label, request.method)
        bound = CURRENT.set(call.deadline)
        try:
            response = await self.transport.handle_async_request(request)
            stream = response.stream
            if not isinstance(stream, httpx.AsyncByteStream):
                raise TypeError("an async transport returned a response with a sync stream")
            try:
                body = self._body(call, response)
                async for chunk in stream:
                    body.add(chunk)
            finally:
                await stream.aclose()
        finally:
            CURRENT.reset(bound)
        return self._received(call, response, body.value())

    async def aclose(self) -> None:
        if self._owns_pools:
            await self.transport.aclose()
            await self.limiter.aclose()
