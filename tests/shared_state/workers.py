"""What each worker process of the multi-process tests runs. Processes are spawned (a fresh interpreter that
imports this module, like a real worker), wait on a barrier so that all start together, then work with several
threads or asyncio tasks for a fixed time and send what they saw back on a queue."""

from __future__ import annotations

import asyncio
import os
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from attrs import frozen

from shared_state import RedisState, Send, Token, TokenStore

EXCHANGE_SECONDS = 0.02  # a simulated token exchange takes this long


@frozen
class Job:
    url: str
    fingerprint: str
    seconds: float  # how long to work
    concurrency: int  # threads, or asyncio tasks when use_async
    use_async: bool
    options: dict[str, Any]  # RedisState's keyword arguments
    delay: float = 0.0  # seconds to wait after the barrier (a worker whose request was slower)


def _run(job: Job, barrier: Any, work: Callable[[RedisState], None], awork: Callable[[RedisState], Any]) -> None:
    """`work` on `concurrency` threads, or `awork` on as many asyncio tasks, until `seconds` are over."""
    state = RedisState(job.url, **job.options)
    barrier.wait()
    deadline = time.monotonic() + job.seconds
    if job.use_async:

        async def tasks() -> None:
            async def loop() -> None:
                while time.monotonic() < deadline:
                    await awork(state)

            await asyncio.gather(*(loop() for _ in range(job.concurrency)))
            await state.aclose()

        asyncio.run(tasks())
    else:

        def loop() -> None:
            while time.monotonic() < deadline:
                work(state)

        threads = [threading.Thread(target=loop) for _ in range(job.concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    state.close()


# -- tokens: what TokenExchangeAuth does with a TokenStore --


def _exchange(exchanges: list[tuple[float, int]]) -> str:
    time.sleep(EXCHANGE_SECONDS)
    exchanges.append((time.time(), os.getpid()))
    return f"token-{uuid.uuid4().hex}"


def obtain(store: TokenStore, renew_in: float, exchanges: list[tuple[float, int]]) -> Token:
    token = store.get()
    if token is None:
        with store.exchange_lock():
            token = store.get()
            if token is None:
                token = store.put(_exchange(exchanges), renew_in=renew_in)
    return token


async def aobtain(store: TokenStore, renew_in: float, exchanges: list[tuple[float, int]]) -> Token:
    token = await store.aget()
    if token is None:
        async with store.aexchange_lock():
            token = await store.aget()
            if token is None:
                await asyncio.sleep(EXCHANGE_SECONDS)
                exchanges.append((time.time(), os.getpid()))
                token = await store.aput(f"token-{uuid.uuid4().hex}", renew_in=renew_in)
    return token


def use_tokens(job: Job, renew_in: float, barrier: Any, results: Any) -> None:
    """Get a token (exchanging when there is none) over and over; report the exchanges made here."""
    exchanges: list[tuple[float, int]] = []

    def work(state: RedisState) -> None:
        obtain(state.token_store(job.fingerprint), renew_in, exchanges)
        time.sleep(0.002)

    async def awork(state: RedisState) -> None:
        await aobtain(state.token_store(job.fingerprint), renew_in, exchanges)
        await asyncio.sleep(0.002)

    _run(job, barrier, work, awork)
    results.put(exchanges)


def invalidate_once(job: Job, barrier: Any, results: Any) -> None:
    """Every worker saw the same token rejected (a 401), some later than others: invalidate it, then get one."""
    state = RedisState(job.url, **job.options)
    store = state.token_store(job.fingerprint)
    seen = store.get()
    assert seen is not None
    barrier.wait()
    time.sleep(job.delay)
    dropped = store.invalidate(seen)
    exchanges: list[tuple[float, int]] = []
    token = obtain(store, 60.0, exchanges)
    results.put((dropped, len(exchanges), token.value.reveal()))
    state.close()


# -- the per-minute budget --


def send_within_budget(job: Job, per_window: int, window_seconds: int, barrier: Any, results: Any) -> None:
    """Send as fast as the budget allows; report each send as (before, after) try_acquire, on the wall clock."""
    sends: list[tuple[float, float]] = []

    def work(state: RedisState) -> None:
        budget = state.request_budget(job.fingerprint, per_window=per_window, window_seconds=window_seconds)
        before = time.time()
        wait = budget.try_acquire()
        if isinstance(wait, Send):
            sends.append((before, time.time()))
            budget.settle(wait, None)
        else:
            time.sleep(min(wait, 0.02))

    async def awork(state: RedisState) -> None:
        budget = state.request_budget(job.fingerprint, per_window=per_window, window_seconds=window_seconds)
        before = time.time()
        wait = await budget.atry_acquire()
        if isinstance(wait, Send):
            sends.append((before, time.time()))
            await budget.asettle(wait, None)
        else:
            await asyncio.sleep(min(wait, 0.02))

    _run(job, barrier, work, awork)
    results.put(sends)


# -- the in-flight cap --


def hold_slots(job: Job, operation: str, limit: int, in_flight: Any, peak: Any, barrier: Any, results: Any) -> None:
    """Hold a slot for a short while, over and over; count who is in flight across all processes."""
    held = [0]

    def enter() -> None:
        with in_flight.get_lock():
            in_flight.value += 1
            peak.value = max(peak.value, in_flight.value)
        held[0] += 1

    def leave() -> None:
        with in_flight.get_lock():
            in_flight.value -= 1

    def work(state: RedisState) -> None:
        with state.in_flight_cap(job.fingerprint, operation, limit=limit).hold():
            enter()
            time.sleep(0.01)
            leave()

    async def awork(state: RedisState) -> None:
        async with state.in_flight_cap(job.fingerprint, operation, limit=limit).ahold():
            enter()
            await asyncio.sleep(0.01)
            leave()

    _run(job, barrier, work, awork)
    results.put(held[0])


def hold_forever(job: Job, operation: str, limit: int, slots: int, ready: Any) -> None:
    """Take `slots` slots and keep them until killed."""
    state = RedisState(job.url, **job.options)
    cap = state.in_flight_cap(job.fingerprint, operation, limit=limit)
    holds = [cap.hold() for _ in range(slots)]
    for hold in holds:
        hold.__enter__()
    ready.set()
    while True:
        time.sleep(1)
