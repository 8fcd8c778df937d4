"""What each worker process of the connect() tests runs: a real generated client, `cyberhaven_client.connect(...,
shared_state=...)`, against the Cyberhaven mock on loopback, its state on the test's Valkey server. Processes are
spawned (fresh interpreters, like real workers), wait on a barrier shared with the test, then call with several
threads or asyncio tasks and send what happened back on a queue."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import cyberhaven_client
from attrs import frozen
from cyberhaven_client.api.endpoints import list_endpoints
from cyberhaven_client.models import ListEndpointsRequest

from auth_plugins import RateLimits
from shared_state import RedisState

BODY = {"page_request": {"size": 1}}
CANARY_KEY = "SHARED-STATE-CANARY-KEY-7f3a9c"  # the API key the mock accepts: its text must never reach Valkey


@frozen
class ClientJob:
    base_url: str
    state_url: str
    state_options: dict[str, Any]  # RedisState's keyword arguments; none: connect(shared_state=<the URL>)
    calls: int  # per thread or task, per phase
    concurrency: int  # threads, or asyncio tasks when use_async
    use_async: bool
    requests_per_minute: int
    phases: int = 1  # the test passes the barrier again between phases (to change the mock meanwhile)


def connected(job: ClientJob, state: RedisState | None = None) -> Any:
    """The job's client: on `state`, else on a RedisState of the job's options, else on the URL itself."""
    shared_state: RedisState | str = job.state_url
    if state is not None:
        shared_state = state
    elif job.state_options:
        shared_state = RedisState(job.state_url, **job.state_options)
    return cyberhaven_client.connect(
        api_key=CANARY_KEY,
        base_url=job.base_url,
        shared_state=shared_state,
        rate_limits=RateLimits(requests_per_minute=job.requests_per_minute, max_concurrent_per_operation=5),
    )


class Tally:
    """Calls that worked, and the failures by exception type; shared by threads and tasks."""

    def __init__(self) -> None:
        self.ok = 0
        self.failed = Counter[str]()
        self._lock = threading.Lock()

    def record(self, error: BaseException | None) -> None:
        with self._lock:
            if error is None:
                self.ok += 1
            else:
                self.failed[type(error).__name__] += 1

    def call(self, client: Any, body: ListEndpointsRequest) -> None:
        try:
            list_endpoints.sync(client=client, body=body)
        except Exception as error:
            self.record(error)
        else:
            self.record(None)

    async def acall(self, client: Any, body: ListEndpointsRequest) -> None:
        try:
            await list_endpoints.asyncio(client=client, body=body)
        except Exception as error:
            self.record(error)
        else:
            self.record(None)

    def report(self) -> dict[str, Any]:
        return {"ok": self.ok, "failed": dict(self.failed)}


def on_threads(count: int, target: Callable[[], None]) -> None:
    threads = [threading.Thread(target=target) for _ in range(count)]
    for each in threads:
        each.start()
    for each in threads:
        each.join()


def call_in_phases(job: ClientJob, barrier: Any, results: Any) -> None:
    """`calls` calls on each of `concurrency` threads or tasks, per phase; reports {"ok": n, "failed": {type: n}}."""
    client = connected(job)
    aclient = cyberhaven_client.AsyncCyberhaven.from_client(client)
    body = ListEndpointsRequest.from_dict(BODY)
    tally = Tally()

    def thread() -> None:
        for _ in range(job.calls):
            tally.call(client, body)

    async def tasks() -> None:
        async def task() -> None:
            for _ in range(job.calls):
                await tally.acall(aclient, body)

        await asyncio.gather(*(task() for _ in range(job.concurrency)))

    for _ in range(job.phases):
        barrier.wait()
        if job.use_async:
            asyncio.run(tasks())
        else:
            on_threads(job.concurrency, thread)
    results.put(tally.report())
    if job.use_async:
        asyncio.run(aclient.close())
    client.close()


def call_for(job: ClientJob, seconds: float, barrier: Any, results: Any) -> None:
    """Call on `concurrency` threads for `seconds`; reports {"ok": n, "failed": {type: n}}."""
    client = connected(job)
    body = ListEndpointsRequest.from_dict(BODY)
    tally = Tally()
    barrier.wait()
    deadline = time.monotonic() + seconds

    def thread() -> None:
        while time.monotonic() < deadline:
            tally.call(client, body)

    on_threads(job.concurrency, thread)
    results.put(tally.report())
    client.close()


def hold_slots_until_killed(job: ClientJob, ready: Any) -> None:
    """Start `concurrency` calls (the mock delays them) and wait to be killed while they are in flight."""
    client = connected(job)
    body = ListEndpointsRequest.from_dict(BODY)
    for _ in range(job.concurrency):
        threading.Thread(target=lambda: list_endpoints.sync(client=client, body=body), daemon=True).start()
    ready.set()
    while True:
        time.sleep(1)
