"""`python -m bench.profile_client VARIANT [--requests N] [--async]`: one variant of section (a), alone, for a profiler.

Sends N requests (after a warm-up) with one of section (a)'s clients to the Cyberhaven mock in a process of its own,
and prints the CPU time per request. Run it under a sampling profiler, which sees only this process, e.g.

    py-spy record -r 2000 -o connect.svg -- python -m bench.profile_client connect
    py-spy record -r 2000 --format raw -o connect.txt -- python -m bench.profile_client connect

(`pip install py-spy`; in the raw output, drop the stacks that end in the socket read: that is waiting, not work).
Compare against `bare`: every figure of section (a) is a ratio to it.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Sequence

from . import client_cost
from .harness import pin
from .servers import Server, mock_server

VARIANTS = {
    "bare": client_cost.BARE,
    "bare-no-cookies": client_cost.BARE_NO_COOKIES,
    "plain": client_cost.PLAIN,
    "connect": client_cost.CONNECT,
    "resource": client_cost.RESOURCE,
    "vendor": client_cost.VENDOR,
}
WARM_UP = 200


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_client", description=__doc__)
    parser.add_argument("variant", choices=sorted(VARIANTS))
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--async", dest="use_async", action="store_true", help="the async client, sequentially")
    args = parser.parse_args(argv)
    pin(0, "client")
    name = VARIANTS[args.variant]
    with mock_server("--no-rate-limits") as server:
        if args.use_async:
            if name == client_cost.VENDOR:
                parser.error("the vendor doc's class has no async form")
            seconds = asyncio.run(_async(server, name, args.requests))
        else:
            with client_cost.sync_variants(server) as calls:
                call = calls[name]
                for _ in range(WARM_UP):
                    call()
                started = time.process_time()
                for _ in range(args.requests):
                    call()
                seconds = time.process_time() - started
    print(f"{args.variant}: {seconds / args.requests * 1e6:.0f} µs CPU per request over {args.requests} requests")
    return 0


async def _async(server: Server, name: str, requests: int) -> float:
    async with client_cost.async_variants(server) as calls:
        call = calls[name]
        for _ in range(WARM_UP):
            await call()
        started = time.process_time()
        for _ in range(requests):
            await call()
        return time.process_time() - started


if __name__ == "__main__":
    sys.exit(main())
