"""One error hierarchy for every generated client (after Stainless SDKs' `APIError` tree).

    APIError                      .operation
    ├── APIConnectionError        the request did not get an HTTP answer
    │   └── APITimeoutError
    ├── APIStatusError            .status_code .server_message .retry_after .response
    │   ├── BadRequestError 400, AuthenticationError 401 (└── TokenExchangeError),
    │   ├── PermissionDeniedError 403, NotFoundError 404, ConflictError 409,
    │   ├── UnprocessableEntityError 422, RateLimitError 429, InternalServerError >= 500
    │   └── UnexpectedStatusError any other status the operation does not document
    ├── MalformedResponseError    a documented status whose body does not parse or fit the model
    ├── ResponseTooLargeError     .limit .status_code: a body over `max_response_bytes` (as received or decoded)
    ├── ClientClosedError         (also a RuntimeError) a call on a client after close()
    ├── ErrorsInBodyError         a 2xx body that carries errors (x-errors-in-body) instead of its payload
    ├── ModelMismatchError        (also a ValueError) from_dict(..., strict=True) on data that does not fit
    ├── ConfigurationError        (also a ValueError) a missing or invalid setting
    └── InvalidArgumentError      (also a ValueError) .field: a resource method's argument does not fit the spec

Secrets stay out of every channel an error reaches:
- every message passes through `secrets.redact()`, at construction and again in `str`/`repr`;
- an error raised from another exception (`from scrubbed(exc)`) has the text of that exception and of every one
  chained to it (cause and context) redacted in place, so tracebacks show no secret either;
- a pickle (multiprocessing, a ProcessPoolExecutor) holds the class, the redacted message and the plain
  attributes, never the response (its request carries the credentials) nor the chain; it unpickles in any process.
  An unpickled status error's `.response` is a stand-in that has only the status code.

Messages read at most `ERROR_BODY_PREFIX_BYTES` of a body, whatever its size.
"""

from __future__ import annotations

import functools
import json
import math
import re
import time
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from email.utils import parsedate_to_datetime
from typing import Any, Final, TypeVar, overload

import httpx

from .defaults import ERROR_BODY_PREFIX_BYTES, ERROR_SNIPPET_CHARS
from .secrets import redact

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ErrorsInBodyError",
    "InternalServerError",
    "InvalidArgumentError",
    "MalformedResponseError",
    "ModelMismatchError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "TokenExchangeError",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "error_class",
    "malformed",
    "raise_for_status",
    "local_rate_limit_error",
    "pointer_key",
    "pointer_keys",
    "resolve_pointer",
    "scrubbed",
    "rate_limit_reset",
    "server_retry_delay",
    "server_time",
    "status_error",
    "translate_transport_errors",
    "transport_error",
]

# Where a server's message usually is when the spec declares no `x-error-body` (or it does not match).
_COMMON_MESSAGE_POINTERS: Final = ("/message", "/error/message", "/errors/0/message", "/detail", "/error")
# X-RateLimit-Reset below this is read as "seconds from now" rather than epoch seconds (1e9 s = 2001-09-09).
_EPOCH_THRESHOLD: Final = 1e9


class APIError(Exception):
    """Base of every error a generated client raises. `operation` is the spec's operationId."""

    operation: str | None

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        super().__init__(redact(message))
        self.operation = operation

    @property
    def message(self) -> str:
        return str(self)

    def __str__(self) -> str:
        return redact(super().__str__())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return _unpickle, (type(self), str(self), self._plain_state())

    def _plain_state(self) -> dict[str, Any]:
        """The attributes a pickle keeps: plain values with nothing secret (messages are redacted already)."""
        return {"operation": self.operation}


