"""The three interfaces behave the same in-process and on Redis (one test, both sides), sync and async; what only
the Redis side has (state seen by another process's RedisState); reading the server's rate-limit headers;
configuration errors."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from auth_plugins import ConfigurationError
from shared_state import InProcessState, RedisState, RequestBudget, Send, ServerBudget, SharedState, open_shared_state

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


def granted(budget: RequestBudget, tries: int) -> list[Send]:
    """The sends `tries` asks granted (without waiting)."""
    return [send for send in (budget.try_acquire() for _ in range(tries)) if isinstance(send, Send)]


def wait_of(answer: Send | float) -> float:
    assert isinstance(answer, float), answer
    return answer


def test_the_budget_is_a_moving_window(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=3, window_seconds=1)
    assert len(granted(budget, 3)) == 3
    wait = wait_of(budget.try_acquire())
    assert 0 < wait <= 1
    time.sleep(wait + 0.01)
    assert isinstance(budget.try_acquire(), Send)


async def test_the_async_budget_shares_the_sync_window(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=3, window_seconds=1)
    assert isinstance(budget.try_acquire(), Send)
    assert all([isinstance(await budget.atry_acquire(), Send) for _ in range(2)])
    assert isinstance(await budget.atry_acquire(), float)
    assert isinstance(budget.try_acquire(), float)
    await any_state.aclose()


def test_the_budget_waits_as_long_as_the_server_asks(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=10, window_seconds=60)
    first, second = granted(budget, 2)
    budget.settle(first, ServerBudget(wait=0.3))
    budget.settle(second, ServerBudget(wait=0.1))  # a shorter wait does not shorten the longer one
    wait = wait_of(budget.try_acquire())
    assert 0.2 < wait <= 0.3
    time.sleep(wait + 0.01)
    assert isinstance(budget.try_acquire(), Send)


async def test_the_budget_never_sends_more_than_the_server_has_left(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=10, window_seconds=60)
    (first,) = granted(budget, 1)  # 9 left here
    budget.settle(first, ServerBudget(remaining=4))  # the server counted more sends (another client?)
    sends = granted(budget, 5)
    assert len(sends) == 4
    budget.settle(sends[0], ServerBudget(remaining=5))  # more than the window has left: ignored
    assert isinstance(budget.try_acquire(), float)
    for send in sends[1:]:
        budget.settle(send, None)

    abudget = any_state.request_budget(FINGERPRINT, per_window=11, window_seconds=60)
    asend = await abudget.atry_acquire()
    assert isinstance(asend, Send)
    await abudget.asettle(asend, ServerBudget(remaining=2))
    assert [isinstance(await abudget.atry_acquire(), Send) for _ in range(3)].count(True) == 2
    await any_state.aclose()


def test_the_budget_follows_the_servers_window_past_its_own(any_state: SharedState) -> None:
    """The server reports 5 left until its reset: 5 go, none more before the reset (though the own window of 100
    has room); after it, one goes first and its answer opens the new window, whatever the own window says."""
    budget = any_state.request_budget(FINGERPRINT, per_window=100, window_seconds=60)
    (first,) = granted(budget, 1)
    budget.settle(first, ServerBudget(remaining=5, reset=0.4))
    sends = granted(budget, 10)
    assert len(sends) == 5
    wait = wait_of(budget.try_acquire())
    assert 0.3 < wait <= 0.4  # until the reset, not the own window's minute
    for send in sends:
        budget.settle(send, ServerBudget(remaining=0, reset=0.4))
    time.sleep(0.45)
    (probe,) = granted(budget, 5)  # the new window's size is not known yet: one goes first
    assert wait_of(budget.try_acquire()) <= 0.05  # the others ask again soon: the answer will come soon
    budget.settle(probe, ServerBudget(remaining=99, reset=60))  # a fixed window: full again
    assert len(granted(budget, 120)) == 99


def test_a_probe_answered_with_little_left_keeps_the_budget_waiting(any_state: SharedState) -> None:
    """A moving window at the server frees only what left it: the answer to the probe says so."""
    budget = any_state.request_budget(FINGERPRINT, per_window=100, window_seconds=60)
    (first,) = granted(budget, 1)
    budget.settle(first, ServerBudget(remaining=0, reset=0.2))
    time.sleep(0.25)
    (probe,) = granted(budget, 3)
    budget.settle(probe, ServerBudget(remaining=1, reset=5))
    assert len(granted(budget, 3)) == 1
    assert 4 < wait_of(budget.try_acquire()) <= 5


def test_sends_the_server_cannot_have_counted_are_taken_off_what_it_reports(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=100, window_seconds=60)
    early = granted(budget, 3)  # still unanswered when `mine` is granted
    (mine,) = granted(budget, 1)
    later = granted(budget, 2)  # granted after `mine`
    budget.settle(mine, ServerBudget(remaining=20, reset=30))
    assert len(granted(budget, 30)) == 20 - 3 - 2  # any of those five may reach the server after `mine`
    for send in [*early, *later]:
        budget.settle(send, None)


def test_each_answer_tells_what_is_left_less_what_the_server_may_not_have_counted(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=100, window_seconds=60)
    older, newer = granted(budget, 2)
    budget.settle(newer, ServerBudget(remaining=10, reset=30))  # 9: `older` may reach the server after `newer`
    first = granted(budget, 30)
    assert len(first) == 9
    # `older`, answered late, was counted first after all (11 left then): 11 less the 10 granted after it
    budget.settle(older, ServerBudget(remaining=11, reset=30.5))
    assert len(granted(budget, 30)) == 1


def test_a_late_answer_of_an_earlier_window_is_ignored(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=100, window_seconds=60)
    earlier, later = granted(budget, 2)
    budget.settle(later, ServerBudget(remaining=40, reset=90))  # 39: `earlier` may not be counted yet
    budget.settle(earlier, ServerBudget(remaining=80, reset=30))  # its window ends a minute before: ignored
    assert len(granted(budget, 100)) == 39


def test_a_server_that_stops_reporting_is_followed_by_the_own_window_again(any_state: SharedState) -> None:
    budget = any_state.request_budget(FINGERPRINT, per_window=5, window_seconds=60)
    (first,) = granted(budget, 1)  # counted in the own window
    budget.settle(first, ServerBudget(remaining=10, reset=0.2))
    sends = granted(budget, 8)
    assert len(sends) == 5  # the server's window (at most per_window of it), though the own one has 4 left
    time.sleep(0.25)
    (probe,) = granted(budget, 2)
    budget.settle(probe, None)  # no answer (it failed): nothing learnt, and another send goes first instead
    (second_probe,) = granted(budget, 2)
    assert isinstance(budget.try_acquire(), float)
    budget.settle(sends[0], ServerBudget())  # an answer without rate-limit headers once the window reset
    assert len(granted(budget, 8)) == 4  # the own window again: 5 a minute, `first` counted there
    budget.settle(second_probe, None)


def test_the_others_wait_for_the_probes_answer_however_slow(any_state: SharedState) -> None:
    """A slow server (an answer after more than a second) must not let a second send go first: with a moving window
    at the server only what left it is free, and a second send would get a 429."""
    budget = any_state.request_budget(FINGERPRINT, per_window=100, window_seconds=60)
    (first,) = granted(budget, 1)
    budget.settle(first, ServerBudget(remaining=0, reset=0.1))
    time.sleep(0.15)
    (probe,) = granted(budget, 3)
    time.sleep(1.2)  # the probe's answer is slow
    assert isinstance(budget.try_acquire(), float)  # still waiting for it
    budget.settle(probe, ServerBudget(remaining=2, reset=5))
    assert len(granted(budget, 5)) == 2


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
        (200, {"X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "1000"}, ServerBudget(remaining=5, reset=1000.0)),
        (200, {"X-RateLimit-Remaining": "5"}, ServerBudget(remaining=5)),
        (200, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "12"}, ServerBudget(0, 12.0, 12.0)),
        (200, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1000000060"}, ServerBudget(0, 60.0, 60.0)),
        # an epoch reset is read against the server's own clock when it sends one (the client's may be off)
        (
            200,
            {"X-RateLimit-Remaining": "7", "X-RateLimit-Reset": "1000000090", "Date": "Sun, 09 Sep 2001 01:47:00 GMT"},
            ServerBudget(remaining=7, reset=70.0),
        ),
        (429, {"Retry-After": "3"}, ServerBudget(wait=3.0)),
        (429, {"Retry-After": "3", "X-RateLimit-Remaining": "0"}, ServerBudget(remaining=0, wait=3.0)),
        (503, {"Retry-After": "3"}, None),  # the service is unavailable, not the key's budget spent
        (200, {"X-RateLimit-Remaining": "many"}, None),
        (200, {"X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "soon"}, ServerBudget(remaining=5)),
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
