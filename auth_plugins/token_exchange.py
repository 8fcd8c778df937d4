"""`x-auth-plugin: token-exchange`: a long-lived API key exchanged for short-lived bearer tokens (Cyberhaven).

Where the token is attached, and why there: httpx runs an auth flow before the transport, but the waits of a
request (an in-flight slot, the per-minute budget, a connection) happen in the transport, and a token attached
before them can expire while the request is queued behind 200 others. So this auth is two things (credentials.py):
- its httpx auth flow (`auth_flow`, one for sync and async: it does no I/O) stamps the call's deadline, marks the
  request with these credentials, and handles a 401;
- the transport calls `sync_prepare` / `async_prepare` once the request holds its slot and budget, which exchanges
  the key when the cached token is due (sending the exchange through the transport itself: same limits, retries,
  deadline and body cap, and never a redirect), then `attach` once it holds a connection, which writes the token
  current at that moment. So every request leaves with a token that was fresh after its last wait.

- The token lives in the key's `TokenStore` (shared_state): this process's memory by default, or Redis/Valkey
  shared by every worker on the key (`connect(shared_state=...)`). Its lifetime is the answer's `expires_in`
  (else `default_lifetime`); the store keeps it until `refresh_margin` seconds before it expires (at most half its
  lifetime before, so a short-lived token is not renewed on every request), counted from when the exchange was
  sent (on the injectable monotonic `clock`). A request is never sent with a token due for renewal.
- One exchange per renewal under any concurrency: the store's exchange lock serves threads and asyncio tasks at
  once (and processes, on Redis), waited for within the call's deadline, and the token is checked again once the
  lock is held (double-checked locking). Callers of this process that waited while an exchange failed get that
  failure too, instead of each trying again (a revoked key costs one request, not 100).
- A 401 from the API: the token that was used is dropped from the store (compare-and-delete: only if it is still
  the current one, so many callers, or workers, rejected at once drop it once), a new one is obtained once, the
  request is sent once more; a second 401 raises AuthenticationError. 401/403 from the token endpoint raise
  TokenExchangeError at once, never a loop; so does a redirect, a token with characters a header cannot carry, or
  an answer that is not JSON.
- Operations the spec declares `security: []` (the exchange itself, called directly) get no token and cause no
  exchange.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable, Collection, Generator
from typing import Final

import httpx

# submodules, not the package: shared_state imports auth_plugins' errors and defaults in turn
from shared_state.in_process import LocalTokenStore
from shared_state.interfaces import Token, TokenStore

from . import credentials, deadline
from .credentials import AsyncSend, SyncSend
from .errors import (
    AuthenticationError,
    ConfigurationError,
    TokenExchangeError,
    scrubbed,
    status_error,
    translate_transport_errors,
)
from .profile import TokenExchangeAuthSpec
from .secrets import Secret
from .token_header import header_value, is_header_safe

__all__ = ["TokenExchangeAuth"]

logger = logging.getLogger("auth_plugins")

KEY_REJECTED = "API key rejected (revoked or invalid)"
_SENT_WITH: Final = "auth_plugins.token"  # request extension: the Token attached to the request as sent
_REJECTED: Final = "auth_plugins.rejected_token"  # request extension: the Token the API answered 401 to


class TokenExchangeAuth(httpx.Auth):
    """Bearer tokens obtained from a key at `spec.path`, cached, renewed ahead of expiry, one exchange at a time."""

    requires_request_body = True  # the body may be sent twice

    def __init__(
        self,
        spec: TokenExchangeAuthSpec,
        key: Secret,
        *,
        operation_id: str | None = None,
        base_url: str | httpx.URL | None = None,
        message_pointer: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        public_operations: Collection[str] = (),
        store: TokenStore | None = None,
    ) -> None:
        """`operation_id`: the id of the operation at `spec.path`, set on the exchange request (the transport
        looks its limits and retry safety up by it). `base_url`: the API root the path is relative to; by
        default the scheme and host of the request being authorized. `message_pointer`: where the server's
        message is in an error body (ApiProfile.error_message_pointer). `public_operations`: operation ids
        declared `security: []`, sent without a token. `store`: the key's TokenStore (by default one of this
        auth's own, on `clock`; a shared one keeps its own clock)."""
        self.spec = spec
        self._key = Secret(header_value(spec.key_setting, key, what="the API key to exchange"))
        self._operation_id = operation_id
        self._base_url = httpx.URL(base_url) if base_url is not None else None
        self._message_pointer = message_pointer
        self._clock = clock
        self._public = frozenset(public_operations) | ({operation_id} if operation_id else set())
        self._store = store if store is not None else LocalTokenStore(clock=clock)
        self._exchanges = 0  # exchanges completed, successful or not
        self._failed: tuple[int, httpx.Response] | None = None  # (exchange number, answer) of a failed last one
        self.header_names = frozenset({spec.header.lower()})

    def __repr__(self) -> str:
        return f"TokenExchangeAuth(path={self.spec.path!r}, store={self._store!r})"

    @property
    def exchanges(self) -> int:
        """How many exchanges this auth completed (successful or not)."""
        return self._exchanges

    # -- the httpx auth flow: no I/O, so one flow serves the sync and async clients --

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        deadline.stamp(request)
        if request.extensions.get("operation_id") in self._public:
            yield request
            return
        credentials.mark(request, self)
        response = yield request
        if response.status_code != 401:
            return
        used = response.request.extensions.get(_SENT_WITH)
        if not isinstance(used, Token):
            raise ConfigurationError(
                "TokenExchangeAuth attaches its token in auth_plugins' ResilientTransport / AsyncResilientTransport "
                "(connect() pairs them); this request went through another transport and was sent without a token"
            )
        request.extensions[_REJECTED] = used
        response = yield request
        if response.status_code == 401:
            raise self._rejected(request, response)

    # -- called by the transport (credentials.Credentials) --

    def sync_prepare(self, request: httpx.Request, send: SyncSend) -> None:
        stale = _rejected_token(request)
        if _usable(self._store.get(), stale) is not None:
            return
        if stale is not None:
            self._store.invalidate(stale)  # only if still current: many callers rejected at once drop it once
        call_deadline = deadline.deadline_of(request)
        seen = self._exchanges
        with self._store.exchange_lock(call_deadline.timeout()) as held:
            if not held:
                raise call_deadline.exceeded(_operation(request), "waiting for another caller's token exchange")
            if self._after_wait(request, seen, self._store.get(), stale) is None:
                sent_at = self._clock()
                with translate_transport_errors(_operation(request), doing="token exchange"):
                    answer = send(self._exchange_request(request))
                    answer.read()  # in memory already: the transport read it
                value, renew_in = self._accept(request, answer, sent_at)
                self._store.put(value, renew_in=renew_in)

    async def async_prepare(self, request: httpx.Request, send: AsyncSend) -> None:
        stale = _rejected_token(request)
        if _usable(await self._store.aget(), stale) is not None:
            return
        if stale is not None:
            await self._store.ainvalidate(stale)
        call_deadline = deadline.deadline_of(request)
        seen = self._exchanges
        async with self._store.aexchange_lock(call_deadline.timeout()) as held:
            if not held:
                raise call_deadline.exceeded(_operation(request), "waiting for another caller's token exchange")
            if self._after_wait(request, seen, await self._store.aget(), stale) is None:
                sent_at = self._clock()
                with translate_transport_errors(_operation(request), doing="token exchange"):
                    answer = await send(self._exchange_request(request))
                    await answer.aread()  # in memory already: the transport read it
                value, renew_in = self._accept(request, answer, sent_at)
                await self._store.aput(value, renew_in=renew_in)

    def attach(self, request: httpx.Request) -> bool:
        token = _usable(self._store.cached(), _rejected_token(request))
        if token is None:
            return False
        value = token.value.reveal()
        request.headers[self.spec.header] = f"{self.spec.prefix} {value}" if self.spec.prefix else value
        request.extensions[_SENT_WITH] = token
        return True

    # -- the steps the paths share; those called "under the lock" only run while the exchange lock is held --

    def _after_wait(
        self, request: httpx.Request, seen: int, current: Token | None, stale: Token | None
    ) -> Token | None:
        """Under the lock: the token another caller obtained while this one waited (`current`, if it is not
        `stale`), or the failure of the exchange such a caller made, or None (this caller exchanges)."""
        token = _usable(current, stale)
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
        for name in ("timeout", deadline.DEADLINE):  # the same per-phase timeouts, within the same deadline
            if name in request.extensions:
                extensions[name] = request.extensions[name]
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        if "user-agent" in request.headers:
            headers["User-Agent"] = request.headers["user-agent"]
        body = json.dumps({self.spec.request_field: self._key.reveal()}).encode()
        logger.debug("operation %s: exchanging the API key for a token", _operation(request))
        return httpx.Request("POST", url, headers=headers, content=body, extensions=extensions)

    def _accept(self, request: httpx.Request, answer: httpx.Response, sent_at: float) -> tuple[str, float]:
        """Under the lock: the token in the exchange's answer, and how long to keep it (until `refresh_margin`
        before it expires, at most half its lifetime before, counted from `sent_at`); or raise TokenExchangeError."""
        self._exchanges += 1
        try:
            value, lifetime = self._parse(request, answer)
        except TokenExchangeError:
            self._failed = (self._exchanges, answer)
            raise
        self._failed = None
        logger.debug("operation %s: new token valid for %.0fs", _operation(request), lifetime)
        renew_at = sent_at + lifetime - min(self.spec.refresh_margin, lifetime / 2)
        return value, renew_at - self._clock()

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
            elif answer.is_redirect:
                cause = "the token endpoint redirected (a token exchange never follows a redirect)"
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
        except RecursionError as exc:
            raise TokenExchangeError(
                f"{prefix} is JSON nested too deep", response=answer, operation=operation
            ) from scrubbed(exc)
        except ValueError as exc:
            raise TokenExchangeError(f"{prefix} is not JSON", response=answer, operation=operation) from scrubbed(exc)
        value = document.get(self.spec.response_field) if isinstance(document, dict) else None
        # The answer is never quoted: it may hold a token under another name.
        if not isinstance(value, str) or not value.strip():
            raise TokenExchangeError(
                f"{prefix} has no {self.spec.response_field!r} string", response=answer, operation=operation
            )
        if not is_header_safe(value.strip()):
            raise TokenExchangeError(
                f"{prefix} has a {self.spec.response_field!r} with characters a header cannot carry "
                "(control characters or non-ASCII); it was not used",
                response=answer,
                operation=operation,
            )
        return value.strip(), _seconds(document.get(self.spec.expires_in_field)) or self.spec.default_lifetime

    def _exchange_failure(self, request: httpx.Request, answer: httpx.Response) -> TokenExchangeError:
        """For a caller that waited on a failed exchange: that failure, with this caller's operation."""
        try:
            self._parse(request, answer)
        except TokenExchangeError as error:
            return error
        raise AssertionError("a failed exchange's answer parsed as a token")  # pragma: no cover

    def _rejected(self, request: httpx.Request, response: httpx.Response) -> AuthenticationError:
        return status_error(
            response,
            operation=_operation(request),
            message_pointer=self._message_pointer,
            error_type=AuthenticationError,
            cause="token rejected again after a fresh exchange",
        )


def _rejected_token(request: httpx.Request) -> Token | None:
    """The token the API answered 401 to, when this request is being sent again after one."""
    stale = request.extensions.get(_REJECTED)
    return stale if isinstance(stale, Token) else None


def _usable(token: Token | None, stale: Token | None) -> Token | None:
    """`token` (the store's current one: not due for renewal) unless it is the one the API rejected."""
    if token is None or (stale is not None and token.value == stale.value):
        return None
    return token


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