def _unpickle(cls: type[APIError], message: str, state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    if isinstance(error, APIStatusError | MalformedResponseError):
        error.response = httpx.Response(error.status_code)  # a stand-in: the real one stayed behind
    return error


class APIConnectionError(APIError):
    """No HTTP answer: DNS, refused connection, reset, TLS, protocol error."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class ConfigurationError(APIError, ValueError):
    """A setting is missing, empty or invalid; the message names the environment variable(s)."""


class InvalidArgumentError(APIError, ValueError):
    """An argument of a resource method does not fit the spec; nothing was sent. `field` is the path of the
    bad value from the argument's name, e.g. `filter.policy_severities[0]`."""

    field: str

    def __init__(self, message: str, *, field: str, operation: str | None = None) -> None:
        super().__init__(message, operation=operation)
        self.field = field

    def _plain_state(self) -> dict[str, Any]:
        return {**super()._plain_state(), "field": self.field}


class ClientClosedError(APIError, RuntimeError):
    """A call on a client that was closed (close(), aclose() or the end of its `with` block): build a new one."""


class ResponseTooLargeError(APIError):
    """The response body, as received or once decompressed, is larger than `max_response_bytes` (`.limit`)."""

    limit: int
    status_code: int

    def __init__(self, message: str, *, limit: int, status_code: int, operation: str | None = None) -> None:
        super().__init__(message, operation=operation)
        self.limit = limit
        self.status_code = status_code

    def _plain_state(self) -> dict[str, Any]:
        return {**super()._plain_state(), "limit": self.limit, "status_code": self.status_code}


class APIStatusError(APIError):
    """The server answered with a status the operation does not document as a success."""

    status_code: int
    server_message: str | None
    retry_after: float | None
    response: httpx.Response

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        operation: str | None = None,
        server_message: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.response = response
        self.status_code = response.status_code
        self.server_message = None if server_message is None else redact(server_message)
        self.retry_after = retry_after

    def _plain_state(self) -> dict[str, Any]:
        return {
            **super()._plain_state(),
            "status_code": self.status_code,
            "server_message": self.server_message,
            "retry_after": self.retry_after,
        }


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the key or token is invalid or expired (after one fresh token, for token exchange)."""


class TokenExchangeError(AuthenticationError):
    """The token endpoint did not give a usable token; the message names the cause."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429 after the retries allowed (or the server asked to wait longer than RetryPolicy.max_delay, or longer than
    the call's deadline), or the client's own per-minute budget was spent for longer than the call's deadline
    (`.response` is then a stand-in 429 the client made: `response.extensions["auth_plugins.local"]` is True)."""


class InternalServerError(APIStatusError):
    """>= 500 after the retries allowed."""


class UnexpectedStatusError(APIStatusError):
    """Any other status the operation does not document, an undocumented 2xx included."""


class MalformedResponseError(APIError):
    """A body that is not JSON, an HTML page, truncated, or does not fit the model."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, operation: str | None = None) -> None:
        super().__init__(message, operation=operation)
        self.response = response
        self.status_code = response.status_code

    def _plain_state(self) -> dict[str, Any]:
        return {**super()._plain_state(), "status_code": self.status_code}


class ErrorsInBodyError(APIError):
    """A 2xx response whose body reports failures (`x-errors-in-body`) and lacks the documented payload.

    `errors` holds the failed entries as (code, message) pairs, in the order the server sent them."""

    response: httpx.Response
    status_code: int
    errors: tuple[tuple[object, str], ...]

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        errors: tuple[tuple[object, str], ...],
        operation: str | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.response = response
        self.status_code = response.status_code
        self.errors = tuple((code, redact(text)) for code, text in errors)


class ModelMismatchError(APIError, ValueError):
    """JSON that does not fit a model, from `Model.from_dict(data, strict=True)`.

    `pointer` is the RFC 6901 JSON pointer of the first value that does not fit, `expected` what the
    spec declares there, `got` a short description of what was found. Where a union (oneOf/anyOf) fits
    no variant, `closest` names the variant that came closest and `cause` is its own first mismatch."""

    pointer: str
    expected: str
    got: str
    closest: str | None
    cause: ModelMismatchError | None

    def __init__(
        self,
        message: str,
        *,
        pointer: str,
        expected: str,
        got: str,
        closest: str | None = None,
        cause: ModelMismatchError | None = None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.pointer = pointer
        self.expected = expected
        self.got = redact(got)
        self.closest = closest
        self.cause = cause


_BY_STATUS: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return InternalServerError
    return UnexpectedStatusError


def raise_for_status(
    response: httpx.Response,
    *,
    operation: str,
    expected: Collection[int],
    message_pointer: str | None = None,
) -> None:
    """Return if the status is one of `expected`; else raise the typed `APIStatusError`."""
    if response.status_code in expected:
        return
    raise status_error(response, operation=operation, message_pointer=message_pointer)


_E = TypeVar("_E", bound="APIStatusError")
_X = TypeVar("_X", bound=BaseException)


@overload
def status_error(
    response: httpx.Response,
    *,
    operation: str,
    message_pointer: str | None = None,
    error_type: type[_E],
    cause: str | None = None,
    now: float | None = None,
) -> _E: ...
@overload
def status_error(
    response: httpx.Response,
    *,
    operation: str,
    message_pointer: str | None = None,
    error_type: None = None,
    cause: str | None = None,
    now: float | None = None,
) -> APIStatusError: ...
def status_error(
    response: httpx.Response,
    *,
    operation: str,
    message_pointer: str | None = None,
    error_type: type[APIStatusError] | None = None,
    cause: str | None = None,
    now: float | None = None,
) -> APIStatusError:
    """The typed error for `response`: "<operation>: [<cause>: ]HTTP 503 Service Unavailable[: <message>]"."""
    status = response.status_code
    server_message = _server_message(response, _read(response), message_pointer)
    reason = httpx.codes.get_reason_phrase(status)
    text = f"{operation}: " + (f"{cause}: " if cause else "") + f"HTTP {status}" + (f" {reason}" if reason else "")
    if server_message:
        text += f": {server_message}"
    retry_after = server_retry_delay(response.headers, status, now=time.time() if now is None else now)
    cls = error_type or error_class(status)
    return cls(text, response=response, operation=operation, server_message=server_message, retry_after=retry_after)


def malformed(operation: str, response: httpx.Response, cause: BaseException) -> MalformedResponseError:
    """The error for a documented status whose body cannot be turned into the model (`cause` says why)."""
    ctype = response.headers.get("content-type", "none")
    what = _describe_malformed(response, _read(response), scrubbed(cause))
    return MalformedResponseError(
        f"{operation}: malformed response (HTTP {response.status_code}, {ctype}): {what}",
        response=response,
        operation=operation,
    )


def local_rate_limit_error(
    operation: str, request: httpx.Request, *, wait: float, limit: int | None, left: float, deadline: float | None
) -> RateLimitError:
    """The client's own per-minute budget is spent for longer than the call has left of its deadline."""
    retry_after = math.ceil(wait)
    response = httpx.Response(
        429, headers={"Retry-After": str(retry_after)}, request=request, extensions={"auth_plugins.local": True}
    )
    return RateLimitError(
        f"{operation}: the per-minute budget ({limit} requests) is spent: the call would have waited {wait:.1f} s "
        f"for it, more than the {max(left, 0.0):.1f} s left of its {deadline:g} s deadline (nothing was sent)",
        response=response,
        operation=operation,
        retry_after=wait,
    )


@contextmanager
def translate_transport_errors(operation: str, *, doing: str | None = None) -> Iterator[None]:
    """Turn httpx errors (no usable HTTP answer) into APITimeoutError / APIConnectionError naming the operation.

    `doing` names a step inside the call ("token exchange"). The httpx error stays chained, its text redacted."""
    try:
        yield
    except httpx.HTTPError as exc:
        raise transport_error(operation, exc, doing=doing) from scrubbed(exc)


def transport_error(operation: str, exc: httpx.HTTPError, *, doing: str | None = None) -> APIConnectionError:
    """The APITimeoutError / APIConnectionError for an httpx error, to raise `from scrubbed(exc)`.

    What translate_transport_errors() raises; the generated functions call it from a plain `try`, which costs
    nothing while no error comes (a context manager costs a generator per call)."""
    step = f"{doing}: " if doing else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{operation}: {step}request timed out ({_describe_exception(exc)})", operation=operation
        )
    # TransportError, and DecodingError / StreamError from a transport not ours
    what = "too many redirects" if isinstance(exc, httpx.TooManyRedirects) else "connection failed"
    return APIConnectionError(f"{operation}: {step}{what} ({_describe_exception(exc)})", operation=operation)


def scrubbed(exc: _X) -> _X:
    """`exc`, with the text of it and of every exception chained to it (cause and context) redacted in place.

    Used as `raise APIError(...) from scrubbed(exc)`: a traceback prints each chained exception's own text, which
    may quote a header or a body (h11's "Illegal header value b'...'"). Our own errors are redacted already."""
    pending: list[BaseException | None] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if not isinstance(current, APIError):
            current.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in current.args)
            notes = getattr(current, "__notes__", None)
            if isinstance(notes, list):
                current.__notes__ = [redact(note) if isinstance(note, str) else note for note in notes]
        pending += [current.__cause__, current.__context__]
    return exc


