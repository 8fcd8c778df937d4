"""Hand-built profiles and small fake vendors for httpx.MockTransport, shared by the auth_plugins tests."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from auth_plugins import (
    ApiProfile,
    Connection,
    Operation,
    RateLimits,
    RetryPolicy,
    Setting,
    TokenExchangeAuthSpec,
    TokenHeaderAuthSpec,
    resolve,
)

TOKEN_PATH = "/v2/auth/token/access"

HEADER_AUTH = TokenHeaderAuthSpec(
    token_setting="api_key", header="Authorization", prefix="Token", extra_headers={"x-sevco-target-org": "org_id"}
)
EXCHANGE_AUTH = TokenExchangeAuthSpec(
    path=TOKEN_PATH,
    key_setting="api_key",
    request_field="api_key",
    response_field="access_token",
    expires_in_field="expires_in",
    default_lifetime=900.0,
    refresh_margin=60.0,
)

HEADER_PROFILE = ApiProfile(
    name="sevco_like",
    title="Sevco-like API",
    server_url="https://api.sev.co",
    settings=(
        Setting(name="api_key", env=("SEVCO_API_TOKEN", "SEVCO_API_KEY"), secret=True),
        Setting(name="org_id", env=("SEVCO_ORG_ID",)),
        Setting(name="base_url", env=("SEVCO_BASE_URL",)),
    ),
    auth=HEADER_AUTH,
    rate_limits=RateLimits(),
    operations={
        "list_orgs": Operation("list_orgs", "GET", "/v1/admin/org", safe_to_retry=True),
        "create_org": Operation("create_org", "POST", "/v1/admin/org", safe_to_retry=False),
        "query_devices": Operation("query_devices", "POST", "/v3/asset/device", safe_to_retry=True),
    },
    error_message_pointer="/error/message",
    spec_sha256="0" * 64,
)

EXCHANGE_PROFILE = ApiProfile(
    name="cyberhaven_like",
    title="Cyberhaven-like API",
    server_url="https://{tenant}.cyberhaven.io",
    settings=(
        Setting(name="api_key", env=("CYBERHAVEN_API_KEY",), secret=True),
        Setting(name="tenant", env=("CYBERHAVEN_TENANT",)),
        Setting(name="base_url", env=("CYBERHAVEN_BASE_URL",)),
    ),
    auth=EXCHANGE_AUTH,
    rate_limits=RateLimits(requests_per_minute=60, max_concurrent_per_operation=5),
    operations={
        "exchange_api_key": Operation("exchange_api_key", "POST", TOKEN_PATH, safe_to_retry=True),
        "get_incidents": Operation("get_incidents", "GET", "/v2/incidents", safe_to_retry=True),
        "list_incidents": Operation("list_incidents", "POST", "/v2/incidents/list", safe_to_retry=True),
        "update_incident": Operation("update_incident", "PATCH", "/v2/incidents/{id}", safe_to_retry=False),
        "create_destination": Operation(
            "create_destination", "POST", "/v2/streaming/destinations", safe_to_retry=False
        ),
    },
    error_message_pointer="/errors/0/message",
    spec_sha256="1" * 64,
)

ENV_VARS = (
    "SEVCO_API_TOKEN",
    "SEVCO_API_KEY",
    "SEVCO_ORG_ID",
    "SEVCO_BASE_URL",
    "CYBERHAVEN_API_KEY",
    "CYBERHAVEN_TENANT",
    "CYBERHAVEN_BASE_URL",
)

NO_LIMITS = RateLimits()

Answer = Callable[[httpx.Request], httpx.Response]


def canary(kind: str) -> str:
    """A value that is easy to spot in any text it leaks into."""
    return f"CANARY-{kind}-{uuid.uuid4().hex}"


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"errors": [{"code": status, "message": message}]}


class Sleeps:
    """An injectable sleep (sync and async) that records the delays asked for and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    def policy(self, **overrides: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self, async_sleep=self.async_sleep, **overrides)


