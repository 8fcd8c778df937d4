"""The three interfaces behave the same in-process and on Redis (one test, both sides), sync and async; what only
the Redis side has (state seen by another process's RedisState); reading the server's rate-limit headers;
configuration errors."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from auth_plugins import ConfigurationError
from shared_state import InProcessState, RedisState, ServerBudget, SharedState, open_shared_state

from .conftest import FINGERPRINT, KEY
from .peak import most_inside
from .valkey_server import ValkeyTestServer


@pytest.fixture(params=["in-process", "redis"])
def any_state(request: pytest.FixtureRequest, state: RedisState) -> SharedState:
    return InProcessState() if request.param == "in-process" else state


# -- tokens --


def test_a_token_is_kept_until_it_is_due_for_renewal(any_state: SharedState) -> None:
    store = any_state.token_store(FINGERPRINT)
    assert store.get() is None
    token = store.put("token-1", renew_in=0.3)
    assert token.value.reveal() == "token-1"
    assert "token-1" not in repr(token)
    found = store.get()
    assert found is not None and found.value == token.value
    time.sleep(0.35)
    assert store.get() is None


def test_invalidate_drops_only_the_token_the_caller_saw_and_only_once(any_state: SharedState) -> None:
    store = any_state.token_store(FINGERPRINT)
    old = store.put("token-old", renew_in=60)
    new = store.put("token-new", renew_in=60)
    assert store.invalidate(old) is False  # renewed meanwhile: the new one stays
    assert store.get() == new
    assert store.invalidate(new) is True
    assert store.invalidate(new) is False
    assert store.get() is None


async def test_the_async_token_methods_share_the_sync_state(any_state: SharedState) -> None:
    store = any_state.token_store(FINGERPRINT)
    assert await store.aget() is None
    async with store.aexchange_lock():
        token = await store.aput("token-async", renew_in=60)
    assert store.get() == token
    assert await store.ainvalidate(token) is True
    assert await store.aget() is None
    await any_state.aclose()


async def test_the_exchange_lock_lets_one_holder_in_at_a_time_across_threads_and_tasks(any_state: SharedState) -> None:
    store = any_state.token_store(FINGERPRINT)
    assert await most_inside(store.exchange_lock, store.aexchange_lock) == 1
    await any_state.aclose()


def test_another_process_sees_the_token_and_its_invalidation(
    valkey: ValkeyTestServer, make_state: Callable[..., RedisState]
) -> None:
    mine, theirs = make_state(valkey.url).token_store(FINGERPRINT), make_state(valkey.url).token_store(FINGERPRINT)
    token = mine.put("token-shared", renew_in=0.5)
    seen = theirs.get()
    assert seen is not None and seen.value == token.value
    assert seen.renew_at - time.monotonic() <= 0.5  # their copy expires with the entry, not later
    assert theirs.invalidate(seen) is True
    assert mine.invalidate(token) is False  # dropped once, by whoever came first
    assert theirs.get() is None


# -- the per-minute budget --


def test_the_budget_is_a_moving_window(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=3, window_seconds=1)
    assert [budget.try_acquire() for _ in range(3)] == [None, None, None]
    wait = budget.try_acquire()
    assert wait is not None and 0 < wait <= 1
    time.sleep(wait + 0.01)
    assert budget.try_acquire() is None


async def test_the_async_budget_shares_the_sync_window(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=3, window_seconds=1)
    assert budget.try_acquire() is None
    assert [await budget.atry_acquire() for _ in range(2)] == [None, None]
    assert await budget.atry_acquire() is not None
    assert budget.try_acquire() is not None
    await any_state.aclose()


def test_the_budget_waits_as_long_as_the_server_asks(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=10, window_seconds=60)
    budget.follow_server(ServerBudget(wait=0.3))
    budget.follow_server(ServerBudget(wait=0.1))  # a shorter wait does not shorten the longer one
    wait = budget.try_acquire()
    assert wait is not None and 0.2 < wait <= 0.3
    time.sleep(wait + 0.01)
    assert budget.try_acquire() is None


async def test_the_budget_never_sends_more_than_the_server_has_left(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=10, window_seconds=60)
    assert budget.try_acquire() is None  # 9 left here
    budget.follow_server(ServerBudget(remaining=4))  # the server counted more sends (another client?)
    assert [budget.try_acquire() for _ in range(5)].count(None) == 4
    budget.follow_server(ServerBudget(remaining=5))  # more than the window has left: ignored
    assert budget.try_acquire() is not None

    abudget = any_state.request_budget(FINGERPRINT, per_window=11, window_seconds=60)
    await abudget.afollow_server(ServerBudget(remaining=2))
    assert [await abudget.atry_acquire() for _ in range(3)].count(None) == 2
    await any_state.aclose()


# -- the in-flight cap --


async def test_the_cap_holds_across_threads_and_tasks_together(any_state: SharedState) -> None:
    cap = any_state.in_flight_cap(FINGERPRINT, "getEvents", limit=2)
    assert await most_inside(cap.hold, cap.ahold) == 2
    await any_state.aclose()


def test_a_slot_is_given_back_when_the_block_raises(any_state: SharedState) -> None:
    cap = any_state.in_flight_cap(FINGERPRINT, "getEvents", limit=1)
    for _ in range(3):
        with pytest.raises(RuntimeError), cap.hold():
            raise RuntimeError("the request failed")
    with cap.hold():
        pass


def test_caps_are_per_operation_and_objects_per_arguments(any_state: SharedState) -> None:
    events = any_state.in_flight_cap(FINGERPRINT, "getEvents", limit=1)
    assert any_state.in_flight_cap(FINGERPRINT, "getEvents", limit=1) is events
    assert any_state.token_store(FINGERPRINT) is any_state.token_store(FINGERPRINT)
    budget = any_state.request_budget(FINGERPRINT, per_window=5, window_seconds=60)
    assert any_state.request_budget(FINGERPRINT, per_window=5, window_seconds=60) is budget
    with events.hold(), any_state.in_flight_cap(FINGERPRINT, "listAssets", limit=1).hold():
        pass  # another operation's slot is free while this one's is taken


# -- the server's rate-limit headers --


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (200, {"X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "1000"}, ServerBudget(remaining=5)),
        (200, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "12"}, ServerBudget(remaining=0, wait=12.0)),
        (200, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1000000060"}, ServerBudget(remaining=0, wait=60.0)),
        (429, {"Retry-After": "3"}, ServerBudget(wait=3.0)),
        (429, {"Retry-After": "3", "X-RateLimit-Remaining": "0"}, ServerBudget(remaining=0, wait=3.0)),
        (503, {"Retry-After": "3"}, None),  # the service is unavailable, not the key's budget spent
        (200, {"X-RateLimit-Remaining": "many"}, None),
        (200, {}, None),
    ],
)
def test_the_budget_a_response_announces(status: int, headers: dict[str, str], expected: ServerBudget | None) -> None:
    assert ServerBudget.from_headers(httpx.Headers(headers), status, now=1_000_000_000.0) == expected


# -- configuration --


def test_open_shared_state_takes_nothing_a_url_or_a_state(valkey: ValkeyTestServer) -> None:
    assert isinstance(open_shared_state(None), InProcessState)
    assert isinstance(open_shared_state("  "), InProcessState)
    opened = open_shared_state(f" {valkey.url} ", workers=3)
    assert isinstance(opened, RedisState)
    assert opened.connection.settings.workers == 3
    assert open_shared_state(opened) is opened
    opened.close()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://127.0.0.1:6379", "must start with one of redis://, rediss://, unix://"),
        ("redis://user:hunter2-secret@127.0.0.1:notaport/0", "is not a valid URL"),
        ("redis:///0", "has no host"),
    ],
)
def test_a_bad_url_is_refused_without_showing_its_password(url: str, problem: str) -> None:
    with pytest.raises(ConfigurationError, match=problem) as caught:
        RedisState(url)
    assert "hunter2-secret" not in str(caught.value)


@pytest.mark.parametrize(
    "options",
    [{"workers": 0}, {"lease_seconds": 0}, {"socket_timeout": float("inf")}, {"retry_seconds": -1}, {"key_prefix": ""}],
)
def test_bad_settings_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        RedisState("redis://127.0.0.1:6379/0", **options)  # type: ignore[arg-type]


def test_an_api_key_is_refused_as_a_fingerprint(state: RedisState) -> None:
    with pytest.raises(ConfigurationError, match="never the key itself"):
        state.token_store(KEY)
    with pytest.raises(ConfigurationError, match="never the key itself"):
        state.request_budget(KEY, per_window=5, window_seconds=60)


@pytest.mark.parametrize("limit", [0, -1])
def test_a_cap_or_budget_that_lets_nothing_through_is_refused(any_state: SharedState, limit: int) -> None:
    with pytest.raises(ConfigurationError):
        any_state.in_flight_cap(FINGERPRINT, "getEvents", limit=limit)
    with pytest.raises(ConfigurationError):
        any_state.request_budget(FINGERPRINT, per_window=limit, window_seconds=60)


def test_the_url_password_never_shows(valkey: ValkeyTestServer, state: RedisState) -> None:
    texts = [repr(state), repr(state.connection), repr(state.token_store(FINGERPRINT)), state.connection.where]
    assert all(valkey.password not in text for text in texts)
    assert "api-clients:***@127.0.0.1" in state.connection.where
