"""Redis stopped, frozen or slow to free a lock: the documented behaviour. Callers fall back to in-process state at
once with one warning per outage and the stricter budget (the key's budget / workers), nobody hangs, and Redis is
used again when it returns, with the sends made meanwhile counted in its window."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable

import pytest

from shared_state import InFlightCap, RedisState

from .conftest import FINGERPRINT
from .valkey_server import ValkeyTestServer

WORKERS, PER_WINDOW, LIMIT = 4, 20, 8


def shared_state_records(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "shared_state" and record.levelno == level]


def peak_holders(cap: InFlightCap, threads: int) -> int:
    """Most threads inside `cap.hold()` at once, out of `threads` trying together for 0.1 s each."""
    lock, inside, peak = threading.Lock(), [0], [0]

    def hold() -> None:
        with cap.hold():
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            time.sleep(0.1)
            with lock:
                inside[0] -= 1

    running = [threading.Thread(target=hold) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    return peak[0]


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
    state = make_state(server.url, workers=WORKERS, retry_seconds=0.3, poll_seconds=0.005)
    budget = state.request_budget(FINGERPRINT, per_window=PER_WINDOW, window_seconds=60)
    store = state.token_store(FINGERPRINT)
    cap = state.in_flight_cap(FINGERPRINT, "getEvents", limit=LIMIT)
    assert [budget.try_acquire() for _ in range(3)] == [None] * 3
    token = store.put("token-before-the-outage", renew_in=60)
    assert peak_holders(cap, 3) == 3
    assert window_length(server) == 3

    server.stop()
    caplog.set_level(logging.INFO, logger="shared_state")
    started = time.monotonic()
    granted = [budget.try_acquire() for _ in range(3 * PER_WINDOW)].count(None)
    assert granted == PER_WINDOW // WORKERS  # this process's share of the key's budget, however many it asks for
    assert store.get() == token  # the process's own copy
    with store.exchange_lock():  # the process's own lock
        assert store.invalidate(token)
    assert store.get() is None
    assert peak_holders(cap, 3) == LIMIT // WORKERS
    assert time.monotonic() - started < 2.0  # nobody waited on the dead server (the holds take 0.2 s)
    assert state.down
    time.sleep(0.35)  # retry_seconds: the next call tries the server again, and fails again
    assert budget.try_acquire() is not None
    warnings = shared_state_records(caplog, logging.WARNING)
    assert len(warnings) == 1, [record.getMessage() for record in warnings]
    message = warnings[0].getMessage()
    assert "in-process" in message and f"{WORKERS} workers" in message
    assert server.password not in message

    server.start()  # the same port, empty
    time.sleep(0.35)  # retry_seconds
    assert budget.try_acquire() is None
    assert not state.down
    # The sends of the outage were added to the shared window before this one: the key's minute stays within budget.
    assert window_length(server) == PER_WINDOW // WORKERS + 1
    assert peak_holders(cap, 3) == 3  # leases on Redis again
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
    state = make_state(server.url, workers=WORKERS, retry_seconds=0.3, poll_seconds=0.005)
    budget = state.request_budget(FINGERPRINT, per_window=PER_WINDOW, window_seconds=60)
    store = state.token_store(FINGERPRINT)
    cap = state.in_flight_cap(FINGERPRINT, "getEvents", limit=LIMIT)
    assert await budget.atry_acquire() is None
    token = await store.aput("token-before-the-outage", renew_in=60)

    server.stop()
    started = time.monotonic()
    granted = [await budget.atry_acquire() for _ in range(3 * PER_WINDOW)].count(None)
    assert granted == PER_WINDOW // WORKERS
    assert await store.aget() == token
    async with store.aexchange_lock():
        assert await store.ainvalidate(token)
    inside, peak = [0], [0]

    async def hold() -> None:
        async with cap.ahold():
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
            await asyncio.sleep(0.1)
            inside[0] -= 1

    await asyncio.gather(*(hold() for _ in range(3)))
    assert peak[0] == LIMIT // WORKERS
    assert time.monotonic() - started < 2.0
    assert len(shared_state_records(caplog, logging.WARNING)) == 1

    server.start()
    await asyncio.sleep(0.35)
    assert await budget.atry_acquire() is None
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
    assert budget.try_acquire() is None  # connected

    server.freeze()  # connections open, nothing answers
    started = time.monotonic()
    assert budget.try_acquire() is None  # after one socket timeout, from the local budget
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
    assert budget.try_acquire() is None
    assert not state.down


def test_the_exchange_lock_of_a_dead_holder_frees_itself(
    valkey: ValkeyTestServer, make_state: Callable[..., RedisState]
) -> None:
    """A holder killed mid-exchange leaves its lock: it expires (lock_seconds), and the next caller goes on."""
    lock_key = f"security-api-clients:token-lock:{FINGERPRINT}"
    valkey.admin().set(lock_key, "a-dead-worker", px=600)
    store = make_state(valkey.url, lock_seconds=5, poll_seconds=0.01).token_store(FINGERPRINT)
    started = time.monotonic()
    with store.exchange_lock():
        waited = time.monotonic() - started
        assert valkey.admin().get(lock_key) not in (None, b"a-dead-worker")  # this caller holds it now
    assert 0.4 < waited < 1.0
    assert valkey.admin().get(lock_key) is None  # released


def test_a_caller_never_waits_for_the_exchange_lock_longer_than_lock_seconds(
    valkey: ValkeyTestServer, make_state: Callable[..., RedisState], caplog: pytest.LogCaptureFixture
) -> None:
    lock_key = f"security-api-clients:token-lock:{FINGERPRINT}"
    valkey.admin().set(lock_key, "a-slow-worker", px=30_000)
    store = make_state(valkey.url, lock_seconds=0.4, poll_seconds=0.01).token_store(FINGERPRINT)
    started = time.monotonic()
    with store.exchange_lock():
        waited = time.monotonic() - started
    assert 0.35 <= waited < 0.8  # redis-py checks its deadline between polls
    assert valkey.admin().get(lock_key) == b"a-slow-worker"  # not released by a caller that did not hold it
    assert "exchanging without it" in shared_state_records(caplog, logging.WARNING)[0].getMessage()
