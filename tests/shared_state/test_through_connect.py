"""Many workers on one key, through real clients: `cyberhaven_client.connect(shared_state=...)` in several spawned
OS processes (half on threads, half on asyncio tasks), the Cyberhaven mock on loopback counting what reaches it
(token exchanges, peak in flight per operation, 429s), the state on a real Valkey server.

One exchange per token lifetime across the processes, a 401 invalidating the shared token once, the server's
per-minute window never exceeded (and followed past the client's own), the in-flight cap never exceeded, a killed
worker's slots free again within a lease lifetime, Redis down without a hang, the API key never on Valkey."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import cyberhaven_client
import pytest
from attrs import evolve
from cyberhaven_client.api.endpoints import list_endpoints
from cyberhaven_client.models import ListEndpointsRequest

from auth_plugins import RateLimitError, RateLimits
from mock_servers import create_app, serve_in_thread
from mock_servers.app import MockController, load_data
from mock_servers.spec import Spec
from shared_state import RedisState

from . import client_workers
from .client_workers import BODY, CANARY_KEY, ClientJob
from .test_many_processes import SPAWN
from .test_what_the_server_holds import everything_stored
from .valkey_server import ValkeyTestServer

PROCESSES = 4
OPERATION = "list_endpoints"
FINGERPRINT_PREFIX = b"security-api-clients:"


class Mock:
    def __init__(self, controller: MockController, url: str) -> None:
        self.controller = controller
        self.url = url

    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = self.controller.stats()
        return stats

    def reset_window_in(self, seconds: float) -> None:
        """Set the mock's clock so that its fixed per-minute window ends `seconds` from now."""
        now = self.controller.clock.now()
        self.controller.clock.set(math.floor(now / 60) * 60 + 60 - seconds)


@pytest.fixture
def serve_mock() -> Iterator[Callable[..., Mock]]:
    """serve_mock(requests_per_minute=..., token_lifetime=None): a Cyberhaven mock of the test's own on loopback."""
    stack = contextlib.ExitStack()

    def serve(*, requests_per_minute: int, token_lifetime: float | None = None) -> Mock:
        data = load_data(Spec.load("cyberhaven"), None)
        if token_lifetime is not None:
            data = {**data, "auth": {**data.get("auth", {}), "token_lifetime": token_lifetime}}
        app = create_app("cyberhaven", keys=[CANARY_KEY], data=data, requests_per_minute=requests_per_minute)
        url = stack.enter_context(serve_in_thread(app))
        return Mock(app.state.mock, url)

    with stack:
        yield serve


def jobs(mock: Mock, valkey: ValkeyTestServer, **fields: Any) -> list[ClientJob]:
    """PROCESSES jobs, every other one on asyncio."""
    job = ClientJob(
        base_url=mock.url,
        state_url=valkey.url,
        state_options={},
        calls=5,
        concurrency=3,
        use_async=False,
        requests_per_minute=10_000,
    )
    job = evolve(job, **fields)
    return [evolve(job, use_async=i % 2 == 1) for i in range(PROCESSES)]


class Workers:
    """Spawned worker processes sharing a barrier with the test (which passes it once per phase)."""

    def __init__(self, target: Callable[..., None], all_jobs: list[ClientJob], *args: Any) -> None:
        self.barrier = SPAWN.Barrier(len(all_jobs) + 1)
        self.results: Any = SPAWN.Queue()
        self.processes = [
            SPAWN.Process(target=target, args=(job, *args), kwargs={"barrier": self.barrier, "results": self.results})
            for job in all_jobs
        ]
        for process in self.processes:
            process.start()

    def phase(self) -> None:
        self.barrier.wait(timeout=60)

    def reports(self, timeout: float = 60) -> list[dict[str, Any]]:
        got: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        try:
            while len(got) < len(self.processes):
                try:
                    got.append(self.results.get(timeout=0.5))
                except queue.Empty:
                    dead = [process.exitcode for process in self.processes if process.exitcode not in (None, 0)]
                    if dead or time.monotonic() > deadline:
                        pytest.fail(f"workers failed or hung: exit codes {[p.exitcode for p in self.processes]}")
            for process in self.processes:
                process.join(timeout=30)
                assert process.exitcode == 0
        finally:
            for process in self.processes:
                if process.is_alive():
                    process.kill()
                    process.join()
        return got


def total(reports: list[dict[str, Any]]) -> tuple[int, dict[str, int]]:
    failed: dict[str, int] = {}
    for report in reports:
        for name, count in report["failed"].items():
            failed[name] = failed.get(name, 0) + count
    return sum(report["ok"] for report in reports), failed


