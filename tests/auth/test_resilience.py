"""ResilientTransport / AsyncResilientTransport: what is retried, how long it waits, when it gives up."""

from __future__ import annotations

import gzip
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from auth_plugins import (
    APITimeoutError,
    AsyncResilientTransport,
    InternalServerError,
    RateLimitError,
    RequestLimiter,
    ResilientTransport,
    RetryPolicy,
    raise_for_status,
    translate_transport_errors,
)

from .fakes import EXCHANGE_PROFILE, NO_LIMITS, Sleeps

NOW = 1_700_000_000.0
Step = Callable[[httpx.Request], httpx.Response]


class Script:
    """A MockTransport handler answering from a list of steps (a status, a response factory or an exception)."""

    def __init__(self, *steps: int | Step | Exception) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.answers: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        response = httpx.Response(step, json={"n": len(self.requests)}) if isinstance(step, int) else step(request)
        self.answers.append(response)
        return response

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        return self(request)

    @property
    def calls(self) -> int:
        return len(self.requests)


def with_headers(status: int, headers: dict[str, str]) -> Step:
    return lambda request: httpx.Response(
        status, headers=headers, json={"errors": [{"code": status, "message": "slow down"}]}
    )


@pytest.fixture
def policy(sleeps: Sleeps) -> RetryPolicy:
    return sleeps.policy(now=lambda: NOW, random=lambda: 0.0)


def client(script: Script, policy: RetryPolicy) -> httpx.Client:
    transport = ResilientTransport(
        httpx.MockTransport(script), profile=EXCHANGE_PROFILE, retry=policy, limiter=RequestLimiter(NO_LIMITS, "k")
    )
    # the sleeps are fake, but each planned wait must end within the call's deadline (the timeout's largest phase)
    return httpx.Client(base_url="https://acme.cyberhaven.io", transport=transport, timeout=120.0)


def call(client: httpx.Client, operation: str | None = "get_incidents", method: str = "GET") -> httpx.Response:
    paths = {
        "get_incidents": "/v2/incidents",
        "list_incidents": "/v2/incidents/list",
        "update_incident": "/v2/incidents/42",
        "create_destination": "/v2/streaming/destinations",
    }
    extensions = {} if operation is None else {"operation_id": operation}
    path = paths.get(operation or "", "/v2/elsewhere")
    content = None if method == "GET" else b'{"x": 1}'
    return client.request(method, path, content=content, extensions=extensions)


def test_429_with_retry_after_seconds(policy: RetryPolicy, sleeps: Sleeps) -> None:
    script = Script(with_headers(429, {"Retry-After": "3"}), 200)
    assert call(client(script, policy)).status_code == 200
    assert sleeps.delays == [3.0]
    assert script.calls == 2


def test_429_with_retry_after_http_date(policy: RetryPolicy, sleeps: Sleeps) -> None:
    when = format_datetime(datetime.fromtimestamp(NOW + 7, UTC), usegmt=True)
    script = Script(with_headers(429, {"Retry-After": when}), 200)
    assert call(client(script, policy)).status_code == 200
    assert sleeps.delays == [7.0]


def test_429_with_x_ratelimit_reset(policy: RetryPolicy, sleeps: Sleeps) -> None:
    script = Script(with_headers(429, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(NOW) + 4)}), 200)
    assert call(client(script, policy)).status_code == 200
    assert sleeps.delays == [4.0]


def test_503_retry_after_is_honoured_too(policy: RetryPolicy, sleeps: Sleeps) -> None:
    script = Script(with_headers(503, {"Retry-After": "1"}), 200)
    assert call(client(script, policy)).status_code == 200
    assert sleeps.delays == [1.0]


@pytest.mark.parametrize(("rand", "expected"), [(0.0, [0.5, 1.0, 2.0]), (1.0, [0.25, 0.5, 1.0])])
def test_exponential_backoff_and_its_jitter_bounds(sleeps: Sleeps, rand: float, expected: list[float]) -> None:
    script = Script(502, 503, 504, 200)
    response = call(client(script, sleeps.policy(random=lambda: rand)))
    assert response.status_code == 200
    assert sleeps.delays == expected