def server_retry_delay(headers: httpx.Headers, status_code: int, *, now: float) -> float | None:
    """Seconds the server asks to wait: Retry-After (seconds or HTTP date), else on a 429 X-RateLimit-Reset.

    X-RateLimit-Reset is epoch seconds (Cyberhaven); a value below 1e9 is read as seconds from now,
    the other convention in the wild. Dates and epoch seconds are read against the response's `Date` (the
    server's clock) when it has one, else against `now`, the wall clock (time.time()). None: the server did not say.
    """
    now = server_time(headers, now=now)
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        parsed = _parse_retry_after(retry_after, now)
        if parsed is not None:
            return parsed
    return rate_limit_reset(headers, now=now) if status_code == 429 else None


def rate_limit_reset(headers: httpx.Headers, *, now: float) -> float | None:
    """Seconds until the server's rate-limit window resets (X-RateLimit-Reset, epoch seconds or seconds from now,
    read as server_retry_delay does); None when the header is absent or not a number."""
    reset = headers.get("x-ratelimit-reset")
    if reset is None:
        return None
    try:
        value = float(reset.strip())
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return max(0.0, value - server_time(headers, now=now) if value >= _EPOCH_THRESHOLD else value)


def server_time(headers: httpx.Headers, *, now: float) -> float:
    """The server's clock when it answered: its `Date` header (whole seconds, so a wait measured from it errs on the
    long side by less than one), else `now`. Epoch times a server sends are on its clock, not the client's."""
    date = headers.get("date")
    if date is None:
        return now
    try:
        return parsedate_to_datetime(date).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return now


