"""Retries and rate limits as httpx transports, so every generated function gets them unchanged.

`ResilientTransport` / `AsyncResilientTransport` wrap the transport that really sends (httpx.HTTPTransport by
default, httpx.MockTransport in tests). For each request they find the operation (the `operation_id`
request extension the generated code sets, looked up in the profile) and then, per attempt:

1. take a slot in the `RequestLimiter` (in-flight cap per operation, per-minute budget per key);
2. send, and read the whole body before giving the slot back, so the in-flight count is exact;
3. on 429/502/503/504 or a connection error, wait and try again when the operation is safe to repeat.
   `httpx.ConnectError`, `ConnectTimeout` and `PoolTimeout` are retried for any method: nothing was sent.

Waits: the server's Retry-After (seconds or HTTP date), else on a 429 its X-RateLimit-Reset; else exponential
backoff `initial_delay * 2**(n-1)` capped at `max_delay`, less a random part of up to `jitter` of it. A server
asking for more than `max_delay` is not waited for: its response is returned at once, and the generated code
raises `RateLimitError` with `retry_after`. The last response is returned as is after `max_attempts`.

The retry loop is tenacity's (Retrying / AsyncRetrying, one per request so that concurrent requests share no
state); the decision "retry or not, and how long" is one method here, used by both the sync and async paths.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, Final

import anyio
import httpx
from attrs import field, frozen
from attrs.validators import ge, le
from tenacity import AsyncRetrying, RetryCallState, Retrying, stop_after_attempt

from . import defaults
from .errors import server_retry_delay
from .limits import RequestLimiter
from .profile import IDEMPOTENT_METHODS, ApiProfile

__all__ = ["AsyncResilientTransport", "ResilientTransport", "RetryPolicy"]

logger = logging.getLogger("auth_plugins")

# Raised before any byte of the request reached the server: safe to retry whatever the method.
NOTHING_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Transport errors worth another attempt on an operation that is safe to repeat.
RETRYABLE_ERRORS: Final = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


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


class _Decision:
    """One request's retry decisions, fed to tenacity (`retry`, `wait`, `before_sleep`, give-up callback)."""

    def __init__(self, policy: RetryPolicy, target: _Target) -> None:
        self.policy = policy
        self.target = target
        self.delay = 0.0

    def tenacity_options(self) -> dict[str, Any]:
        """What Retrying and AsyncRetrying share; only their `sleep` differs."""
        return {
            "stop": stop_after_attempt(self.policy.max_attempts),
            "retry": self.should_retry,
            "wait": self.wait,
            "before_sleep": self.before_sleep,
            "retry_error_callback": self.give_up,
        }

    def should_retry(self, state: RetryCallState) -> bool:
        delay = self._delay(state)
        self.delay = 0.0 if delay is None else delay
        return delay is not None

    def wait(self, state: RetryCallState) -> float:
        return self.delay

    def before_sleep(self, state: RetryCallState) -> None:
        outcome = _outcome(state)
        if not outcome.failed:
            outcome.result().close()  # discarded; its body was read already, so nothing is left hanging
        logger.info(
            "operation %s: attempt %d/%d %s; retrying in %.2fs",
            self.target.label,
            state.attempt_number,
            self.policy.max_attempts,
            _describe(state),
            self.delay,
        )

    def give_up(self, state: RetryCallState) -> Any:
        logger.info(
            "operation %s: attempt %d/%d %s; no attempts left",
            self.target.label,
            state.attempt_number,
            self.policy.max_attempts,
            _describe(state),
        )
        return _outcome(state).result()  # the last response, or raises the last transport error

    def _delay(self, state: RetryCallState) -> float | None:
        """Seconds to wait before the next attempt, or None to stop here."""
        outcome = _outcome(state)
        if outcome.failed:
            error = outcome.exception()
            if isinstance(error, NOTHING_SENT) or (self.target.safe_to_retry and isinstance(error, RETRYABLE_ERRORS)):
                return self.policy.backoff(state.attempt_number)
            return None
        response: httpx.Response = outcome.result()
        if response.status_code not in self.policy.retry_statuses or not self.target.safe_to_retry:
            return None
        asked = server_retry_delay(response.headers, response.status_code, now=self.policy.now())
        if asked is None:
            return self.policy.backoff(state.attempt_number)
        if asked > self.policy.max_delay:
            logger.info(
                "operation %s: HTTP %d asks to wait %.1fs, more than max_delay %.1fs: not retrying",
                self.target.label,
                response.status_code,
                asked,
                self.policy.max_delay,
            )
            return None
        return asked