def test_one_exchange_across_processes_and_the_key_never_on_valkey(
    serve_mock: Callable[..., Mock], valkey: ValkeyTestServer
) -> None:
    mock = serve_mock(requests_per_minute=10_000)
    all_jobs = jobs(mock, valkey)
    workers = Workers(client_workers.call_in_phases, all_jobs)
    workers.phase()
    ok, failed = total(workers.reports())
    assert (ok, failed) == (PROCESSES * 3 * 5, {})
    stats = mock.stats()
    assert stats["token_exchanges"] == 1  # 12 threads and tasks in 4 processes, each with a client of its own
    assert stats["responses"].get("401", 0) == 0

    stored = everything_stored(valkey.admin())
    forms = {CANARY_KEY.encode(), CANARY_KEY.lower().encode()}
    assert stored, "the workers stored nothing on Valkey"
    for name, values in stored.items():
        assert name.startswith(FINGERPRINT_PREFIX), name
        assert not any(form in text for form in forms for text in (name, *values)), name


def test_one_exchange_per_token_lifetime_across_processes(
    serve_mock: Callable[..., Mock], valkey: ValkeyTestServer
) -> None:
    lifetime = 2.0  # renewed half-way: the spec's 60 s margin is more than half of it
    mock = serve_mock(requests_per_minute=10_000, token_lifetime=lifetime)
    seconds = 3.5
    workers = Workers(client_workers.call_for, jobs(mock, valkey, concurrency=2), seconds)
    started = time.monotonic()
    workers.phase()
    ok, failed = total(workers.reports())
    elapsed = time.monotonic() - started
    assert failed == {} and ok > 0
    exchanges = mock.stats()["token_exchanges"]
    # One per renewal (every lifetime / 2) for the whole fleet; each process alone would make as many.
    assert 2 <= exchanges <= elapsed / (lifetime / 2) + 1, (exchanges, elapsed)
    assert mock.stats()["responses"].get("401", 0) == 0  # every token was renewed before the mock expired it


def test_a_401_invalidates_the_shared_token_once(serve_mock: Callable[..., Mock], valkey: ValkeyTestServer) -> None:
    mock = serve_mock(requests_per_minute=10_000)
    workers = Workers(client_workers.call_in_phases, jobs(mock, valkey, calls=3, phases=2))
    workers.phase()  # every worker calls with the token of the one exchange
    time.sleep(0.1)
    while sum(mock.stats()["requests"].values()) < 1 + PROCESSES * 3 * 3:
        time.sleep(0.05)
    mock.controller.clock.advance(901)  # the mock expires the token; the workers' shared copy does not know
    workers.phase()
    ok, failed = total(workers.reports())
    assert (ok, failed) == (2 * PROCESSES * 3 * 3, {})
    stats = mock.stats()
    assert stats["responses"]["401"] >= 1
    assert stats["token_exchanges"] == 2  # however many workers met the 401


def test_the_servers_window_is_never_exceeded_and_followed_past_the_clients_own(
    serve_mock: Callable[..., Mock], valkey: ValkeyTestServer
) -> None:
    budget = 20
    mock = serve_mock(requests_per_minute=budget)
    mock.reset_window_in(2.0)
    workers = Workers(
        client_workers.call_in_phases, jobs(mock, valkey, calls=3, concurrency=2, requests_per_minute=budget)
    )
    started = time.monotonic()
    workers.phase()
    ok, failed = total(workers.reports())
    elapsed = time.monotonic() - started
    assert (ok, failed) == (PROCESSES * 2 * 3, {})  # 24 calls and an exchange over a budget of 20
    assert mock.stats()["rate_limited"] == 0  # the mock never had to refuse one
    # The rest went once the mock's window reset (2 s), not a whole window of the client's own (61 s) later.
    assert elapsed < 20, elapsed


def test_the_in_flight_cap_is_never_exceeded_across_processes(
    serve_mock: Callable[..., Mock], valkey: ValkeyTestServer
) -> None:
    mock = serve_mock(requests_per_minute=10_000)
    mock.controller.faults.add(OPERATION, "delay", delay_s=0.05, count=0)  # every call: calls overlap
    workers = Workers(client_workers.call_in_phases, jobs(mock, valkey, calls=5, concurrency=4))
    workers.phase()
    ok, failed = total(workers.reports())
    assert (ok, failed) == (PROCESSES * 4 * 5, {})
    stats = mock.stats()
    assert stats["peak_concurrency"][OPERATION] == 5  # 16 threads and tasks: the cap was reached, never passed
    assert stats["rate_limited"] == 0


def test_a_killed_workers_slots_are_free_again_within_a_lease_lifetime(
    serve_mock: Callable[..., Mock], valkey: ValkeyTestServer
) -> None:
    lease_seconds, held = 1.0, 3
    mock = serve_mock(requests_per_minute=10_000)
    mock.controller.faults.add(OPERATION, "delay", delay_s=0.5, count=held)  # the worker's calls
    job = evolve(jobs(mock, valkey)[0], concurrency=held, state_options={"lease_seconds": lease_seconds})
    ready = SPAWN.Event()
    holder = SPAWN.Process(target=client_workers.hold_slots_until_killed, args=(job, ready))
    holder.start()
    try:
        assert ready.wait(timeout=60)
        deadline = time.monotonic() + 30
        while mock.stats()["in_flight"].get(OPERATION, 0) < held and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(holder.pid or 0, signal.SIGKILL)
        killed_at = time.monotonic()
        holder.join()
        # Five calls of a second each: all five can be in flight together only once the dead leases expired.
        mock.controller.faults.add(OPERATION, "delay", delay_s=1.0, count=5)
        with RedisState(valkey.url, lease_seconds=lease_seconds) as state:
            done = five_calls_at_once(client_workers.connected(job, state))
    finally:
        if holder.is_alive():
            holder.kill()
    started = sorted(at - 1.0 - killed_at for at in done)
    assert started[-1] <= lease_seconds + 0.5, started  # the dead worker's leases expired: never "until idle"
    assert started[2] >= 0.3, started  # they were held meanwhile: 3 of the 5 calls waited for them
    assert started[1] < 0.3, started  # the 2 slots the dead worker did not hold were free at once
    assert mock.stats()["rate_limited"] == 0