def _parse_retry_after(value: str, now: float) -> float | None:
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when.timestamp() - now)


def _read(response: httpx.Response) -> bytes:
    """At most ERROR_BODY_PREFIX_BYTES of the body, reading it if needed; b"" when it cannot be read (an unread
    async response, a cut stream)."""
    try:
        return response.read()[:ERROR_BODY_PREFIX_BYTES]
    except (httpx.StreamError, httpx.TransportError, RuntimeError):
        return b""


def _clean(text: str, limit: int = ERROR_SNIPPET_CHARS) -> str:
    """One line, no control characters, at most `limit` characters, secrets redacted."""
    text = " ".join(redact(text).split())
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def resolve_pointer(document: Any, pointer: str) -> Any:
    """RFC 6901: the value at `pointer` in `document`; raises LookupError when absent."""
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        raise LookupError(pointer)
    node = document
    for token in pointer_keys(pointer):
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list) and token.isdigit():
            node = node[int(token)]
        else:
            raise LookupError(pointer)
    return node


@functools.lru_cache(maxsize=1024)
def pointer_keys(pointer: str) -> tuple[str, ...]:
    """The keys of an RFC 6901 JSON pointer: `/a~1b/0` -> ("a/b", "0"). Cached: the pointers read at run time are
    the spec's few, read on every response that has them (bounded, should a caller ever resolve pointers made
    from data)."""
    return tuple(raw.replace("~1", "/").replace("~0", "~") for raw in pointer[1:].split("/"))


