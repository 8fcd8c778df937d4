"""Several real OS processes share one key on a real Valkey server: one token exchange per lifetime, one token
invalidation per 401, the moving window and the in-flight cap never exceeded across processes, and the slot of a
SIGKILLed worker free again within one lease lifetime. Half the workers use threads, half asyncio tasks."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from shared_state import InFlightCap, RedisState

from . import workers
from .conftest import FINGERPRINT
from .valkey_server import ValkeyTestServer

# Fresh interpreters, not copies of pytest: forked from a server process that imported the workers' code once.
SPAWN = multiprocessing.get_context("forkserver")
SPAWN.set_forkserver_preload(["tests.shared_state.workers", "tests.shared_state.client_workers"])
PROCESSES = 4
OPTIONS: dict[str, Any] = {"lease_seconds": 1.0, "poll_seconds": 0.005}


def jobs(url: str, seconds: float, concurrency: int = 3, **options: Any) -> list[workers.Job]:
    """PROCESSES jobs, every other one on asyncio."""
    return [
        workers.Job(url, FINGERPRINT, seconds, concurrency, use_async=i % 2 == 1, options={**OPTIONS, **options})
        for i in range(PROCESSES)
    ]


def run_processes(
    target: Callable[..., None], all_jobs: list[workers.Job], *args: Any, timeout: float = 60
) -> list[Any]:
    """Run `target(job, *args, barrier=..., results=...)` in one spawned process per job; their results."""
    barrier = SPAWN.Barrier(len(all_jobs))
    results: Any = SPAWN.Queue()
    processes = [
        SPAWN.Process(target=target, args=(job, *args), kwargs={"barrier": barrier, "results": results})
        for job in all_jobs
    ]
    for process in processes:
        process.start()
    got: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while len(got) < len(processes):
            try:
                got.append(results.get(timeout=0.5))
            except queue.Empty:
                dead = [process.exitcode for process in processes if process.exitcode not in (None, 0)]
                if dead or time.monotonic() > deadline:
                    pytest.fail(f"worker processes failed or hung: exit codes {[p.exitcode for p in processes]}")
        for process in processes:
            process.join(timeout=10)
            assert process.exitcode == 0
    finally:
        for process in processes:
            if process.is_alive():
                process.kill()
                process.join()
    return got


def live_leases(admin: Any, key: str) -> int:
    """Leases not yet expired on the server's clock."""
    seconds, micros = admin.time()
    return int(admin.zcount(key, seconds * 1000 + micros // 1000, "+inf"))


def test_one_token_exchange_per_lifetime_across_processes(valkey: ValkeyTestServer) -> None:
    renew_in, seconds = 0.6, 2.0
    reports = run_processes(workers.use_tokens, jobs(valkey.url, seconds, concurrency=4), renew_in)
    exchanges = sorted(when for report in reports for when, _pid in report)
    # 16 threads and tasks in 4 processes asked for a token ~every 2 ms for 2 s: one exchange per 0.6 s lifetime.
    assert 3 <= len(exchanges) <= 4, exchanges
    gaps = [later - earlier for earlier, later in itertools.pairwise(exchanges)]
    assert min(gaps) > renew_in - 0.1, gaps


def test_a_rejected_token_is_invalidated_once_and_exchanged_once(valkey: ValkeyTestServer, state: RedisState) -> None:
    state.token_store(FINGERPRINT).put("token-everyone-saw", renew_in=60)
    # Two workers get their 401 at once, two others only once a new token is in place: theirs must not drop it.
    staggered = [attrs.evolve(job, delay=0.0 if i < 2 else 0.3) for i, job in enumerate(jobs(valkey.url, 0))]
    reports = run_processes(workers.invalidate_once, staggered)
    dropped = [report[0] for report in reports]
    exchanges = sum(report[1] for report in reports)
    tokens = {report[2] for report in reports}
    assert dropped.count(True) == 1, dropped
    assert exchanges == 1
    assert len(tokens) == 1 and "token-everyone-saw" not in tokens


def test_the_moving_window_is_never_exceeded_across_processes(valkey: ValkeyTestServer) -> None:
    per_window, window, seconds = 10, 1, 2.5
    reports = run_processes(workers.send_within_budget, jobs(valkey.url, seconds), per_window, window)
    sends = sorted(send for report in reports for send in report)
    # A send happened between its `before` and `after`: sends whose whole interval lies within one window
    # certainly happened within it, so more than per_window of them is a breach whatever the timing noise.
    for start, _ in sends:
        within = [1 for before, after in sends if before >= start and after < start + window]
        assert len(within) <= per_window, (start, len(within))
    assert 2 * per_window <= len(sends) <= 3 * per_window  # the budget was used, not starved


def test_the_in_flight_cap_is_never_exceeded_across_processes(valkey: ValkeyTestServer) -> None:
    limit = 3
    in_flight, peak = SPAWN.Value("i", 0), SPAWN.Value("i", 0)
    held = run_processes(workers.hold_slots, jobs(valkey.url, 1.5), "getEvents", limit, in_flight, peak)
    assert peak.value == limit  # 12 threads and tasks in 4 processes: the cap was reached, never passed
    assert all(count > 0 for count in held), held  # every process got slots


def test_a_killed_worker_frees_its_slots_within_one_lease_lifetime(valkey: ValkeyTestServer, state: RedisState) -> None:
    lease_seconds, limit, slots = OPTIONS["lease_seconds"], 3, 2
    ready = SPAWN.Event()
    job = jobs(valkey.url, 0)[0]
    holder = SPAWN.Process(target=workers.hold_forever, args=(job, "getEvents", limit, slots, ready))
    holder.start()
    key = f"security-api-clients:in-flight:{FINGERPRINT}:getEvents"
    try:
        assert ready.wait(timeout=30)
        time.sleep(2.5 * lease_seconds)
        assert live_leases(valkey.admin(), key) == slots  # renewed while the holder lives, however long it holds
        os.kill(holder.pid or 0, signal.SIGKILL)
        killed_at = time.monotonic()
        holder.join()
        # Traffic goes on meanwhile (the dead leases must expire even so): when can `limit` requests fly again?
        all_slots_after = busy_until_all_slots_are_held(state.in_flight_cap(FINGERPRINT, "getEvents", limit=limit))
    finally:
        if holder.is_alive():
            holder.kill()
    freed_after = all_slots_after - killed_at
    assert freed_after <= lease_seconds + 0.25, freed_after


def busy_until_all_slots_are_held(cap: InFlightCap, give_up_after: float = 5.0) -> float:
    """`cap.limit` threads send through `cap` (20 ms each) until all are in flight at once: the time it happened."""
    lock, inside, when = threading.Lock(), [0], [float("inf")]
    deadline = time.monotonic() + give_up_after

    def send() -> None:
        while when[0] == float("inf") and time.monotonic() < deadline:
            with cap.hold():
                with lock:
                    inside[0] += 1
                    if inside[0] == cap.limit:
                        when[0] = min(when[0], time.monotonic())
                time.sleep(0.02)
                with lock:
                    inside[0] -= 1

    threads = [threading.Thread(target=send) for _ in range(cap.limit)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return when[0]
