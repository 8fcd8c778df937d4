"""The ASGI mock: one app for any spec, vendor behaviour from the spec's x- extensions and a data file.

Request flow for an API call:
  route (404 / 405 + Allow) -> in flight per operation (429 over `max-concurrent-per-operation`)
  -> injected faults -> auth (401/403) -> requests per minute per key (429) -> request validation
  (400, or 422 where the operation documents it) -> the data file's binding -> response (validated
  against the spec, X-RateLimit-* headers where the spec declares them).
A request stops counting as in flight when its last body message passes, before it is forwarded.
A request body larger than `max_request_bytes` gets 413 (Content-Length checked first, then the bytes as they come);
a body nested too deep to parse gets 400, like any other body that is not JSON.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import threading
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette

from auth_plugins.defaults import MOCK_MAX_REQUEST_BYTES

from .actions import NO_BODY, Binding, Engine, Pagination, RenderContext, Result, render
from .auth import Authenticator, AuthSettings, Identity, parse_keys
from .clock import MockClock, as_clock
from .encoding import dump_json
from .errors import ApiError
from .fake import iso
from .faults import Fault, FaultError, FaultRegistry
from .limits import Quota, RateLimiter
from .spec import DATA_DIR, Json, Operation, Spec, SpecLoadError, _is_json, load_yaml, spec_path
from .store import CollectionConfig, Store
from .validation import RequestData, RequestInvalid, parse_and_validate

logger = logging.getLogger("mock_servers")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

CONTROL_PREFIX = "/__mock__"
HTML_PAGE = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
REASONS = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    408: "Request Timeout", 409: "Conflict", 422: "Unprocessable Entity", 429: "Too Many Requests",
    500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
}  # fmt: skip


class ConnectionDropped(ConnectionError):
    """Raised in-process where a real server would close the connection (faults `drop`, `truncated`).

    Where httpx is installed it is also an `httpx.RemoteProtocolError`, so an httpx client driving the
    app in-process (ASGITransport) sees exactly the error a dropped socket gives it."""


try:
    import httpx

    class _HttpxConnectionDropped(ConnectionDropped, httpx.RemoteProtocolError):
        def __init__(self, message: str) -> None:
            httpx.RemoteProtocolError.__init__(self, message)

    _DROPPED: type[ConnectionDropped] = _HttpxConnectionDropped
except ImportError:  # pragma: no cover
    _DROPPED = ConnectionDropped


# -- configuration --------------------------------------------------------------------------------------


def load_data(spec: Spec, data: str | os.PathLike[str] | Mapping[str, Any] | None) -> dict[str, Any]:
    """The per-vendor data file: `data` itself, a path to it, or mock_servers/data/<spec stem>.yaml."""
    if isinstance(data, Mapping):
        return dict(data)
    if data is None:
        candidate = DATA_DIR / f"{Path(spec.source).stem}.yaml"
        if not candidate.exists():
            return {}
        data = candidate
    loaded = load_yaml(Path(data))
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise SpecLoadError(f"{data}: the data file must be a mapping")
    return loaded


DATA_KEYS = {"api", "anchor", "auth", "rate_limits", "collections", "operations", "description"}


@dataclass
class Route:
    operation: Operation | None
    params: dict[str, str]
    allow: list[str]


class Router:
    """Concrete paths before templated ones (OpenAPI's path matching): a concrete path answers its own methods
    only (405 for others); among templated paths, the one with the most literal segments first."""

    def __init__(self, spec: Spec) -> None:
        self.exact: dict[str, dict[str, Operation]] = {}
        self.templated: list[tuple[str, dict[str, Operation]]] = []
        templated = []
        for path, methods in spec.paths.items():
            if "{" in path:
                templated.append((path, methods))
            else:
                self.exact[path] = methods
        templated.sort(key=lambda item: -next(iter(item[1].values())).literal_segments if item[1] else 0)
        self.templated = templated

    def match(self, path: str, method: str) -> Route | None:
        if path in self.exact:  # OpenAPI: a concrete path is matched before templated ones, with its own methods
            methods = self.exact[path]
            return Route(methods[method], {}, []) if method in methods else Route(None, {}, sorted(methods))
        candidates: list[tuple[dict[str, Operation], dict[str, str]]] = []
        for _, methods in self.templated:
            if not methods:
                continue
            operation = next(iter(methods.values()))
            found = operation.path_regex.match(path)
            if found:
                params = {name: found.group(f"p{i}") for i, name in enumerate(operation.path_param_names)}
                candidates.append((methods, params))
        if not candidates:
            return None
        for methods, params in candidates:
            if method in methods:
                return Route(methods[method], params, [])
        return Route(None, {}, sorted(candidates[0][0]))  # the methods of the most specific path


class MockController:
    """Everything one mock holds; `app.state.mock`. Thread-safe for a test thread driving a server thread."""

    def __init__(
        self,
        spec: Spec,
        data: Mapping[str, Any],
        *,
        seed: int = 0,
        keys: Sequence[str] | None = None,
        clock: MockClock | None = None,
        header_values: Mapping[str, Sequence[str]] | None = None,
        validate_responses: bool = True,
        rate_limits: bool = True,
        max_request_bytes: int = MOCK_MAX_REQUEST_BYTES,
    ) -> None:
        unknown = {key for key in data if not str(key).startswith("x-")} - DATA_KEYS
        if unknown:
            raise SpecLoadError(f"data file: unknown top-level keys {sorted(unknown)} (known: {sorted(DATA_KEYS)})")
        self.spec = spec
        self.data = dict(data)
        self.api = str(data.get("api") or Path(spec.source).stem)
        self.seed = seed
        self.clock = clock or MockClock()
        self.validate_responses = validate_responses
        self.max_request_bytes = max_request_bytes
        self.router = Router(spec)
        self._lock = threading.Lock()

        auth_raw = dict(data.get("auth") or {})
        default_keys = parse_keys(auth_raw.get("keys")) or [f"{self.api}-test-key"]
        self.auth = Authenticator(
            spec,
            AuthSettings(
                keys=list(keys) if keys is not None else default_keys,
                missing_status=int(auth_raw.get("missing_status", 401)),
                invalid_status=int(auth_raw.get("invalid_status", 401)),
                also_accept_prefixes=list(auth_raw.get("also_accept_prefixes", [])),
                extra_headers=dict(auth_raw.get("extra_headers") or {}),
                token_lifetime=auth_raw.get("token_lifetime"),
            ),
            {name.lower(): list(values) for name, values in (header_values or {}).items()},
        )

        limits = spec.extensions.get("x-rate-limits") or {}
        limit_options = dict(data.get("rate_limits") or {})
        self.count_token_exchange = bool(limit_options.get("count_token_exchange", True))
        per_minute = limit_options.get("requests_per_minute", limits.get("requests-per-minute"))
        if per_minute is not None and (
            isinstance(per_minute, bool) or not isinstance(per_minute, int) or per_minute < 1
        ):
            raise SpecLoadError(
                f"data file: rate_limits.requests_per_minute must be an integer >= 1, not {per_minute!r}"
            )
        self.limiter = RateLimiter(
            per_minute if rate_limits else None,
            limits.get("max-concurrent-per-operation") if rate_limits else None,
            str(limit_options.get("window", "fixed")),
        )

        collections = {
            name: CollectionConfig.from_data(name, raw or {}) for name, raw in (data.get("collections") or {}).items()
        }
        self.store = Store(spec, collections, seed=seed, anchor=self._anchor(data.get("anchor")))
        bindings: dict[str, Binding] = {}
        for operation_id, raw in (data.get("operations") or {}).items():
            bindings[operation_id] = Binding.from_data(operation_id, raw or {})
        for operation in spec.iter_operations():
            if operation.operation_id in bindings:
                continue
            if self.auth.exchange_path == operation.path and operation.method == "POST":
                bindings[operation.operation_id] = Binding(operation.operation_id, "token", None, {}, Pagination())
            else:  # Prism-like: the spec's example, or a value generated from the response schema
                bindings[operation.operation_id] = Binding(operation.operation_id, "schema", None, {}, Pagination())
        self.engine = Engine(spec, self.store, bindings)
        self.faults = FaultRegistry(lambda: set(spec.operations), self.auth.revoke)
        self._stats_lock = threading.Lock()
        self._init_stats()

    def _anchor(self, anchor: Any) -> str | None:
        """The data file's `anchor`; `now` is the mock clock's time at start, down to the hour (so apps built
        within one hour share their seeded records, and a clock started at a fixed time fixes the data)."""
        if anchor != "now":
            return None if anchor is None else str(anchor)
        hour = int(self.clock.now()) // 3600 * 3600
        return iso(datetime.fromtimestamp(hour, UTC))

    # -- Python API -------------------------------------------------------------------------------
    @property
    def bindings(self) -> dict[str, Binding]:
        return self.engine.bindings

    @property
    def keys(self) -> list[str]:
        return sorted(self.auth.keys - self.auth.revoked)

    def _init_stats(self) -> None:
        with self._stats_lock:
            self._token_exchanges = 0
            self._requests: dict[str, int] = {}
            self._responses: dict[str, int] = {}
            self._rate_limited = 0

    def stats(self) -> dict[str, Any]:
        """{token_exchanges, requests: {op: n}, peak_concurrency: {op: n}, in_flight, rate_limited, responses}."""
        peak, in_flight = self.limiter.snapshot()
        with self._stats_lock:
            return {
                "token_exchanges": self._token_exchanges,
                "requests": dict(self._requests),
                "peak_concurrency": peak,
                "in_flight": in_flight,
                "rate_limited": self._rate_limited,
                "responses": dict(self._responses),
            }

    def reset(self, *, keep_tokens: bool = False) -> None:
        """Back to the seeded state: records, faults, counters, rate windows, keys and revocations, and
        (unless `keep_tokens`) the issued access tokens."""
        self.store.reset()
        self.faults.clear()
        self.limiter.reset()
        self.auth.reset(keep_tokens=keep_tokens)
        self._init_stats()

    def issue_token(self, key: str | None = None) -> str:
        """A token for `key` (default: the first configured key) without an HTTP exchange."""
        key = key if key is not None else (self.auth.configured_keys[0] if self.auth.configured_keys else "")
        token, _ = self.auth.issue(key, self.clock.now())
        return token

    def auth_headers(self, key: str | None = None) -> dict[str, str]:
        """Headers that authenticate one request: token header plus extra headers, or a fresh bearer token."""
        headers: dict[str, str] = {}
        for scheme in self.auth.schemes.values():
            if scheme.plugin == "token-header":
                chosen = key if key is not None else self.auth.configured_keys[0]
                headers[scheme.header_name] = f"{scheme.prefix_name} {chosen}"
                for extra in scheme.extra_headers:
                    values = sorted(extra.values) or sorted(extra.also_accept) or ["mock"]
                    headers[extra.spelled] = values[0]
                return headers
        for scheme in self.auth.schemes.values():
            if scheme.plugin == "token-exchange":
                headers[scheme.header_name] = f"{scheme.prefix_name} {self.issue_token(key)}"
        return headers

    def revoke_key(self, key: str | None = None) -> list[str]:
        return self.auth.revoke(key)

    def add_key(self, key: str) -> None:
        self.auth.add_key(key)

    # -- ASGI ---------------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1000})
            return
        try:
            await self._http(scope, receive, send)
        except ConnectionDropped:
            raise
        except Exception:
            logger.exception("mock %s failed on %s %s", self.api, scope.get("method"), scope.get("path"))
            with contextlib.suppress(Exception):
                await self._send_raw(send, 500, self._error_body(None, 500, "internal error in the mock"), {})

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = str(scope["method"]).upper()
        raw_path = scope.get("raw_path")
        path = raw_path.decode("latin-1") if isinstance(raw_path, bytes) and raw_path else scope["path"]
        path = path.split("?", 1)[0]
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            await self._control(method, unquote(path[len(CONTROL_PREFIX) :]), scope, receive, send)
            return
        route = self.router.match(self.spec.without_server_prefix(path), method)
        if route is None:
            await self._send_raw(send, 404, self._error_body(None, 404, f"no route for {unquote(path)}"), {})
            return
        if route.operation is None:
            allow = ", ".join(route.allow)
            message = f"method {method} not allowed on {unquote(path)}; allowed: {allow}"
            await self._send_raw(send, 405, self._error_body(None, 405, message), {"allow": allow})
            return
        await self._operation(route.operation, route.params, scope, receive, send)

    async def _operation(
        self, operation: Operation, params: dict[str, str], scope: Scope, receive: Receive, send: Send
    ) -> None:
        op_id = operation.operation_id
        with self._stats_lock:
            self._requests[op_id] = self._requests.get(op_id, 0) + 1
        now = self.clock.now()
        if not self.limiter.enter(op_id):
            limit = self.limiter.max_concurrent
            error = ApiError(429, f"more than {limit} concurrent requests to {op_id}", headers={"retry-after": "1"})
            await self._send_error(send, operation, error, self._peek_identity(operation, _headers(scope), now), now)
            return
        left = False

        def leave() -> None:
            nonlocal left
            if not left:
                left = True
                self.limiter.leave(op_id)

        async def tracked(message: Message) -> None:
            # stop counting BEFORE the last byte goes out: a client that waits for the full response
            # before its next request must never find its previous request still in flight
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                leave()
            await send(message)

        try:
            await self._serve(operation, params, scope, receive, tracked, send)
        finally:
            leave()

    async def _serve(
        self,
        operation: Operation,
        params: dict[str, str],
        scope: Scope,
        receive: Receive,
        send: Send,
        raw_send: Send,
    ) -> None:
        headers = _headers(scope)
        try:
            body = await _read_body(receive, headers, self.max_request_bytes)
        except RequestTooLarge as too_large:
            await self._send_error(send, operation, ApiError(413, str(too_large)), None, self.clock.now())
            return
        faults = self.faults.take(operation.operation_id)
        terminal: Fault | None = None
        for fault in faults:
            if fault.kind == "delay" and fault.delay_s > 0:
                await asyncio.sleep(fault.delay_s)
            elif fault.kind == "revoke_key":
                self.auth.revoke(fault.key)
            elif fault.kind != "delay":
                terminal = fault
        now = self.clock.now()
        identity: Identity | None = None
        truncate = False
        if terminal is not None:
            if terminal.kind == "drop":
                await _drop(raw_send)
                return
            if terminal.kind == "truncated":
                truncate = True
            else:
                await self._send_fault(send, operation, terminal, now)
                return
        try:
            identity = self._identify(operation, headers, body, now)
            if identity is not None and self.limiter.per_minute is not None:
                allowed, quota = self.limiter.consume(identity.key, now)
                if not allowed:
                    retry = max(1, math.ceil(quota.reset - now))
                    raise ApiError(
                        429,
                        f"rate limit of {quota.limit} requests per minute exceeded",
                        headers={"retry-after": str(retry)},
                    )
            try:
                request = parse_and_validate(
                    self.spec, operation, params, scope.get("query_string", b""), headers, body
                )
            except RequestInvalid as invalid:
                status = invalid.status if str(invalid.status) in operation.responses else 400
                problems = [problem.as_dict() for problem in invalid.problems]
                first = invalid.problems[0]
                where = f"{first.location} {first.field}".strip()
                raise ApiError(status, f"invalid request: {where}: {first.reason}", problems) from None
            result = self._run(operation, request, identity, now)
            self._check_response(operation, result)
        except ApiError as error:
            await self._send_error(send, operation, error, identity, now)
            return
        await self._send_result(send, raw_send, operation, result, identity, now, truncate=truncate)

    def _peek_identity(self, operation: Operation, headers: Mapping[str, str], now: float) -> Identity | None:
        try:
            return self.auth.authenticate(operation, headers, now) if self.auth.requires_auth(operation) else None
        except ApiError:
            return None

    def _identify(self, operation: Operation, headers: Mapping[str, str], body: bytes, now: float) -> Identity | None:
        if self.auth.requires_auth(operation):
            return self.auth.authenticate(operation, headers, now)
        binding = self.engine.bindings.get(operation.operation_id)
        if binding is not None and binding.action == "token" and self.count_token_exchange:
            try:
                key = self.auth.exchange_key(json.loads(body)) if body else None
            except (ValueError, AttributeError, RecursionError):
                key = None
            if isinstance(key, str) and (key in self.auth.keys or key in self.auth.revoked):
                return Identity(key, "exchange")
        return None

    def _run(self, operation: Operation, request: RequestData, identity: Identity | None, now: float) -> Result:
        binding = self.engine.bindings[operation.operation_id]
        if binding.action == "token":
            request_field, response_field, expires_field = self.auth.exchange_fields()
            key = self.auth.exchange_key(request.body)
            if not isinstance(key, str):
                raise ApiError(400, f"send the API key as `{request_field}`")
            token, lifetime = self.auth.issue(key, now)
            with self._stats_lock:
                self._token_exchanges += 1
            default = {response_field: "$token", expires_field: "$expires_in"}
            template = binding.raw.get("response", default)
            ctx = RenderContext(request, now, {"token": token, "expires_in": int(lifetime)})
            return Result(200, render(template, ctx))
        return self.engine.run(binding, operation, request, now)

    # -- responses ----------------------------------------------------------------------------------------
    def _error_body(self, operation: Operation | None, status: int, message: str, problems: Sequence[Any] = ()) -> Any:
        template = _strip_extensions(
            self.spec.extensions.get("x-error-body") or {"status": "$status", "message": "$message"}
        )
        body = _fill_error(template, status, message)
        if problems and isinstance(body, dict):
            candidate = {**body, "problems": list(problems)}
            response = operation.response_for(status) if operation else None
            if (
                response is None
                or response.schema_ptr is None
                or self.spec.validator(response.schema_ptr).is_valid(candidate)
            ):
                body = candidate
        return body

    def _rate_headers(self, operation: Operation, status: int, identity: Identity | None, now: float) -> dict[str, str]:
        response = operation.response_for(status)
        declared = response.headers if response else {}
        out: dict[str, str] = {}
        quota = self.limiter.quota(identity.key, now) if identity is not None else None
        if quota is not None and quota.limit is not None:
            for name, value in quota.headers().items():
                if name in declared:
                    out[name] = value
        for name, header in declared.items():
            if name not in out and header.get("required") and name != "retry-after":
                out[name] = _header_value(header.get("schema") or {}, now)
        return out

    async def _send_error(
        self, send: Send, operation: Operation, error: ApiError, identity: Identity | None, now: float
    ) -> None:
        headers = self._rate_headers(operation, error.status, identity, now)
        if error.status == 429:
            headers.update(self._throttle_headers(identity, now, None))
        headers.update(error.headers)
        body = self._error_body(operation, error.status, error.message, error.problems)
        await self._send_raw(send, error.status, body, headers)

    def _throttle_headers(self, identity: Identity | None, now: float, retry_after: float | None) -> dict[str, str]:
        quota = self.limiter.quota(identity.key, now) if identity is not None else None
        if quota is None or quota.limit is None:
            wait = retry_after if retry_after is not None else 1
            quota = Quota(None, 0, math.ceil(now + wait))
        retry = retry_after if retry_after is not None else max(1, math.ceil(quota.reset - now))
        if quota.remaining is not None and quota.remaining > 0 and retry_after is None:
            retry = 1  # throttled for concurrency, not for the minute's budget
        return {
            "retry-after": _number(retry),
            "x-ratelimit-remaining": str(max(0, quota.remaining or 0)),
            "x-ratelimit-reset": str(quota.reset),
        }

    async def _send_fault(self, send: Send, operation: Operation, fault: Fault, now: float) -> None:
        if fault.kind == "status":
            status = int(fault.status or 500)
            headers: dict[str, str] = {}
            if status == 429:
                headers.update(
                    self._throttle_headers(None, now, fault.retry_after if fault.retry_after is not None else 1)
                )
            elif fault.retry_after is not None:
                headers["retry-after"] = _number(fault.retry_after)
            message = fault.message or f"injected fault: {REASONS.get(status, 'error').lower()}"
            await self._send_raw(send, status, self._error_body(operation, status, message), headers)
        elif fault.kind == "malformed":
            status = int(fault.status or 200)
            await self._send_bytes(
                send, status, b'{"injected": "malformed", "items": [{"id": 1,', "application/json", {}
            )
        elif fault.kind == "html":
            status = int(fault.status or 502)
            page = HTML_PAGE.format(status=status, reason=REASONS.get(status, "Error")).encode()
            headers = {"retry-after": _number(fault.retry_after)} if fault.retry_after is not None else {}
            await self._send_bytes(send, status, page, "text/html; charset=utf-8", headers)
        elif fault.kind == "body":
            await self._send_raw(send, int(fault.status or 200), fault.body, {})
        else:  # pragma: no cover - every terminal kind is handled
            raise AssertionError(fault.kind)

    async def _send_result(
        self,
        send: Send,
        raw_send: Send,
        operation: Operation,
        result: Result,
        identity: Identity | None,
        now: float,
        *,
        truncate: bool,
    ) -> None:
        headers = self._rate_headers(operation, result.status, identity, now)
        headers.update(result.headers)
        declared = operation.response_for(result.status)
        media_type = declared.content_type if declared is not None else None
        if result.body is NO_BODY:
            payload = b""
            content_type = None
        elif media_type and not _is_json(media_type) and isinstance(result.body, str):
            payload = result.body.encode()  # a binary or text response (`static` with a string template)
            content_type = media_type
        else:
            payload = dump_json(result.body)
            content_type = "application/json"
        if truncate:
            await self._send_truncated(send, raw_send, result.status, payload or b"{}", content_type, headers)
            return
        await self._send_bytes(send, result.status, payload, content_type, headers)

    def _check_response(self, operation: Operation, result: Result) -> None:
        if not self.validate_responses:
            return
        response = operation.response_for(result.status)
        if response is None:
            raise ApiError(500, f"the mock answered {result.status}, which {operation.operation_id} does not document")
        if response.schema_ptr is None:
            return
        error = next(iter(self.spec.validator(response.schema_ptr).iter_errors(result.body)), None)
        if error is not None:
            where = "/" + "/".join(str(p) for p in error.instance_path)
            logger.error(
                "mock %s: %s answered a body that breaks its schema at %s: %s",
                self.api,
                operation.operation_id,
                where,
                error.message,
            )
            raise ApiError(500, f"the mock built a response that does not fit the spec at {where}: {error.message}")

    async def _send_raw(self, send: Send, status: int, body: Any, headers: Mapping[str, str]) -> None:
        await self._send_bytes(send, status, dump_json(body), "application/json", headers)

    async def _send_bytes(
        self, send: Send, status: int, payload: bytes, content_type: str | None, headers: Mapping[str, str]
    ) -> None:
        await self._send_start(send, status, len(payload), content_type, headers)
        await send({"type": "http.response.body", "body": payload, "more_body": False})

    async def _send_truncated(
        self,
        send: Send,
        raw_send: Send,
        status: int,
        payload: bytes,
        content_type: str | None,
        headers: Mapping[str, str],
    ) -> None:
        await self._send_start(send, status, len(payload), content_type, headers)
        await send({"type": "http.response.body", "body": payload[: len(payload) // 2], "more_body": True})
        await _drop(raw_send, f"connection closed after {len(payload) // 2} of {len(payload)} body bytes")

    async def _send_start(
        self, send: Send, status: int, length: int, content_type: str | None, headers: Mapping[str, str]
    ) -> None:
        """Count the response and send its status line and headers; Content-Length is the full body's. `Date` is
        the mock clock's: the epoch times of X-RateLimit-Reset are on it too, as a real server's Date and resets
        share one clock (the servers in server.py leave uvicorn's own Date out)."""
        self._count(status)
        raw_headers = [(b"content-length", str(length).encode()), (b"date", http_date(self.clock.now()))]
        if content_type:
            raw_headers.append((b"content-type", content_type.encode()))
        raw_headers.extend((name.encode("latin-1"), value.encode("latin-1")) for name, value in headers.items())
        await send({"type": "http.response.start", "status": status, "headers": raw_headers})

    def _count(self, status: int) -> None:
        with self._stats_lock:
            key = str(status)
            self._responses[key] = self._responses.get(key, 0) + 1
            if status == 429:
                self._rate_limited += 1

    # -- control endpoints ---------------------------------------------------------------------------------
    async def _control(self, method: str, sub: str, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            body = await _read_body(receive, _headers(scope), self.max_request_bytes)
        except RequestTooLarge as too_large:
            await self._send_control(send, 413, {"error": str(too_large)})
            return
        try:
            payload = json.loads(body) if body.strip() else {}
        except ValueError as exc:
            await self._send_control(send, 400, {"error": f"the body is not JSON: {exc}"})
            return
        except RecursionError:
            await self._send_control(send, 400, {"error": "the body is not JSON: nested too deep"})
            return
        if not isinstance(payload, dict):
            await self._send_control(send, 400, {"error": "the body must be a JSON object"})
            return
        route = (method, sub.rstrip("/") or "/")
        try:
            status, answer = self._control_answer(route, payload)
        except (FaultError, ApiError, ValueError, TypeError, KeyError) as exc:
            await self._send_control(send, 400, {"error": str(exc)})
            return
        await self._send_control(send, status, answer)

    def _control_answer(self, route: tuple[str, str], payload: dict[str, Any]) -> tuple[int, Any]:
        method, sub = route
        if route == ("GET", "/stats"):
            return 200, self.stats()
        if route == ("GET", "/health") or route == ("GET", "/"):
            return 200, {"ok": True, "api": self.api, "operations": len(self.spec.operations), "now": self.clock.now()}
        if route == ("POST", "/reset"):
            self.reset(keep_tokens=bool(payload.get("keep_tokens", False)))
            return 200, {"ok": True}
        if route == ("POST", "/faults"):
            fault = self.faults.add_from_dict(payload)
            return 201, fault.as_dict()
        if route == ("GET", "/faults"):
            return 200, {"faults": self.faults.list()}
        if route == ("DELETE", "/faults"):
            self.faults.clear()
            return 200, {"ok": True}
        if sub == "/clock" and method in ("GET", "POST"):
            if method == "POST":
                if "advance_s" in payload:
                    self.clock.advance(_finite(payload["advance_s"], "advance_s"))
                elif "now" in payload:
                    self.clock.set(_finite(payload["now"], "now"))
                else:
                    raise ValueError("send {advance_s: seconds} or {now: epoch seconds}")
            return 200, {"now": self.clock.now()}
        if route == ("GET", "/keys"):
            return 200, self.auth.describe()
        if route == ("POST", "/keys"):
            for key in payload.get("add", []):
                self.add_key(str(key))
            for key in payload.get("revoke", []):
                self.revoke_key(str(key))
            return 200, self.auth.describe()
        if route == ("POST", "/token"):
            key = payload.get("key")
            if key is not None and (not isinstance(key, str) or not self.auth.key_valid(key)):
                raise ValueError("`key` is not a configured key, or it was revoked (GET /__mock__/keys lists them)")
            if key is None and not self.auth.configured_keys:
                raise ValueError("no key is configured: send {key: ...} after POST /__mock__/keys {add: [...]}")
            return 200, {
                "token": self.issue_token(str(key) if key is not None else None),
                "expires_in": self.auth.lifetime,
            }
        if route == ("GET", "/store"):
            return 200, self.store.counts()
        known = (
            "GET /stats, GET /health, POST /reset, POST|GET|DELETE /faults, GET|POST /clock, GET|POST /keys, "
            "POST /token, GET /store"
        )
        return 404, {"error": f"no control endpoint {method} {CONTROL_PREFIX}{sub}", "known": known}

    async def _send_control(self, send: Send, status: int, body: Any) -> None:
        payload = dump_json(body)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": payload, "more_body": False})


# -- helpers ----------------------------------------------------------------------------------------------


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


class RequestTooLarge(Exception):
    """A request body over the mock's `max_request_bytes` (answered 413)."""


async def _read_body(receive: Receive, headers: Mapping[str, str], limit: int) -> bytes:
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise RequestTooLarge(f"the request body ({int(declared):,} bytes) is larger than {limit:,} bytes")
    chunks = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise RequestTooLarge(f"the request body is larger than {limit:,} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _finite(value: Any, name: str) -> float:
    """A control value that must be a finite number of seconds (NaN or infinity would stop the clock for good)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"`{name}` must be a number of seconds")
    number = float(value)  # ValueError for a string that is not a number
    if not math.isfinite(number):
        raise ValueError(f"`{name}` must be a finite number of seconds, not {value!r}")
    return number


def http_date(epoch: float) -> bytes:
    """`epoch` as an HTTP date (whole seconds, GMT)."""
    return formatdate(epoch, usegmt=True).encode()


def _headers(scope: Scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", []):
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


async def _drop(raw_send: Send, message: str = "connection closed without a response") -> None:
    """Close the connection under the server's feet; in-process (no socket) raise instead."""
    cycle = getattr(raw_send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if cycle is not None and transport is not None and hasattr(transport, "close"):
        transport.close()
        if hasattr(cycle, "disconnected"):
            cycle.disconnected = True  # uvicorn then neither logs nor answers a 500 for us
        return
    raise _DROPPED(message)


def _strip_extensions(node: Json) -> Json:
    if isinstance(node, dict):
        return {k: _strip_extensions(v) for k, v in node.items() if not str(k).startswith("x-")}
    if isinstance(node, list):
        return [_strip_extensions(v) for v in node]
    return node


def _fill_error(node: Json, status: int, message: str) -> Json:
    if isinstance(node, dict):
        return {k: _fill_error(v, status, message) for k, v in node.items()}
    if isinstance(node, list):
        return [_fill_error(v, status, message) for v in node]
    if node == "$status":
        return status
    if node == "$message":
        return message
    if isinstance(node, str):
        return node.replace("$status", str(status)).replace("$message", message)
    return node


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _header_value(schema: Mapping[str, Any], now: float) -> str:
    kind = schema.get("type")
    if kind == "integer":
        return str(int(schema.get("minimum", 0)))
    if kind == "number":
        return str(schema.get("minimum", 0))
    if kind == "boolean":
        return "false"
    return "mock"


# -- the app ------------------------------------------------------------------------------------------------


class MockApp(Starlette):
    """A Starlette app (so `app.state.mock` and friends work) whose every request goes to the mock."""

    def __init__(self, controller: MockController) -> None:
        super().__init__()
        self.mock = controller
        self.state.mock = controller

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["app"] = self
        await self.mock(scope, receive, send)


def create_app(
    api: str | os.PathLike[str] = "sevco",
    *,
    seed: int = 0,
    keys: str | Sequence[str] | None = None,
    clock: MockClock | Callable[[], float] | float | None = None,
    data: str | os.PathLike[str] | Mapping[str, Any] | None = None,
    org: str | Sequence[str] | None = None,
    header_values: Mapping[str, Sequence[str]] | None = None,
    validate_responses: bool = True,
    rate_limits: bool = True,
    max_request_bytes: int = MOCK_MAX_REQUEST_BYTES,
    requests_per_minute: int | None = None,
) -> MockApp:
    """Build the mock of one API.

    api: "sevco", "cyberhaven" (specs/<api>.yaml) or a path to a spec file.
    seed: seeds the store; the same seed gives the same records.
    keys: API keys accepted (default: the data file's `auth.keys`, or MOCK_<API>_KEYS, comma separated).
    clock: a MockClock, a zero-argument callable giving epoch seconds, or a fixed epoch time.
    data: the data file (path or mapping); default mock_servers/data/<spec stem>.yaml.
    org: values accepted in the extra header the data file marks `option: org` (Sevco's x-sevco-target-org).
    header_values: accepted values per extra header, by header name (the general form of `org`).
    validate_responses: check every body the mock builds against the spec (a 500 names the mismatch).
    rate_limits: enforce the spec's x-rate-limits (off for long fuzzing runs, which would mostly get 429s).
    max_request_bytes: a larger request body gets 413 (auth_plugins.defaults.MOCK_MAX_REQUEST_BYTES).
    requests_per_minute: the per-minute budget per key instead of the spec's (the data file's
        `rate_limits.requests_per_minute` does the same), e.g. for load that would take minutes at the real one.
    """
    spec = Spec.load(api) if not isinstance(api, Spec) else api
    loaded = load_data(spec, data)
    if requests_per_minute is not None:
        loaded = {
            **loaded,
            "rate_limits": {**(loaded.get("rate_limits") or {}), "requests_per_minute": requests_per_minute},
        }
    name = str(loaded.get("api") or Path(spec_path(api)).stem)
    env_keys = os.environ.get(f"MOCK_{name.upper()}_KEYS")
    chosen_keys = parse_keys(keys) if keys is not None else parse_keys(env_keys) if env_keys else None
    values: dict[str, list[str]] = {name.lower(): list(v) for name, v in (header_values or {}).items()}
    for header, options in ((loaded.get("auth") or {}).get("extra_headers") or {}).items():
        if header.lower() in values:
            continue
        if options.get("option") == "org" and org is not None:
            values[header.lower()] = [org] if isinstance(org, str) else list(org)
        elif options.get("env") and os.environ.get(str(options["env"])):
            values[header.lower()] = parse_keys(os.environ[str(options["env"])]) or []
    controller = MockController(
        spec,
        loaded,
        seed=seed,
        keys=chosen_keys,
        clock=as_clock(clock),
        header_values=values,
        validate_responses=validate_responses,
        rate_limits=rate_limits,
        max_request_bytes=max_request_bytes,
    )
    return MockApp(controller)


__all__ = ["ConnectionDropped", "MockApp", "MockController", "create_app"]