def pointer_key(key: object) -> str:
    """One key escaped for a JSON pointer: "a/b" -> "a~1b" (the inverse of `pointer_keys`)."""
    return str(key).replace("~", "~0").replace("/", "~1")


_NOT_JSON: Final = object()


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, nested too deep
        return _NOT_JSON


def _is_html(response: httpx.Response, text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return "html" in response.headers.get("content-type", "").lower() or head.startswith(("<!doctype html", "<html"))


def _html_title(text: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    return _clean(match.group(1), 80) if match and match.group(1).strip() else None


def _server_message(response: httpx.Response, body: bytes, pointer: str | None) -> str | None:
    if not body.strip():
        return None
    document = _json(body)
    if document is not _NOT_JSON:
        for candidate in (pointer, *_COMMON_MESSAGE_POINTERS):
            if candidate is None:
                continue
            try:
                found = resolve_pointer(document, candidate)
            except (LookupError, IndexError):
                continue
            if isinstance(found, str) and found.strip():
                return _clean(found)
        try:
            return _clean(json.dumps(document, ensure_ascii=False, separators=(",", ":")))
        except (ValueError, RecursionError):
            pass  # nested too deep to write back: quote the text as it came
    text = body.decode("utf-8", errors="replace")
    if _is_html(response, text):
        title = _html_title(text)
        return f"HTML page: {title}" if title else "HTML page"
    return _clean(text)


def _describe_malformed(response: httpx.Response, prefix: bytes, cause: BaseException) -> str:
    """What is wrong, from the parse failure and the start of the body; a body longer than the prefix is never
    parsed again."""
    if not prefix.strip():
        return "empty body"
    failure: BaseException | None = cause
    if not isinstance(cause, json.JSONDecodeError | UnicodeDecodeError | RecursionError):
        failure = _json_failure(prefix) if len(response.content) <= len(prefix) else None
    if isinstance(failure, RecursionError):
        return "JSON nested too deep to parse"
    if isinstance(failure, UnicodeDecodeError):
        return "body is not UTF-8 JSON"
    if isinstance(failure, json.JSONDecodeError):
        text = prefix.decode("utf-8", errors="replace")
        if _is_html(response, text):
            title = _html_title(text)
            return "an HTML page instead of JSON" + (f" ({title})" if title else "")
        if _only_whitespace_after(failure.doc, failure.pos):
            return f"truncated JSON ({len(response.content)} bytes)"
        return f"body is not JSON: {_clean(text, 80)}"
    return f"body does not fit the model: {_describe_exception(cause)}"


def _json_failure(body: bytes) -> BaseException | None:
    """Why `body` is not JSON; None if it is."""
    try:
        json.loads(body)
    except (ValueError, RecursionError) as exc:
        return exc
    return None


def _only_whitespace_after(text: str, position: int) -> bool:
    end = len(text)
    while end > position and text[end - 1].isspace():  # walks the trailing whitespace only, copies nothing
        end -= 1
    return position >= end


def _describe_exception(exc: BaseException) -> str:
    detail = str(exc)
    return type(exc).__name__ + (f": {_clean(detail, 160)}" if detail.strip() else "")