def test_real_jitter_stays_within_its_bounds(sleeps: Sleeps) -> None:
    for _ in range(20):
        call(client(Script(503, 503, 503, 200), sleeps.policy()))
    for index, delay in enumerate(sleeps.delays):
        base = 0.5 * 2 ** (index % 3)
        assert base * 0.5 <= delay <= base
    assert len(set(sleeps.delays)) > 3  # really random


def test_attempts_are_capped_and_the_last_answer_is_returned(policy: RetryPolicy, sleeps: Sleeps) -> None:
    script = Script(503)
    response = call(client(script, policy))
    assert response.status_code == 503
    assert script.calls == 4
    assert len(sleeps.delays) == 3
    assert response.json() == {"n": 4}
    with pytest.raises(InternalServerError):
        raise_for_status(response, operation="get_incidents", expected=(200,), message_pointer=None)


def test_discarded_answers_are_read_and_closed(policy: RetryPolicy) -> None:
    script = Script(503, 503, 200)
    call(client(script, policy))
    assert all(answer.is_closed for answer in script.answers)


def test_backoff_is_capped_at_max_delay(sleeps: Sleeps) -> None:
    policy = sleeps.policy(initial_delay=10.0, max_delay=15.0, max_attempts=5, random=lambda: 0.0)
    call(client(Script(503), policy))
    assert sleeps.delays == [10.0, 15.0, 15.0, 15.0]


def test_a_server_asking_longer_than_max_delay_is_not_waited_for(policy: RetryPolicy, sleeps: Sleeps) -> None:
    script = Script(with_headers(429, {"Retry-After": "120"}), 200)
    response = call(client(script, policy))
    assert response.status_code == 429
    assert sleeps.delays == []
    assert script.calls == 1
    with pytest.raises(RateLimitError) as caught:
        raise_for_status(response, operation="get_incidents", expected=(200,), message_pointer="/errors/0/message")
    assert caught.value.retry_after == 120.0
    assert str(caught.value) == "get_incidents: HTTP 429 Too Many Requests: slow down"


@pytest.mark.parametrize(("operation", "method"), [("update_incident", "PATCH"), ("create_destination", "POST")])
def test_an_operation_not_safe_to_repeat_is_not_retried(
    policy: RetryPolicy, sleeps: Sleeps, operation: str, method: str
) -> None:
    script = Script(503, 200)
    assert call(client(script, policy), operation, method).status_code == 503
    assert script.calls == 1
    assert sleeps.delays == []


def test_a_post_marked_safe_to_retry_is_retried_with_its_body(policy: RetryPolicy) -> None:
    script = Script(429, 502, 200)
    assert call(client(script, policy), "list_incidents", "POST").status_code == 200
    assert script.calls == 3
    assert script.bodies == [b'{"x": 1}'] * 3


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow connect")])
def test_nothing_sent_errors_are_retried_for_any_method(policy: RetryPolicy, error: Exception) -> None:
    script = Script(error, 201)
    assert call(client(script, policy), "create_destination", "POST").status_code == 201
    assert script.calls == 2


def test_a_read_timeout_is_retried_only_when_safe(policy: RetryPolicy) -> None:
    safe = Script(httpx.ReadTimeout("slow"), 200)
    assert call(client(safe, policy), "list_incidents", "POST").status_code == 200
    unsafe = Script(httpx.ReadTimeout("slow"), 200)
    with pytest.raises(APITimeoutError), translate_transport_errors("create_destination"):
        call(client(unsafe, policy), "create_destination", "POST")
    assert unsafe.calls == 1


def test_connection_errors_give_up_after_the_attempts(policy: RetryPolicy, sleeps: Sleeps) -> None:
    script = Script(httpx.ConnectError("refused"))
    with pytest.raises(httpx.ConnectError):
        call(client(script, policy))
    assert script.calls == 4
    assert len(sleeps.delays) == 3


