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

- The token is cached in a `TokenStore` (one place that gets and stores it); its lifetime is the answer's
  `expires_in` (else `default_lifetime`), and it is renewed from `refresh_margin` seconds before it expires (at most
  half its lifetime before, so a short-lived token is not renewed on every request), measured on the injectable
  monotonic `clock` from when the exchange was sent. A request is never sent with a token due for renewal.
- One exchange per renewal under any concurrency: one `aiologic.Lock` serves threads and asyncio tasks at once,
  and the token is checked again once the lock is held (double-checked locking). Callers that waited while an
  exchange failed get that failure too, instead of each trying again (a revoked key costs one request, not 100).
- A 401 from the API: the token that was used is dropped (only if it is still the current one: another caller
  may have renewed it already), a new one is obtained once, the request is sent once more; a second 401 raises
  AuthenticationError. 401/403 from the token endpoint raise TokenExchangeError at once, never a loop; so does a
  redirect, a token with characters a header cannot carry, or an answer that is not JSON.
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

import aiologic
import httpx
from attrs import frozen

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

__all__ = ["Token", "TokenExchangeAuth", "TokenStore"]

logger = logging.getLogger("auth_plugins")

KEY_REJECTED = "API key rejected (revoked or invalid)"
_SENT_WITH: Final = "auth_plugins.token"  # request extension: the Token attached to the request as sent
_REJECTED: Final = "auth_plugins.rejected_token"  # request extension: the Token the API answered 401 to


@frozen(repr=False)
class Token:
    value: Secret  # the token, redacted from any text while it lives
    header: Secret  # the whole header value, "Bearer <token>"
    refresh_at: float  # on the auth's clock
    expires_at: float


class TokenStore:
    """Where the current token lives: this process's memory (another backend can share it between processes)."""

    def __init__(self) -> None:
        self._token: Token | None = None

    def get(self) -> Token | None:
        return self._token

    def put(self, token: Token) -> None:
        self._token = token

    def discard(self, token: Token) -> None:
        """Forget `token` if it is still the current one (another caller may have replaced it already)."""
        if self._token is token:
            self._token = None


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
        declared `security: []`, sent without a token."""
        self.spec = spec
        self._key = Secret(header_value(spec.key_setting, key, what="the API key to exchange"))
        self._operation_id = operation_id
        self._base_url = httpx.URL(base_url) if base_url is not None else None
        self._message_pointer = message_pointer
        self._clock = clock
        self._public = frozenset(public_operations) | ({operation_id} if operation_id else set())
        self._store = store if store is not None else TokenStore()
        self._lock = aiologic.Lock()
        self._exchanges = 0  # exchanges completed, successful or not
        self._failed: tuple[int, httpx.Response] | None = None  # (exchange number, answer) of a failed last one
        self.header_names = frozenset({spec.header.lower()})

    def __repr__(self) -> str:
        token = self._store.get()
        state = "none" if token is None else ("valid" if self._usable(None) else "due for renewal")
        return f"TokenExchangeAuth(path={self.spec.path!r}, token={state})"

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
        stale = request.extensions.get(_REJECTED)
        if self._usable(stale) is not None:
            return
        call_deadline = deadline.deadline_of(request)
        seen = self._exchanges
        if not self._lock.green_acquire(timeout=call_deadline.timeout()):
            raise call_deadline.exceeded(_operation(request), "waiting for another caller's token exchange")
        try:
            if self._after_wait(request, seen, stale) is None:
                sent_at = self._clock()
                with translate_transport_errors(_operation(request), doing="token exchange"):
                    answer = send(self._exchange_request(request))
                    answer.read()  # in memory already: the transport read it
                self._accept(request, answer, sent_at)
        finally:
            self._lock.green_release()

    async def async_prepare(self, request: httpx.Request, send: AsyncSend) -> None:
        stale = request.extensions.get(_REJECTED)
        if self._usable(stale) is not None:
            return
        call_deadline = deadline.deadline_of(request)
        seen = self._exchanges
        if not await self._lock.async_acquire(timeout=call_deadline.timeout()):
            raise call_deadline.exceeded(_operation(request), "waiting for another caller's token exchange")
        try:
            if self._after_wait(request, seen, stale) is None:
                sent_at = self._clock()
                with translate_transport_errors(_operation(request), doing="token exchange"):
                    answer = await send(self._exchange_request(request))
                    await answer.aread()  # in memory already: the transport read it
                self._accept(request, answer, sent_at)
        finally:
            self._lock.async_release()

    def attach(self, request: httpx.Request) -> bool:
        token = self._usable(request.extensions.get(_REJECTED))
        if token is None:
            return False
        request.headers[self.spec.header] = token.header.reveal()
        request.extensions[_SENT_WITH] = token
        return True

    # -- the steps the paths share; those called "under the lock" only run while self._lock is held --

    def _usable(self, stale: object) -> Token | None:
        """The cached token if it is neither `stale` (answered 401) nor due for renewal."""
        token = self._store.get()
        if token is None or token is stale or self._clock() >= token.refresh_at:
            return None
        return token

    def _after_wait(self, request: httpx.Request, seen: int, stale: object) -> Token | None:
        """Under the lock: drop `stale` if still current; then the token another caller obtained while this one
        waited, or the failure of the exchange it made, or None (this caller exchanges)."""
        if isinstance(stale, Token):
            self._store.discard(stale)
        token = self._usable(stale)
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

    def _accept(self, request: httpx.Request, answer: httpx.Response, sent_at: float) -> Token:
        """Under the lock: the token from the exchange's answer, stored; or raise TokenExchangeError."""
        self._exchanges += 1
        try:
            value, lifetime = self._parse(request, answer)
        except TokenExchangeError:
            self._failed = (self._exchanges, answer)
            raise
        expires_at = sent_at + lifetime
        header = f"{self.spec.prefix} {value}" if self.spec.prefix else value
        refresh_at = expires_at - min(self.spec.refresh_margin, lifetime / 2)
        token = Token(Secret(value), Secret(header), refresh_at, expires_at)
        self._store.put(token)
        self._failed = None
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
