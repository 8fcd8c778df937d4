"""(a) Client CPU and wall time per request: bare httpx, the generated client, connect(), the vendor doc's class.

The generated clients keep no cookie a server sets (client_runtime/cookies.py), which spares them httpx's cookie
handling per response; "bare httpx, no cookie store" is bare httpx with that same store, so its ratio shows
what that accounts for, and the other variants' layer cost alone is their ratio divided by its.

Every variant sends the same request to the same mock process (`POST /v2/endpoints/list`, one record per page,
~0.4 KB answered) and reads the answer: bare httpx decodes the JSON, the generated client builds its models,
the vendor class returns the decoded JSON. CPU is this process's CPU time (the server runs in another), wall is
elapsed time; both per request, over a block of requests, in interleaved rounds. Ratios are taken per round
against bare httpx (`httpx.Client`, or `httpx.AsyncClient` for the async modes) with the token in a fixed header.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import ExitStack, contextmanager
from typing import Any

import cyberhaven_client
import httpx
from cyberhaven_client.api.endpoints import list_endpoints
from cyberhaven_client.client import Client
from cyberhaven_client.models import ListEndpointsRequest
from cyberhaven_client.resources import Cyberhaven

from auth_plugins import RateLimits
from client_runtime.cookies import given_cookies_only

from .harness import Row, Sample, Section, Target, ainterleaved, interleaved, ratio, summary
from .servers import API_KEY, Server, mock_server
from .vendor_doc import CyberhavenAPI

PATH = "/v2/endpoints/list"
BODY = {"page_request": {"size": 1}}
TASKS = 50  # threads (sync) or asyncio tasks (async) in the concurrent modes
# One kept-alive connection per thread or task, for every variant: with httpx's default of 20 kept alive, 50
# threads open and close connections all the time (which would be measured too), and httpcore's sync pool can
# then close a connection under a request already given it (encode/httpcore#1110: EBADF, or a hang).
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)

BARE = "bare httpx"
BARE_NO_COOKIES = "bare httpx, no cookie store (as the generated clients)"
PLAIN = "generated Client (no auth, no retries)"
CONNECT = "connect() (auth, retries; limits off)"
RESOURCE = "resource client"
VENDOR = "vendor doc's requests class"
TARGETS = {
    PLAIN: Target.at_most(1.05),
    CONNECT: Target.at_most(1.10),
    RESOURCE: Target.at_most(1.10),
}

SyncCall = Callable[[], Any]
AsyncCall = Callable[[], Awaitable[Any]]


def run(quick: bool) -> Section:
    # Many short rounds rather than a few long ones: the host's load comes and goes in bursts, and a burst then
    # spoils one round's ratio out of 31 (the median shrugs it off) instead of one out of 5. Concurrent blocks give
    # each thread or task 4 requests: with fewer, starting and joining them is most of what is measured.
    rounds, block, spread = (1, 50, 50) if quick else (31, 100, 4 * TASKS)
    rows: list[Row] = []
    with mock_server("--no-rate-limits") as server:
        with sync_variants(server) as calls, ThreadPoolExecutor(max_workers=TASKS) as pool:

            def sequential(name: str) -> Sample:
                return _sequential(calls[name], block)

            def threaded(name: str) -> Sample:
                return _threads(pool, calls[name], spread)

            rows += _rows("sync, sequential", calls, interleaved(rounds, list(calls), sequential))
            rows += _rows(f"sync, {TASKS} threads", calls, interleaved(rounds, list(calls), threaded))
        rows += asyncio.run(_async_rows(server, rounds, block, spread))
    return Section(
        "a",
        "Client CPU and wall time per request",
        f"`POST {PATH}` with a page of one record against the Cyberhaven mock in its own process "
        f"(`--no-rate-limits`); blocks of {block} requests per variant ({spread} in the concurrent modes, spread "
        f"over {TASKS} threads or tasks), {rounds} interleaved rounds; every client keeping up to 100 "
        "connections alive. CPU: this process's CPU time per "
        "request; ratios per round against bare httpx with the token in a fixed header. Targets on CPU.",
        rows,
    )


async def _async_rows(server: Server, rounds: int, block: int, spread: int) -> list[Row]:
    rows: list[Row] = []
    async with async_variants(server) as calls:
        for mode, concurrency in (("async, sequential", 1), (f"async, {TASKS} tasks", TASKS)):

            async def measure(name: str, concurrency: int = concurrency) -> Sample:
                return await _tasks(calls[name], block if concurrency == 1 else spread, concurrency)

            rows += _rows(mode, calls, await ainterleaved(rounds, list(calls), measure))
    return rows


def _rows(mode: str, calls: dict[str, Any], samples: dict[str, list[Sample]]) -> list[Row]:
    rows = []
    for name in calls:
        case = f"{mode}: {name}"
        is_base = name == BARE
        failed = sum(sample["failed"] for sample in samples[name])
        failures = f"{failed:.0f} of {sum(sample['requests'] for sample in samples[name]):.0f} requests failed"
        cpu_ratio = None if is_base else ratio(samples[name], samples[BARE], "cpu")
        wall_ratio = None if is_base else ratio(samples[name], samples[BARE], "wall")
        base = None if is_base else BARE
        note = "; ".join(part for part in ("baseline" if is_base else "", failures if failed else "") if part)
        rows.append(
            Row(case, "CPU per request", summary(samples[name], "cpu", 1e6), "µs", cpu_ratio, base,
                None if is_base else TARGETS.get(name), note, digits=0)
        )  # fmt: skip
        rows.append(Row(case, "wall per request", summary(samples[name], "wall", 1e6), "µs", wall_ratio, base,
                        note=note, digits=0))  # fmt: skip
    return rows


# -- the variants -------------------------------------------------------------------------------------------


@contextmanager
def sync_variants(server: Server) -> Iterator[dict[str, SyncCall]]:
    token = server.token()
    body = ListEndpointsRequest.from_dict(BODY)
    with ExitStack() as stack:
        headers = {"Authorization": f"Bearer {token}"}
        bare = stack.enter_context(httpx.Client(base_url=server.url, headers=headers, limits=LIMITS))
        cookieless = stack.enter_context(
            given_cookies_only(httpx.Client(base_url=server.url, headers=headers, limits=LIMITS))
        )
        plain = stack.enter_context(Client(base_url=server.url, headers=headers, httpx_args={"limits": LIMITS}))
        connected = stack.enter_context(_connect(server.url))
        vendor = CyberhavenAPI(API_KEY, "unused.cyberhaven.io")
        vendor.base_url = server.url

        def bare_call(client: httpx.Client = bare) -> Any:
            response = client.post(PATH, json=BODY)
            response.raise_for_status()
            return response.json()

        calls: dict[str, SyncCall] = {
            BARE: bare_call,
            BARE_NO_COOKIES: lambda: bare_call(cookieless),
            PLAIN: lambda: list_endpoints.sync(client=plain, body=body),
            CONNECT: lambda: list_endpoints.sync(client=connected, body=body),
            VENDOR: lambda: vendor.make_request("POST", PATH, BODY),
        }
        calls[RESOURCE] = resource_client(stack, server.url)
        for call in calls.values():  # warm-up: connections, the token exchange, imports
            for _ in range(3):
                call()
        yield calls


class _AsyncVariants:
    def __init__(self, server: Server) -> None:
        self.server = server
        self.stack = ExitStack()
        self.closers: list[Callable[[], Awaitable[None]]] = []  # async clients: `await client.close()`

    async def __aenter__(self) -> dict[str, AsyncCall]:
        token = self.server.token()
        body = ListEndpointsRequest.from_dict(BODY)
        headers = {"Authorization": f"Bearer {token}"}
        self.bare = httpx.AsyncClient(base_url=self.server.url, headers=headers, limits=LIMITS)
        self.cookieless = given_cookies_only(
            httpx.AsyncClient(base_url=self.server.url, headers=headers, limits=LIMITS)
        )
        self.plain = Client(base_url=self.server.url, headers=headers, httpx_args={"limits": LIMITS})
        self.connected = self.stack.enter_context(_connect(self.server.url))

        async def bare_call(client: httpx.AsyncClient = self.bare) -> Any:
            response = await client.post(PATH, json=BODY)
            response.raise_for_status()
            return response.json()

        async def cookieless_call() -> Any:
            return await bare_call(self.cookieless)

        async def plain_call() -> Any:
            return await list_endpoints.asyncio(client=self.plain, body=body)

        async def connect_call() -> Any:
            return await list_endpoints.asyncio(client=self.connected, body=body)

        calls: dict[str, AsyncCall] = {
            BARE: bare_call,
            BARE_NO_COOKIES: cookieless_call,
            PLAIN: plain_call,
            CONNECT: connect_call,
        }
        calls[RESOURCE] = async_resource_client(self.closers, self.server.url)
        for call in calls.values():
            for _ in range(3):
                await call()
        return calls

    async def __aexit__(self, *exc: object) -> None:
        await self.bare.aclose()
        await self.cookieless.aclose()
        await self.plain.aclose()
        await self.connected.aclose()
        for close in self.closers:
            await close()
        self.stack.close()


def async_variants(server: Server) -> _AsyncVariants:
    return _AsyncVariants(server)


@contextmanager
def _connect(url: str) -> Iterator[Cyberhaven]:
    client = connect_without_limits(url)
    try:
        yield client
    finally:
        client.close()


def connect_without_limits(url: str) -> Cyberhaven:
    """connect() with the rate limits off and LIMITS on its innermost transports (shared with section b)."""
    return cyberhaven_client.connect(
        api_key=API_KEY,
        base_url=url,
        rate_limits=RateLimits(),
        transport=httpx.HTTPTransport(limits=LIMITS),
        async_transport=httpx.AsyncHTTPTransport(limits=LIMITS),
    )


# -- the resource client (issue #11) -------------------------------------------------------------------------
# `cyberhaven_client.connect()` returns a resource client (`ch.endpoints.list(...)`, a lazy iterator of records;
# `limit=` stops after N) and `connect_async()` its async twin. Each call below sends exactly the request the other
# variants send (one page of one record) and reads its records.


def resource_client(stack: ExitStack, url: str) -> SyncCall:
    client = stack.enter_context(_connect(url))
    return lambda: list(client.endpoints.list(page_request=BODY["page_request"], limit=1))


def async_resource_client(closers: list[Callable[[], Awaitable[None]]], url: str) -> AsyncCall:
    client = cyberhaven_client.connect_async(
        api_key=API_KEY,
        base_url=url,
        rate_limits=RateLimits(),
        transport=httpx.HTTPTransport(limits=LIMITS),
        async_transport=httpx.AsyncHTTPTransport(limits=LIMITS),
    )
    closers.append(client.close)

    async def call() -> Any:
        return [record async for record in client.endpoints.list(page_request=BODY["page_request"], limit=1)]

    return call


# -- how a block of requests is timed ---------------------------------------------------------------------------


def _sequential(call: SyncCall, count: int) -> Sample:
    failed = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(count):
        try:
            call()
        except Exception:
            failed += 1
    return _sample(cpu, wall, count, failed)


def _threads(pool: ThreadPoolExecutor, call: SyncCall, count: int) -> Sample:
    each = max(1, count // TASKS)

    def worker() -> int:
        failed = 0
        for _ in range(each):
            try:
                call()
            except Exception:
                failed += 1
        return failed

    cpu, wall = time.process_time(), time.perf_counter()
    futures = [pool.submit(worker) for _ in range(TASKS)]
    wait(futures)
    return _sample(cpu, wall, each * TASKS, sum(future.result() for future in futures))


async def _tasks(call: AsyncCall, count: int, concurrency: int) -> Sample:
    each = max(1, count // concurrency)

    async def worker() -> int:
        failed = 0
        for _ in range(each):
            try:
                await call()
            except Exception:
                failed += 1
        return failed

    cpu, wall = time.process_time(), time.perf_counter()
    failures = await asyncio.gather(*(worker() for _ in range(concurrency)))
    return _sample(cpu, wall, each * concurrency, sum(failures))


def _sample(cpu: float, wall: float, total: int, failed: int) -> Sample:
    """Per request; a failed request is counted and reported, and a block where every one failed stops the run."""
    if failed == total:
        raise RuntimeError(f"all {total} requests of a block failed; is the mock still running?")
    return {
        "cpu": (time.process_time() - cpu) / total,
        "wall": (time.perf_counter() - wall) / total,
        "failed": failed,
        "requests": total,
    }