@pytest.mark.parametrize("status", [500, 501, 400, 401, 404])
def test_other_statuses_are_not_retried(policy: RetryPolicy, status: int) -> None:
    script = Script(status, 200)
    assert call(client(script, policy)).status_code == status
    assert script.calls == 1


@pytest.mark.parametrize(("method", "retried"), [("GET", True), ("PUT", True), ("DELETE", True), ("POST", False)])
def test_an_unknown_operation_is_retried_by_its_method(policy: RetryPolicy, method: str, retried: bool) -> None:
    script = Script(503, 200)
    call(client(script, policy), None, method)
    assert script.calls == (2 if retried else 1)


def test_the_in_flight_key_of_an_unknown_operation_is_method_and_path() -> None:
    transport = ResilientTransport(httpx.MockTransport(Script(200)), profile=EXCHANGE_PROFILE)
    target = transport.target(httpx.Request("POST", "https://a.test/v9/things?x=1"))
    assert (target.label, target.limiter_key, target.safe_to_retry) == ("POST /v9/things", "POST /v9/things", False)
    target = transport.target(httpx.Request("GET", "https://a.test/v2/incidents", extensions={"operation_id": "nope"}))
    assert (target.label, target.limiter_key, target.safe_to_retry) == ("nope", "GET /v2/incidents", True)


def test_a_gzip_body_survives_the_transport(policy: RetryPolicy) -> None:
    body = gzip.compress(b'{"incidents": []}')
    script = Script(lambda request: httpx.Response(200, content=body, headers={"Content-Encoding": "gzip"}))
    assert call(client(script, policy)).json() == {"incidents": []}


async def test_async_retries_with_async_sleep(sleeps: Sleeps) -> None:
    script = Script(with_headers(429, {"Retry-After": "2"}), 503, 200)
    policy = sleeps.policy(now=lambda: NOW, random=lambda: 0.0)
    transport = AsyncResilientTransport(
        httpx.MockTransport(script.ahandle),
        profile=EXCHANGE_PROFILE,
        retry=policy,
        limiter=RequestLimiter(NO_LIMITS, "k"),
    )
    async with httpx.AsyncClient(base_url="https://acme.cyberhaven.io", transport=transport) as client:
        response = await client.post("/v2/incidents/list", json={}, extensions={"operation_id": "list_incidents"})
        assert response.status_code == 200
        assert sleeps.delays == [2.0, 1.0]
        assert script.calls == 3


async def test_async_connect_error_is_retried_for_post(sleeps: Sleeps) -> None:
    script = Script(httpx.ConnectError("refused"), 201)
    transport = AsyncResilientTransport(
        httpx.MockTransport(script.ahandle), profile=EXCHANGE_PROFILE, retry=sleeps.policy()
    )
    async with httpx.AsyncClient(transport=transport) as client:
        response = await client.post(
            "https://acme.cyberhaven.io/v2/streaming/destinations", extensions={"operation_id": "create_destination"}
        )
    assert response.status_code == 201
    assert script.calls == 2


def test_retries_are_logged_without_headers_or_bodies(policy: RetryPolicy, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="auth_plugins")
    script = Script(with_headers(429, {"Retry-After": "3"}), 200)
    call(client(script, policy))
    messages = [record.getMessage() for record in caplog.records if record.name == "auth_plugins"]
    assert "operation get_incidents: attempt 1/4 got HTTP 429; retrying in 3.00s" in messages
    info = [record for record in caplog.records if record.levelno == logging.INFO and record.name == "auth_plugins"]
    assert len(info) == 1
    assert not any("slow down" in message or "Retry-After" in message for message in messages)


def test_retry_policy_validates_its_fields() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(jitter=1.5)
    assert RetryPolicy().retry_statuses == frozenset({429, 502, 503, 504})
    assert (RetryPolicy().max_attempts, RetryPolicy().initial_delay, RetryPolicy().max_delay) == (4, 0.5, 30.0)
