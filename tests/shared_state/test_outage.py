"""Redis stopped, frozen or slow to free a lock: the documented behaviour. Callers fall back to in-process state at
once with one warning per outage and the stricter budget (the key's budget / workers), nobody hangs, and Redis is
used again when it returns, with the sends made meanwhile counted in its window."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import NamedTuple

import pytest

from shared_state import InFlightCap, RedisState, RequestBudget, Send, TokenStore

from .conftest import FINGERPRINT
from .peak import most_inside, most_inside_threads
from .valkey_server import ValkeyTestServer

WORKERS, PER_WINDOW, LIMIT = 4, 20, 8


class Pieces(NamedTuple):
    state: RedisState
    budget: RequestBudget
    store: TokenStore
    cap: InFlightCap


def shared_state_records(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "shared_state" and record.levelno == level]


def outage_ready(server: ValkeyTestServer, make_state: Callable[..., RedisState]) -> Pieces:
    """A RedisState of WORKERS workers that tries the server again 0.3 s after a failure, and its three pieces."""
    state = make_state(server.url, workers=WORKERS, retry_seconds=0.3, poll_seconds=0.005)
    return Pieces(
        state,
        state.request_budget(FINGERPRINT, per_window=PER_WINDOW, window_seconds=60),
        state.token_store(FINGERPRINT),
        state.in_flight_cap(FINGERPRINT, "getEvents", limit=LIMIT),
    )


def window_length(server: ValkeyTestServer) -> int:
    admin = server.admin()
    (key,) = admin.keys("security-api-clients:budget/*")
    return int(admin.llen(key))


def test_redis_down_falls_back_with_one_warning_and_a_stricter_budget_then_comes_back(
    restartable_valkey: ValkeyTestServer,
    make_state: Callable[..., RedisState],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = restartable_valkey
    state, budget, store, cap = outage_ready(server, make_state)
    assert all(isinstance(budget.try_acquire(), Send) for _ in range(3))
    token = store.put("token-before-the-outage", renew_in=60)
    assert most_inside_threads(cap.hold) == 3
    assert window_length(server) == 3

    server.stop()
    caplog.set_level(logging.INFO, logger="shared_state")
    started = time.monotonic()
    granted = [isinstance(budget.try_acquire(), Send) for _ in range(3 * PER_WINDOW)].count(True)
    assert granted == PER_WINDOW // WORKERS  # this process's share of the key's budget, however many it asks for
    assert store.get() == token  # the process's own copy
    with store.exchange_lock():  # the process's own lock
        assert store.invalidate(token)
    assert store.get() is None
    assert most_inside_threads(cap.hold) == LIMIT // WORKERS
    assert time.monotonic() - started < 2.0  # nobody waited on the dead server (the holds take 0.2 s)
    assert state.down
    time.sleep(0.35)  # retry_seconds: the next call tries the server again, and fails again
    assert isinstance(budget.try_acquire(), float)
    warnings = shared_state_records(caplog, logging.WARNING)
    assert len(warnings) == 1, [record.getMessage() for record in warnings]
    message = warnings[0].getMessage()
    assert "in-process" in message and f"{WORKERS} workers" in message
    assert server.password not in message

    server.start()  # the same port, empty
    time.sleep(0.35)  # retry_seconds
    assert isinstance(budget.try_acquire(), Send)
    assert not state.down
    # The sends of the outage were added to the shared window before this one: the key's minute stays within budget.
    assert window_length(server) == PER_WINDOW // WORKERS + 1
    assert most_inside_threads(cap.hold) == 3  # leases on Redis again
    assert len(shared_state_records(caplog, logging.WARNING)) == 1
    assert [record.getMessage() for record in shared_state_records(caplog, logging.INFO)] == [
        f"shared state at {state.connection.where} answers again: using it"
    ]


async def test_redis_down_and_back_for_asyncio_tasks(
    restartable_valkey: ValkeyTestServer,
    make_state: Callable[..., RedisState],
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = restartable_valkey
    state, budget, store, cap = outage_ready(server, make_state)
    assert isinstance(await budget.atry_acquire(), Send)
    token = await store.aput("token-before-the-outage", renew_in=60)

    server.stop()
    started = time.monotonic()
    granted = [isinstance(await budget.atry_acquire(), Send) for _ in range(3 * PER_WINDOW)].count(True)
    assert granted == PER_WINDOW // WORKERS
    assert await store.aget() == token
    async with store.aexchange_lock():
        assert await store.ainvalidate(token)
    assert await most_inside(cap.hold, cap.ahold, threads=1, tasks=2) == LIMIT // WORKERS
    assert time.monotonic() - started < 2.0
    assert len(shared_state_records(caplog, logging.WARNING)) == 1

    server.start()
    await asyncio.sleep(0.35)
    assert isinstance(await budget.atry_acquire(), Send)
    assert not state.down
    assert window_length(server) == PER_WINDOW // WORKERS + 1
    await state.aclose()


def test_a_frozen_server_costs_each_caller_at_most_one_socket_timeout(
    restartable_valkey: ValkeyTestServer, make_state: Callable[..., RedisState], caplog: pytest.LogCaptureFixture
) -> None:
    server = restartable_valkey
    timeout = 0.3
    state = make_state(
        server.url, socket_timeout=timeout, connect_timeout=timeout, retry_seconds=0.5, poll_seconds=0.005
    )
    budget = state.request_budget(FINGERPRINT, per_window=PER_WINDOW, window_seconds=60)
    store = state.token_store(FINGERPRINT)
    cap = state.in_flight_cap(FINGERPRINT, "getEvents", limit=LIMIT)
    assert isinstance(budget.try_acquire(), Send)  # connected

    server.freeze()  # connections open, nothing answers
    started = time.monotonic()
    assert isinstance(budget.try_acquire(), Send)  # after one socket timeout, from the local budget
    first = time.monotonic() - started
    assert store.get() is None
    with cap.hold():
        pass
    total = time.monotonic() - started
    assert timeout <= first < timeout + 0.5
    assert total < first + 0.1  # the others did not try the frozen server again
    assert "TimeoutError" in shared_state_records(caplog, logging.WARNING)[0].getMessage()

    server.resume()
    time.sleep(0.55)
    assert isinstance(budget.try_acquire(), Send)
    assert not state.down


@pytest.mark.parametrize(
    ("held_for", "lock_seconds", "waits", "takes_it"),
    [
        (0.6, 5.0, 0.6, True),  # its holder died mid-exchange: the lock expires, and the next caller takes it
        (30.0, 0.4, 0.4, False),  # its holder is slow: a caller waits lock_seconds at most, then goes on without
    ],
)
def test_a_caller_waits_for_the_exchange_lock_as_long_as_it_lives_and_lock_seconds_at_most(
    valkey: ValkeyTestServer,
    make_state: Callable[..., RedisState],
    caplog: pytest.LogCaptureFixture,
    held_for: float,
    lock_seconds: float,
    waits: float,
    takes_it: bool,
) -> None:
    lock_key = f"security-api-clients:token-lock:{FINGERPRINT}"
    valkey.admin().set(lock_key, "another-worker", px=int(held_for * 1000))
    store = make_state(valkey.url, lock_seconds=lock_seconds, poll_seconds=0.01).token_store(FINGERPRINT)
    started = time.monotonic()
    with store.exchange_lock():
        waited = time.monotonic() - started
        holder = valkey.admin().get(lock_key)
    assert waits - 0.05 <= waited < waits + 0.4  # redis-py checks its deadline between polls
    if takes_it:
        assert holder not in (None, b"another-worker")
        assert valkey.admin().get(lock_key) is None  # released
    else:
        assert holder == b"another-worker"
        assert valkey.admin().get(lock_key) == b"another-worker"  # not released by a caller that did not hold it
        assert "exchanging without it" in shared_state_records(caplog, logging.WARNING)[0].getMessage()
