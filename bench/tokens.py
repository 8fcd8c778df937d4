"""(b) Token exchanges under concurrency, across two token lifetimes.

Each run starts from a mock that has forgotten every token. Phase 1: many threads (sync) or tasks (async) send
their first requests at once, through one client; every one needs the token the client does not have yet.
Then the mock's clock is moved past the token's lifetime (`POST /__mock__/clock`), so the server now refuses
the token the client still believes valid. Phase 2: the same burst again; each refused request must lead to one
fresh exchange in all, and a retry. The ideal is one exchange per lifetime: 2. The figures are the mock's
counters (exchanges served, 401s sent) and the requests that failed in the client.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from cyberhaven_client.api.endpoints import list_endpoints
from cyberhaven_client.models import ListEndpointsRequest

from .client_cost import connect_without_limits
from .harness import Row, Section, Summary, Target
from .servers import API_KEY, Server, mock_server
from .vendor_doc import CyberhavenAPI

PATH = "/v2/endpoints/list"
BODY = {"page_request": {"size": 1}}
LIFETIMES = 2
THREADS = 50
TASKS = 200
REQUESTS_EACH = 2  # per thread or task, per lifetime

Outcome = dict[str, float]


def run(quick: bool) -> Section:
    rounds = 1 if quick else 3
    threads, tasks = (10, 20) if quick else (THREADS, TASKS)
    cases: dict[str, Callable[[Server, Callable[[], None]], Outcome]] = {
        f"connect(), sync, {threads} threads": lambda server, expire: _sync_connect(server, expire, threads),
        f"connect(), async, {tasks} tasks": lambda server, expire: asyncio.run(_async_connect(server, expire, tasks)),
        f"vendor doc's requests class, {threads} threads": lambda server, expire: _vendor(server, expire, threads),
    }
    outcomes: dict[str, list[Outcome]] = {case: [] for case in cases}
    with mock_server("--no-rate-limits") as server:
        lifetime = float(server.control("POST", "/token")["expires_in"])

        def expire() -> None:
            server.control("POST", "/clock", {"advance_s": lifetime + 1})

        for _ in range(rounds):
            for case, measure in cases.items():
                server.reset()
                outcome = measure(server, expire)
                outcome.update(_counted(server))
                outcomes[case].append(outcome)
    rows: list[Row] = []
    for case, values in outcomes.items():
        ours = case.startswith("connect()")  # the vendor class is a comparison, not held to our targets
        exchanges = [value["exchanges"] for value in values]
        rows += [
            Row(case, "token exchanges", Summary.of(exchanges), ratio=Summary.of([n / LIFETIMES for n in exchanges]),
                baseline=f"ideal ({LIFETIMES})", target=Target.at_most(1.0) if ours else None, digits=0),
            Row(case, "401s sent by the mock", Summary.of([value["401s"] for value in values]), digits=0),
            Row(case, "requests failed in the client", Summary.of([value["failed"] for value in values]),
                target=Target.at_most(0, on="value", text="0") if ours else None, digits=0),
            Row(case, "requests", Summary.of([value["requests"] for value in values]), digits=0),
        ]  # fmt: skip
    setup = (
        "One client per run (connect() with the rate limits off, as in (a); the vendor class shared by the threads) "
        f"against the Cyberhaven mock (`--no-rate-limits`, token lifetime {lifetime:.0f} s); {REQUESTS_EACH} "
        "requests per thread or task per lifetime, all starting together; between the lifetimes the mock's clock "
        f"moves {lifetime + 1:.0f} s. {rounds} rounds. Ratio: exchanges over the ideal of one per lifetime."
    )
    return Section(
        "b",
        "Token exchanges from many threads and tasks, across two token lifetimes",
        setup,
        rows,
    )


def _counted(server: Server) -> Outcome:
    stats = server.stats()
    return {"exchanges": stats["token_exchanges"], "401s": stats["responses"].get("401", 0)}


def _sync_connect(server: Server, expire: Callable[[], None], threads: int) -> Outcome:
    body = ListEndpointsRequest.from_dict(BODY)
    with connect_without_limits(server.url) as client:
        return _threaded(expire, threads, lambda: list_endpoints.sync(client=client, body=body))


def _vendor(server: Server, expire: Callable[[], None], threads: int) -> Outcome:
    api = CyberhavenAPI(API_KEY, "unused.cyberhaven.io")
    api.base_url = server.url
    return _threaded(expire, threads, lambda: api.make_request("POST", PATH, BODY))


def _threaded(expire: Callable[[], None], threads: int, call: Callable[[], Any]) -> Outcome:
    failed = 0
    lock = threading.Lock()

    def worker(barrier: threading.Barrier) -> None:
        nonlocal failed
        barrier.wait()
        for _ in range(REQUESTS_EACH):
            try:
                if call() is None:
                    raise RuntimeError("no answer")
            except Exception:
                with lock:
                    failed += 1

    with ThreadPoolExecutor(max_workers=threads) as pool:
        for lifetime in range(LIFETIMES):
            if lifetime:
                expire()
            barrier = threading.Barrier(threads)
            for future in [pool.submit(worker, barrier) for _ in range(threads)]:
                future.result()
    return {"failed": failed, "requests": threads * REQUESTS_EACH * LIFETIMES}


async def _async_connect(server: Server, expire: Callable[[], None], tasks: int) -> Outcome:
    body = ListEndpointsRequest.from_dict(BODY)
    failed = 0
    async with connect_without_limits(server.url) as client:

        async def worker() -> None:
            nonlocal failed
            for _ in range(REQUESTS_EACH):
                try:
                    await list_endpoints.asyncio(client=client, body=body)
                except Exception:
                    failed += 1

        for lifetime in range(LIFETIMES):
            if lifetime:
                await asyncio.to_thread(expire)
            await asyncio.gather(*(worker() for _ in range(tasks)))
    return {"failed": failed, "requests": tasks * REQUESTS_EACH * LIFETIMES}
