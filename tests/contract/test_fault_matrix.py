"""Fault matrix: each fault the mock injects meets the documented client behaviour, for both APIs:
retried and succeeds, or a typed error. Nothing hangs, nothing comes back silently as None."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from auth_plugins.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    MalformedResponseError,
    RateLimitError,
    TokenExchangeError,
)
from auth_plugins.resilience import RetryPolicy
from tests.credentials import CYBERHAVEN_KEY, SEVCO_KEY

from .conftest import Server
from .recipes import RECIPES, Context

# (api, an operation safe to repeat, one that is not)
APIS = [("sevco", "list_orgs", "create_org"), ("cyberhaven", "list_incidents", "create_streaming_destination")]


@pytest.fixture(params=APIS, ids=[api for api, _, _ in APIS])
def setup(request: pytest.FixtureRequest, server: Callable[[str], Server], connected: Callable[..., Context]) -> Any:
    api, safe, unsafe = request.param
    sleeps: list[float] = []
    policy = RetryPolicy(max_attempts=3, sleep=sleeps.append, random=lambda: 0.0)
    # 0.5 s per network phase, so a delayed answer times out fast; the call's deadline (the largest phase, here
    # `pool`) leaves room for the waits the tests plan (the sleeps are recorded, not slept)
    ctx = connected(api, retry=policy, timeout=httpx.Timeout(0.5, pool=10.0))
    return api, safe, unsafe, server(api).mock, ctx, sleeps


def call(api: str, operation_id: str, ctx: Context) -> Any:
    response = RECIPES[api][operation_id](ctx)
    assert 200 <= response.status_code < 300
    assert response.parsed is not None
    return response


def test_429_with_retry_after_is_waited_for_then_succeeds(setup: Any) -> None:
    api, safe, _, mock, ctx, sleeps = setup
    mock.faults.add(safe, "status", status=429, retry_after=2, count=1)
    call(api, safe, ctx)
    assert sleeps == [2.0]


def test_429_asking_longer_than_the_cap_is_raised_with_retry_after(setup: Any) -> None:
    api, safe, _, mock, ctx, sleeps = setup
    mock.faults.add(safe, "status", status=429, retry_after=3600, count=1)
    with pytest.raises(RateLimitError) as caught:
        call(api, safe, ctx)
    assert caught.value.retry_after == pytest.approx(3600, abs=2)
    assert sleeps == []


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_errors_are_retried_then_succeed(setup: Any, status: int) -> None:
    api, safe, _, mock, ctx, sleeps = setup
    mock.faults.add(safe, "status", status=status, count=2)
    call(api, safe, ctx)
    assert sleeps == [0.5, 1.0]  # exponential backoff, jitter pinned to 0


def test_persistent_503_becomes_a_typed_error_after_the_attempt_cap(setup: Any) -> None:
    api, safe, _, mock, ctx, sleeps = setup
    mock.faults.add(safe, "status", status=503, count=10)
    with pytest.raises(InternalServerError) as caught:
        call(api, safe, ctx)
    assert caught.value.status_code == 503
    assert caught.value.operation == safe
    assert len(sleeps) == 2  # three attempts in all


def test_500_is_not_retried(setup: Any) -> None:
    api, safe, _, mock, ctx, sleeps = setup
    mock.faults.add(safe, "status", status=500, count=1)
    with pytest.raises(InternalServerError):
        call(api, safe, ctx)
    assert sleeps == []


def test_post_that_is_not_safe_to_repeat_is_not_retried(setup: Any) -> None:
    api, _, unsafe, mock, ctx, sleeps = setup
    mock.faults.add(unsafe, "status", status=503, count=1)
    with pytest.raises(InternalServerError):
        call(api, unsafe, ctx)
    assert sleeps == []
    assert mock.stats()["requests"][unsafe] == 1


def test_delay_past_the_timeout_is_a_timeout_error(setup: Any) -> None:
    api, safe, _, mock, ctx, _ = setup
    mock.faults.add(safe, "delay", delay_s=2.0, count=10)
    with pytest.raises(APITimeoutError) as caught:
        call(api, safe, ctx)
    assert safe in str(caught.value)


def test_malformed_json_is_a_typed_error(setup: Any) -> None:
    api, safe, _, mock, ctx, _ = setup
    mock.faults.add(safe, "malformed", count=1)
    with pytest.raises(MalformedResponseError) as caught:
        call(api, safe, ctx)
    assert caught.value.operation == safe


def test_html_error_page_is_retried_then_succeeds(setup: Any) -> None:
    api, safe, _, mock, ctx, sleeps = setup
    mock.faults.add(safe, "html", status=502, count=1)
    call(api, safe, ctx)
    assert len(sleeps) == 1


def test_persistent_html_error_page_is_typed_without_the_markup(setup: Any) -> None:
    api, safe, _, mock, ctx, _ = setup
    mock.faults.add(safe, "html", status=502, count=10)
    with pytest.raises(InternalServerError) as caught:
        call(api, safe, ctx)
    assert "<html" not in str(caught.value).lower()


def test_dropped_connection_is_retried_for_a_safe_operation(setup: Any) -> None:
    api, safe, _, mock, ctx, sleeps = setup
    mock.faults.add(safe, "drop", count=1)
    call(api, safe, ctx)
    assert len(sleeps) == 1


def test_dropped_connection_is_not_retried_for_an_unsafe_post(setup: Any) -> None:
    api, _, unsafe, mock, ctx, _ = setup
    mock.faults.add(unsafe, "drop", count=1)
    with pytest.raises(APIConnectionError):
        call(api, unsafe, ctx)
    assert mock.stats()["requests"][unsafe] == 1


def test_truncated_body_is_a_typed_error(setup: Any) -> None:
    api, safe, _, mock, ctx, _ = setup
    mock.faults.add(safe, "truncated", count=10)
    with pytest.raises((APIConnectionError, MalformedResponseError)):
        call(api, safe, ctx)


def test_revoked_key_is_an_authentication_error_without_the_key(setup: Any) -> None:
    api, safe, _, mock, ctx, _ = setup
    call(api, safe, ctx)
    mock.revoke_key()
    expected = TokenExchangeError if api == "cyberhaven" else AuthenticationError
    with pytest.raises(expected) as caught:
        call(api, safe, ctx)
    for secret in (SEVCO_KEY, CYBERHAVEN_KEY):
        assert secret not in str(caught.value)
        assert secret not in repr(caught.value)


def test_token_expiry_mid_run_exchanges_once_more(server: Callable[[str], Server], connected: Any) -> None:
    mock = server("cyberhaven").mock
    ctx = connected("cyberhaven")
    call("cyberhaven", "list_incidents", ctx)
    assert mock.stats()["token_exchanges"] == 1

    mock.clock.advance(901)  # the server's clock: the token the client holds has expired there
    call("cyberhaven", "list_incidents", ctx)
    call("cyberhaven", "get_incidents", ctx)

    assert mock.stats()["token_exchanges"] == 2