def _outcome(state: RetryCallState) -> Any:
    assert state.outcome is not None  # tenacity sets it before calling retry/wait/before_sleep/give-up
    return state.outcome


def _describe(state: RetryCallState) -> str:
    outcome = _outcome(state)
    if outcome.failed:
        return f"failed with {type(outcome.exception()).__name__}"
    return f"got HTTP {outcome.result().status_code}"


def _read_raw(response: httpx.Response) -> bytes:
    """The body as sent (still content-encoded). The stream itself is read, not `iter_raw()`: a response a
    MockTransport handler built with `content=` counts as read already, though its stream holds the bytes."""
    stream = response.stream
    if not isinstance(stream, httpx.SyncByteStream):
        raise TypeError("a sync transport returned a response with an async stream")
    return b"".join(stream)


async def _aread_raw(response: httpx.Response) -> bytes:
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        raise TypeError("an async transport returned a response with a sync stream")
    return b"".join([chunk async for chunk in stream])


def _detached(response: httpx.Response, raw: bytes) -> httpx.Response:
    """A response over the raw (still encoded) body already read, free of the connection it came on."""
    extensions = {key: value for key, value in response.extensions.items() if key != "network_stream"}
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=extensions,
    )


class _Resilience:
    def __init__(self, profile: ApiProfile, retry: RetryPolicy | None, limiter: RequestLimiter | None) -> None:
        self.profile = profile
        self.retry = retry if retry is not None else RetryPolicy()
        self.limiter = limiter if limiter is not None else RequestLimiter(profile.rate_limits, key=profile.name)

    def target(self, request: httpx.Request) -> _Target:
        operation_id = request.extensions.get("operation_id")
        operation = self.profile.operations.get(operation_id) if isinstance(operation_id, str) else None
        if operation is not None:
            return _Target(operation.operation_id, operation.operation_id, operation.safe_to_retry)
        fallback = f"{request.method} {request.url.path}"
        label = operation_id if isinstance(operation_id, str) else fallback
        return _Target(label, fallback, request.method in IDEMPOTENT_METHODS)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(profile={self.profile.name!r}, retry={self.retry!r})"


class ResilientTransport(_Resilience, httpx.BaseTransport):
    """Rate limits and retries around a sync transport."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        profile: ApiProfile,
        retry: RetryPolicy | None = None,
        limiter: RequestLimiter | None = None,
    ) -> None:
        super().__init__(profile, retry, limiter)
        self.transport = transport if transport is not None else httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        target = self.target(request)
        request.read()  # a body that can be sent again
        retrying = Retrying(sleep=self.retry.sleep, **_Decision(self.retry, target).tenacity_options())
        response: httpx.Response = retrying(self._attempt, request, target)
        return response

    def _attempt(self, request: httpx.Request, target: _Target) -> httpx.Response:
        with self.limiter.slot(target.limiter_key):
            logger.debug("operation %s: sending %s", target.label, request.method)
            response = self.transport.handle_request(request)
            try:
                raw = _read_raw(response)
            finally:
                response.close()
        logger.debug("operation %s: HTTP %d", target.label, response.status_code)
        return _detached(response, raw)

    def close(self) -> None:
        self.transport.close()


class AsyncResilientTransport(_Resilience, httpx.AsyncBaseTransport):
    """Rate limits and retries around an async transport; shares the limiter with the sync one."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        profile: ApiProfile,
        retry: RetryPolicy | None = None,
        limiter: RequestLimiter | None = None,
    ) -> None:
        super().__init__(profile, retry, limiter)
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        target = self.target(request)
        await request.aread()  # a body that can be sent again
        retrying = AsyncRetrying(sleep=self.retry.async_sleep, **_Decision(self.retry, target).tenacity_options())
        response: httpx.Response = await retrying(self._attempt, request, target)
        return response

    async def _attempt(self, request: httpx.Request, target: _Target) -> httpx.Response:
        async with self.limiter.aslot(target.limiter_key):
            logger.debug("operation %s: sending %s", target.label, request.method)
            response = await self.transport.handle_async_request(request)
            try:
                raw = await _aread_raw(response)
            finally:
                await response.aclose()
        logger.debug("operation %s: HTTP %d", target.label, response.status_code)
        return _detached(response, raw)

    async def aclose(self) -> None:
        await self.transport.aclose()
