"""How many threads and asyncio tasks were inside a lock or a cap at once."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager, AbstractContextManager


async def most_inside(
    hold: Callable[[], AbstractContextManager[object]],
    ahold: Callable[[], AbstractAsyncContextManager[object]] | None = None,
    *,
    threads: int = 3,
    tasks: int = 3,
    seconds: float = 0.05,
) -> int:
    """`threads` threads inside `hold()` and `tasks` tasks inside `ahold()`, all at once, `seconds` each: the most
    that were inside together."""
    lock, inside, most = threading.Lock(), [0], [0]

    def enter() -> None:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])

    def leave() -> None:
        with lock:
            inside[0] -= 1

    def in_a_thread() -> None:
        with hold():
            enter()
            time.sleep(seconds)
            leave()

    async def in_a_task() -> None:
        assert ahold is not None
        async with ahold():
            enter()
            await asyncio.sleep(seconds)
            leave()

    running = [threading.Thread(target=in_a_thread) for _ in range(threads)]
    for thread in running:
        thread.start()
    await asyncio.gather(*(in_a_task() for _ in range(tasks)))
    for thread in running:
        thread.join()
    return most[0]


def most_inside_threads(hold: Callable[[], AbstractContextManager[object]], threads: int = 3) -> int:
    """`most_inside` with threads only, for a sync test (0.1 s each)."""
    return asyncio.run(most_inside(hold, threads=threads, tasks=0, seconds=0.1))
