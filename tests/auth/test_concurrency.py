"""Exactly one token exchange per renewal with 100 threads, 100 asyncio tasks, and both at once on one auth.

The fake token endpoint sleeps 50-100 ms to widen the race; it counts every exchange it answers."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from .fakes import (
    FakeClock,
    FakeExchangeVendor,
    aget_incidents,
    async_client,
    connect_exchange,
    get_incidents,
    sync_client,
)

CALLERS = 100


def run_threads(client: httpx.Client, count: int, start: threading.Event | None = None) -> list[int]:
    barrier = threading.Barrier(count)

    def call() -> int:
        barrier.wait()
        if start is not None:
            start.wait()
        return get_incidents(client).status_code

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(lambda _: call(), range(count)))


def test_one_exchange_for_100_threads(key: str) -> None:
    vendor = FakeExchangeVendor(key, exchange_delay=0.05)
    with sync_client(connect_exchange(vendor)) as client:
        statuses = run_threads(client, CALLERS)
    assert statuses == [200] * CALLERS
    assert vendor.exchanges == 1
    assert vendor.api_calls == CALLERS


async def test_one_exchange_for_100_tasks(key: str) -> None:
    vendor = FakeExchangeVendor(key, exchange_delay=0.05)
    async with async_client(connect_exchange(vendor)) as client:
        responses = await asyncio.gather(*(aget_incidents(client) for _ in range(CALLERS)))
    assert [response.status_code for response in responses] == [200] * CALLERS
    assert vendor.exchanges == 1
    assert vendor.api_calls == CALLERS


async def test_one_exchange_for_100_threads_and_100_tasks_at_once(key: str) -> None:
    vendor = FakeExchangeVendor(key, exchange_delay=0.1)
    connection = connect_exchange(vendor)  # one auth object shared by a sync and an async client
    start = threading.Event()
    with sync_client(connection) as sync, ThreadPoolExecutor(max_workers=1) as runner:
        async with async_client(connection) as client:
            threads = runner.submit(run_threads, sync, CALLERS, start)
            await asyncio.sleep(0.2)  # every thread is parked on `start`
            start.set()
            responses = await asyncio.gather(*(aget_incidents(client) for _ in range(CALLERS)))
            thread_statuses = await asyncio.wrap_future(threads)
    assert thread_statuses == [200] * CALLERS
    assert [response.status_code for response in responses] == [200] * CALLERS
    assert vendor.exchanges == 1
    assert vendor.api_calls == 2 * CALLERS
    assert {request.headers.get("authorization") for request in vendor.requests[1:]} == {f"Bearer {vendor.issued[0]}"}


def test_one_exchange_per_renewal_under_concurrency(key: str, clock: FakeClock) -> None:
    vendor = FakeExchangeVendor(key, exchange_delay=0.05)
    with sync_client(connect_exchange(vendor, clock=clock)) as client:
        run_threads(client, CALLERS)
        clock.advance(840)  # the refresh point: 900 s lifetime less the 60 s margin
        statuses = run_threads(client, CALLERS)
    assert statuses == [200] * CALLERS
    assert vendor.exchanges == 2
    assert len(vendor.issued) == 2


async def test_one_exchange_after_a_mass_401(key: str) -> None:
    """100 tasks all get 401 on a revoked token: one re-exchange, every request retried once with the new token."""
    vendor = FakeExchangeVendor(key, exchange_delay=0.05)
    async with async_client(connect_exchange(vendor)) as client:
        await aget_incidents(client)
        vendor.revoke_all()
        responses = await asyncio.gather(*(aget_incidents(client) for _ in range(CALLERS)))
    assert [response.status_code for response in responses] == [200] * CALLERS
    assert vendor.exchanges == 2
