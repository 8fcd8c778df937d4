"""(g) The mock's requests per second on a ~430 KB page, with and without response validation.

Baseline: the same uvicorn stack answering the very same bytes (bench/fixed_server.py), measured in the same
rounds. The page is `GET /v2/incidents` of the Cyberhaven mock (its 300 seeded incidents, ~430 KB).
"""

from __future__ import annotations

import asyncio

import httpx

from .harness import Row, Section, Summary, Target, ainterleaved, ratio, summary
from .loadgen import hammer, request_bytes
from .servers import Server, fixed_server, mock_server

PATH = "/v2/incidents"
CONNECTIONS = 4
# The mock's CPU per response over the fixed-bytes server's, measured by this harness before the mock used orjson
# and projected each record once (commit 6b345d7, full mode). Issue #13 asks for twice the req/s: the mock is one
# busy thread, so that is half the CPU per response. Its req/s against the baseline's is printed too, but the
# baseline's req/s needs both cores and swings 2-5x with the host's load, while CPU per response holds still.
BEFORE = {"validated": 33.4, "unvalidated": 28.0}


def run(quick: bool) -> Section:
    rounds, seconds = (1, 0.5) if quick else (7, 1.0)
    with (
        mock_server("--no-rate-limits") as validated,
        mock_server("--no-rate-limits", "--no-validate-responses") as unvalidated,
    ):
        mocks = {"validated": validated, "unvalidated": unvalidated}
        headers = {name: {"authorization": f"Bearer {server.token()}"} for name, server in mocks.items()}
        page = httpx.get(validated.url + PATH, headers=headers["validated"], timeout=30.0)
        page.raise_for_status()
        with fixed_server(page.content) as fixed:
            servers: dict[str, Server] = {"fixed bytes": fixed, **mocks}
            requests = {
                name: request_bytes(server.url, "GET", PATH, headers.get(name, {})) for name, server in servers.items()
            }

            async def measure(name: str) -> dict[str, float]:
                server = servers[name]
                cpu = server.cpu_seconds()
                load = await hammer(server.url, requests[name], connections=CONNECTIONS, seconds=seconds)
                if load.errors or load.body_bytes != len(page.content):
                    raise RuntimeError(f"{name}: {load.errors} failed responses, body of {load.body_bytes} bytes")
                return {"rps": load.per_second, "cpu": (server.cpu_seconds() - cpu) / load.responses}

            async def rounds_of_load() -> dict[str, list[dict[str, float]]]:
                for name in servers:  # warm-up: connections, caches, the sort order
                    await hammer(servers[name].url, requests[name], connections=CONNECTIONS, seconds=0.2)
                samples = await ainterleaved(rounds, list(servers), measure)
                return {name: [dict(s) for s in values] for name, values in samples.items()}

            samples = asyncio.run(rounds_of_load())
    base = samples["fixed bytes"]
    rows = [
        Row("fixed bytes, same stack", "responses/s", summary(base, "rps"), "req/s", note="baseline"),
        Row("fixed bytes, same stack", "server CPU per response", summary(base, "cpu", 1e6), "µs", note="baseline"),
    ]
    for name in mocks:
        case = f"mock, {'with' if name == 'validated' else 'without'} response validation"
        before = BEFORE[name]
        rows.append(
            Row(case, "responses/s", summary(samples[name], "rps"), "req/s", ratio(samples[name], base, "rps"),
                "fixed bytes", ratio_digits=3)
        )  # fmt: skip
        rows.append(
            Row(
                case,
                "server CPU per response",
                summary(samples[name], "cpu", 1e6),
                "µs",
                ratio(samples[name], base, "cpu"),
                "fixed bytes",
                Target.at_most(before / 2, text=f"≤ {before / 2:.1f} (½ of {before:.1f} before)") if before else None,
                note="2× req/s ⇔ ½ the CPU per response (the mock is one busy thread)",
                digits=0,
                ratio_digits=1,
            )
        )
    rows.append(Row("page", "body size", Summary.of([len(page.content) / 1000]), "KB", digits=0))
    return Section(
        "g",
        "The mock's throughput on a ~430 KB page",
        f"`GET {PATH}` of the Cyberhaven mock (`--no-rate-limits`), {CONNECTIONS} keep-alive connections from one "
        f"load process, {seconds} s per server per round, {rounds} interleaved rounds; baseline: the same uvicorn "
        "stack answering the same bytes. Ratio: the mock's req/s over the baseline's in the same round.",
        rows,
    )