class FakeClock:
    """An injectable monotonic clock moved by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeExchangeVendor:
    """A token-exchange API as an httpx.MockTransport handler (sync `handle`, async `ahandle`).

    Issues tokens for `key` at TOKEN_PATH, accepts only tokens it issued and has not revoked, counts everything.
    `token_script` / `api_script` hold answers (functions of the request) used, in order, before the default ones.
    """

    def __init__(self, key: str, *, exchange_delay: float = 0.0, expires_in: object = 900) -> None:
        self.key = key
        self.exchange_delay = exchange_delay
        self.expires_in = expires_in
        self.lock = threading.Lock()
        self.exchanges = 0
        self.api_calls = 0
        self.valid: set[str] = set()
        self.issued: list[str] = []
        self.token_script: list[Answer] = []
        self.api_script: list[Answer] = []
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(TOKEN_PATH) and self.exchange_delay:
            time.sleep(self.exchange_delay)  # widen the race between concurrent callers
        return self._answer(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(TOKEN_PATH) and self.exchange_delay:
            await asyncio.sleep(self.exchange_delay)
        return self._answer(request)

    def revoke_all(self) -> None:
        with self.lock:
            self.valid.clear()

    def _answer(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            # a snapshot: an auth flow sends the same Request object again with other headers
            self.requests.append(
                httpx.Request(
                    request.method,
                    request.url,
                    headers=request.headers.copy(),
                    content=request.content,
                    extensions=dict(request.extensions),
                )
            )
            if request.url.path.endswith(TOKEN_PATH):
                self.exchanges += 1
                return self._pop(self.token_script, request) or self._exchange(request)
            self.api_calls += 1
            return self._pop(self.api_script, request) or self._api(request)

    @staticmethod
    def _pop(script: list[Answer], request: httpx.Request) -> httpx.Response | None:
        return script.pop(0)(request) if script else None

    def _exchange(self, request: httpx.Request) -> httpx.Response:
        if json.loads(request.content).get("api_key") != self.key:
            return httpx.Response(401, json=error_body(401, "invalid api key"))
        token = canary(f"TOKEN{self.exchanges}")
        self.valid.add(token)
        self.issued.append(token)
        payload: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
        if self.expires_in is not None:
            payload["expires_in"] = self.expires_in
        return httpx.Response(200, json=payload)

    def _api(self, request: httpx.Request) -> httpx.Response:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme != "Bearer" or token not in self.valid:
            return httpx.Response(401, json=error_body(401, "invalid or expired token"))
        return httpx.Response(200, json={"incidents": []})


def connect_exchange(
    vendor: FakeExchangeVendor,
    *,
    clock: Callable[[], float] | None = None,
    retry: RetryPolicy | None = None,
    rate_limits: RateLimits | None = NO_LIMITS,
    base_url: str | None = None,
) -> Connection:
    return resolve(
        EXCHANGE_PROFILE,
        settings={"api_key": vendor.key, "tenant": "acme", "base_url": base_url},
        retry=retry,
        rate_limits=rate_limits,
        transport=httpx.MockTransport(vendor.handle),
        async_transport=httpx.MockTransport(vendor.ahandle),
        clock=clock,
    )


def sync_client(connection: Connection) -> httpx.Client:
    return httpx.Client(
        base_url=connection.base_url, timeout=connection.timeout, auth=connection.auth, transport=connection.transport
    )


def async_client(connection: Connection) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=connection.base_url,
        timeout=connection.timeout,
        auth=connection.auth,
        transport=connection.async_transport,
    )


def get_incidents(client: httpx.Client) -> httpx.Response:
    return client.get("/v2/incidents", extensions={"operation_id": "get_incidents"})


async def aget_incidents(client: httpx.AsyncClient) -> httpx.Response:
    return await client.get("/v2/incidents", extensions={"operation_id": "get_incidents"})
