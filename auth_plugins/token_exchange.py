"""`x-auth-plugin: token-exchange`: a long-lived API key exchanged for short-lived bearer tokens (Cyberhaven).

Modelled on httpx's own auth flows (`httpx/_auth.py`): `sync_auth_flow` and `async_auth_flow` are generators
that yield requests and get responses back, so the token request is sent by the same client, through the same
transport, retries and rate limits as every other request. The two flows are one loop written twice (an async
generator cannot `yield from`); everything else is shared.

- The token is cached; its lifetime is the answer's `expires_in` (else `default_lifetime`), and it is renewed
  from `refresh_margin` seconds before it expires (at most half its lifetime before, so a short-lived token is
  not renewed on every request), measured on the injectable monotonic `clock` from when the exchange was sent.
- One exchange per renewal under any concurrency: one `aiologic.Lock` serves threads and asyncio tasks at once,
  and the token is checked again once the lock is held (double-checked locking). Callers that waited while an
  exchange failed get that failure too, instead of each trying again (a revoked key costs one request, not 100).
- A 401 from the API: the token that was used is dropped (only if it is still the current one: another caller
  may have renewed it already), a new one is obtained once, the request is sent once more; a second 401 raises
  AuthenticationError. 401/403 from the token endpoint raise TokenExchangeError at once, never a loop.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import AsyncGenerator, Callable, Generator

import aiologic
import httpx
from attrs import frozen

from .errors import AuthenticationError, TokenExchangeError, status_error
from .profile import TokenExchangeAuthSpec
from .secrets import Secret
from .token_header import header_value

__all__ = ["TokenExchangeAuth"]

logger = logging.getLogger("auth_plugins")

KEY_REJECTED = "API key rejected (revoked or invalid)"


@frozen(repr=False)
class _Token:
    value: Secret
    refresh_at: float  # on the auth's clock
    expires_at: float


class TokenExchangeAuth(httpx.Auth):
    """Bearer tokens obtained from a key at `spec.path`, cached, renewed ahead of expiry, one exchange at a time."""

    def __init__(
        self,
        spec: TokenExchangeAuthSpec,
        key: Secret,
        *,
        operation_id: str | None = None,
        base_url: str | httpx.URL | None = None,
        message_pointer: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`operation_id`: the id of the operation at `spec.path`, set on the exchange request (the transport
        looks its limits and retry safety up by it). `base_url`: the API root the path is relative to; by
        default the scheme and host of the request being authorized. `message_pointer`: where the server's
        message is in an error body (ApiProfile.error_message_pointer)."""
        self.spec = spec
        self._key = Secret(header_value(spec.key_setting, key, what="the API key to exchange"))
        self._operation_id = operation_id
        self._base_url = httpx.URL(base_url) if base_url is not None else None
        self._message_pointer = message_pointer
        self._clock = clock
        self._lock = aiologic.Lock()
        self._token: _Token | None = None
        self._exchanges = 0  # exchanges completed, successful or not
        self._failed: tuple[int, httpx.Response] | None = None  # (exchange number, answer) of a failed last one

    def __repr__(self) -> str:
        state = "none" if self._token is None else ("valid" if self._current() else "due for renewal")
        return f"TokenExchangeAuth(path={self.spec.path!r}, token={state})"

    @property
    def exchanges(self) -> int:
        """How many exchanges this auth completed (successful or not)."""
        return self._exchanges

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # the body may be sent twice
        token = self._current()
        stale: _Token | None = None
        for _ in range(2):
            if token is None:
                seen = self._exchanges
                with self._lock:
                    token = self._after_wait(request, seen, stale)
                    if token is None:
                        sent_at = self._clock()
                        answer = yield self._exchange_request(request)
                        answer.read()
                        token = self._accept(request, answer, sent_at)
            response = yield self._authorize(request, token)
            if response.status_code != 401:
                return
            response.read()
            stale, token = token, None
        raise self._rejected(request, response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()  # the body may be sent twice
        token = self._current()
        stale: _Token | None = None
        for _ in range(2):
            if token is None:
                seen = self._exchanges
                async with self._lock:
                    token = self._after_wait(request, seen, stale)
                    if token is None:
                        sent_at = self._clock()
                        answer = yield self._exchange_request(request)
                        await answer.aread()
                        token = self._accept(request, answer, sent_at)
            response = yield self._authorize(request, token)
            if response.status_code != 401:
                return
            await response.aread()
            stale, token = token, None
        raise self._rejected(request, response)

    # -- the steps both flows share; those called "under the lock" only run while self._lock is held --

    def _current(self) -> _Token | None:
        """The cached token if it is not due for renewal."""
        token = self._token
        return token if token is not None and self._clock() < token.refresh_at else None

    def _after_wait(self, request: httpx.Request, seen: int, stale: _Token | None) -> _Token | None:
        """Under the lock: drop `stale` if still current; then the token another caller obtained while this one
        waited, or the failure of the exchange it made, or None (this caller exchanges)."""
        if stale is not None and self._token is stale:
            self._token = None
        token = self._current()
        if token is not None:
            return token
        if self._failed is not None and self._failed[0] > seen:
            raise self._exchange_failure(request, self._failed[1])
        return None

    def _exchange_request(self, request: httpx.Request) -> httpx.Request:
        if self._base_url is not None:
            url = self._base_url.copy_with(path=self._base_url.path.rstrip("/") + self.spec.path, query=None)
        else:
            url = request.url.copy_with(path=self.spec.path, query=None, fragment=None)
        extensions = {} if self._operation_id is None else {"operation_id": self._operation_id}
        if "timeout" in request.extensions:
            extensions["timeout"] = request.extensions["timeout"]
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if "user-agent" in request.headers:
            headers["User-Agent"] = request.headers["user-agent"]
        body = json.dumps({self.spec.request_field: self._key.reveal()}).encode()
        logger.debug("operation %s: exchanging the API key for a token", _operation(request))
        return httpx.Request("POST", url, headers=headers, content=body, extensions=extensions)

    def _accept(self, request: httpx.Request, answer: httpx.Response, sent_at: float) -> _Token:
        """Under the lock: the token from the exchange's answer, cached; or raise TokenExchangeError."""
        self._exchanges += 1
        try:
            value, lifetime = self._parse(request, answer)
        except TokenExchangeError:
            self._failed = (self._exchanges, answer)
            raise
        expires_at = sent_at + lifetime
        token = _Token(Secret(value), expires_at - min(self.spec.refresh_margin, lifetime / 2), expires_at)
        self._token, self._failed = token, None
        logger.debug("operation %s: new token valid for %.0fs", _operation(request), lifetime)
        return token

    def _parse(self, request: httpx.Request, answer: httpx.Response) -> tuple[str, float]:
        """The token and its lifetime in seconds from the exchange's answer; else raise TokenExchangeError."""
        operation = _operation(request)
        if not answer.is_success:
            if answer.status_code in (401, 403):
                cause = KEY_REJECTED
            elif answer.status_code == 429:
                cause = "the token endpoint's rate limit was reached"
            elif answer.status_code >= 500:
                cause = "the token endpoint failed"
            else:
                cause = "the token endpoint refused the request"
            raise status_error(
                answer,
                operation=operation,
                message_pointer=self._message_pointer,
                error_type=TokenExchangeError,
                cause=f"token exchange failed: {cause}",
            )
        prefix = f"{operation}: token exchange failed: the token endpoint's HTTP {answer.status_code} answer"
        try:
            document = answer.json()
        except ValueError as exc:
            raise TokenExchangeError(f"{prefix} is not JSON", response=answer, operation=operation) from exc
        value = document.get(self.spec.response_field) if isinstance(document, dict) else None
        if not isinstance(value, str) or not value.strip():
            # The answer is not quoted: it may hold a token under another name.
            raise TokenExchangeError(
                f"{prefix} has no {self.spec.response_field!r} string", response=answer, operation=operation
            )
        return value, _seconds(document.get(self.spec.expires_in_field)) or self.spec.default_lifetime

    def _exchange_failure(self, request: httpx.Request, answer: httpx.Response) -> TokenExchangeError:
        """For a caller that waited on a failed exchange: that failure, with this caller's operation."""
        try:
            self._parse(request, answer)
        except TokenExchangeError as error:
            return error
        raise AssertionError("a failed exchange's answer parsed as a token")  # pragma: no cover

    def _authorize(self, request: httpx.Request, token: _Token) -> httpx.Request:
        value = token.value.reveal()
        request.headers[self.spec.header] = f"{self.spec.prefix} {value}" if self.spec.prefix else value
        return request

    def _rejected(self, request: httpx.Request, response: httpx.Response) -> AuthenticationError:
        return status_error(
            response,
            operation=_operation(request),
            message_pointer=self._message_pointer,
            error_type=AuthenticationError,
            cause="token rejected again after a fresh exchange",
        )


def _operation(request: httpx.Request) -> str:
    operation_id = request.extensions.get("operation_id")
    return operation_id if isinstance(operation_id, str) else f"{request.method} {request.url.path}"


def _seconds(value: object) -> float | None:
    """A positive, finite number of seconds from a JSON number or numeric string; None otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) and seconds > 0 else None