def five_calls_at_once(client: Any) -> list[float]:
    """Five calls on five threads; when each one ended (time.monotonic())."""
    body = ListEndpointsRequest.from_dict(BODY)
    ended: list[float] = []

    def call() -> None:
        list_endpoints.sync(client=client, body=body)
        ended.append(time.monotonic())

    threads = [threading.Thread(target=call) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    assert len(ended) == 5
    return ended


def test_redis_down_no_hang_one_warning_a_stricter_budget_then_redis_again(
    serve_mock: Callable[..., Mock],
    restartable_valkey: ValkeyTestServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    budget, workers = 20, 4
    mock = serve_mock(requests_per_minute=budget)
    mock.reset_window_in(55)  # the mock's window does not reset during the test
    server = restartable_valkey
    server.stop()
    caplog.set_level(logging.INFO, logger="shared_state")
    state = RedisState(server.url, workers=workers, retry_seconds=0.3)
    client = cyberhaven_client.connect(
        api_key=CANARY_KEY,
        base_url=mock.url,
        shared_state=state,
        rate_limits=RateLimits(requests_per_minute=budget, max_concurrent_per_operation=5),
        timeout=2,
    )
    body = ListEndpointsRequest.from_dict(BODY)
    started = time.monotonic()
    list_endpoints.sync(client=client, body=body)
    assert time.monotonic() - started < 2  # no hang on the dead server
    with pytest.raises(RateLimitError) as refused:
        for _ in range(budget):
            list_endpoints.sync(client=client, body=body)
    assert refused.value.response.extensions.get("auth_plugins.local") is True  # refused here, nothing sent
    sent = sum(mock.stats()["requests"].values())
    assert 2 <= sent <= budget // workers  # this process's share of the key's budget, the exchange included
    assert mock.stats()["rate_limited"] == 0
    warnings = [r for r in caplog.records if r.name == "shared_state" and r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "in-process" in warnings[0].getMessage()

    server.start()
    time.sleep(0.35)  # retry_seconds
    list_endpoints.sync(client=client, body=body)
    assert not state.down
    assert server.admin().keys("security-api-clients:budget-server:*")  # the budget is on Valkey again
    assert len([r for r in caplog.records if r.name == "shared_state" and r.levelno == logging.WARNING]) == 1
    client.close()
    state.close()


def test_a_dead_server_named_by_url_costs_a_call_no_more_than_a_connect_timeout(
    serve_mock: Callable[..., Mock], restartable_valkey: ValkeyTestServer
) -> None:
    mock = serve_mock(requests_per_minute=10_000)
    restartable_valkey.freeze()  # accepts connections, answers nothing: the worst case
    try:
        with cyberhaven_client.connect(
            api_key=CANARY_KEY, base_url=mock.url, shared_state=restartable_valkey.url
        ) as client:
            started = time.monotonic()
            list_endpoints.sync(client=client, body=ListEndpointsRequest.from_dict(BODY))
            elapsed = time.monotonic() - started
    finally:
        restartable_valkey.resume()
    assert elapsed < 1.0 + 1.5  # one socket timeout (1 s), then in-process state at once


async def test_a_burst_through_the_client_follows_the_servers_window(
    serve_mock: Callable[..., Mock], valkey: ValkeyTestServer
) -> None:
    """In one process, in-process state (the default) and on Valkey: 30 calls over a budget of 20, the window
    resetting 2 s after the start, no 429 from the mock and none surfaced, done long before the own window."""
    budget = 20
    for shared_state in (None, valkey.url):
        mock = serve_mock(requests_per_minute=budget)
        mock.reset_window_in(2.0)
        client = cyberhaven_client.connect_async(
            api_key=CANARY_KEY,
            base_url=mock.url,
            shared_state=shared_state,
            rate_limits=RateLimits(requests_per_minute=budget, max_concurrent_per_operation=5),
        )
        body = ListEndpointsRequest.from_dict(BODY)
        started = time.monotonic()
        async with client:
            await asyncio.gather(*(list_endpoints.asyncio(client=client, body=body) for _ in range(30)))
        elapsed = time.monotonic() - started
        assert mock.stats()["rate_limited"] == 0, shared_state
        assert elapsed < 20, (shared_state, elapsed)  # the client's own window alone: more than 61 s
