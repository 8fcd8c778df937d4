"""(c) Throughput under the spec's in-flight cap, against the ideal of `cap / single-request latency`.

The mock enforces Cyberhaven's 5 requests in flight per operation (429 beyond) and takes 50 ms for each request
(a `delay` fault on every one). Its per-minute budget is taken out of the spec it serves, so the in-flight cap
alone limits the run (500 requests at 60 a minute would take 8 minutes and measure the minute, not the cap).
Many asyncio tasks then send through one connect() client: with the client's limiter (5 in flight) and without
it (the server's 429s and the client's retries do the pacing). Each round first measures the single-request
latency through the same client, sequentially; the ideal is `5 / latency` requests per second.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cyberhaven_client
import yaml
from cyberhaven_client.api.endpoints import list_endpoints
from cyberhaven_client.models import ListEndpointsRequest

from auth_plugins import RateLimitError, RateLimits
from mock_servers.spec import DATA_DIR, spec_path

from .harness import Row, Section, Summary, Target
from .servers import API, API_KEY, Server, mock_server

OPERATION = "list_endpoints"
BODY = {"page_request": {"size": 1}}
IN_FLIGHT = 5
DELAY_S = 0.05  # the server's time per request (quick mode: 0.02)
LIMITED = "with the client's limiter (5 in flight)"
UNLIMITED = "without the client's limiter"


def run(quick: bool) -> Section:
    rounds, tasks, delay = (1, 60, 0.02) if quick else (3, 500, DELAY_S)
    outcomes: dict[str, list[dict[str, float]]] = {LIMITED: [], UNLIMITED: []}
    with in_flight_only_mock() as server:
        for _ in range(rounds):
            for case, limits in (
                (LIMITED, RateLimits(max_concurrent_per_operation=IN_FLIGHT)),
                (UNLIMITED, RateLimits()),
            ):
                server.reset()
                server.control("POST", "/faults", {"operation_id": OPERATION, "kind": "delay", "delay_s": delay,
                                                   "count": 0})  # fmt: skip
                outcome = asyncio.run(_burst(server, limits, tasks))
                outcome["429s sent"] = server.stats()["rate_limited"]
                outcomes[case].append(outcome)
    rows: list[Row] = []
    for case, values in outcomes.items():
        ours = case == LIMITED
        rows += [
            Row(case, "throughput", Summary.of([v["throughput"] for v in values]), "req/s",
                Summary.of([v["throughput"] / v["ideal"] for v in values]), f"ideal ({IN_FLIGHT} / latency)",
                Target.at_least(0.95) if ours else None, digits=1),
            Row(case, "single-request latency", Summary.of([v["latency"] * 1000 for v in values]), "ms", digits=1),
            Row(case, "429s sent by the mock", Summary.of([v["429s sent"] for v in values]), digits=0),
            Row(case, "429s surfaced (RateLimitError raised)", Summary.of([v["429s surfaced"] for v in values]),
                target=Target.at_most(0, on="value", text="0") if ours else None, digits=0),
            Row(case, "other failures", Summary.of([v["other failures"] for v in values]),
                target=Target.at_most(0, on="value", text="0") if ours else None, digits=0),
        ]  # fmt: skip
    return Section(
        "c",
        "Throughput under the in-flight cap",
        f"{tasks} asyncio tasks, one request each, through one connect() client (per-minute limit off) against the "
        f"Cyberhaven mock enforcing {IN_FLIGHT} in flight per operation, each request taking {delay * 1000:.0f} ms; "
        f"{rounds} rounds. Ratio: requests per second over the ideal `{IN_FLIGHT} / single-request latency`, the "
        "latency measured through the same client in the same round.",
        rows,
    )


@contextmanager
def in_flight_only_mock() -> Iterator[Server]:
    """The Cyberhaven mock serving a copy of the spec whose `x-rate-limits` keeps only the in-flight cap."""
    spec = yaml.safe_load(spec_path(API).read_text(encoding="utf-8"))
    spec["x-rate-limits"] = {"max-concurrent-per-operation": IN_FLIGHT}
    with tempfile.TemporaryDirectory(prefix="bench-spec-") as scratch:
        path = Path(scratch) / f"{API}.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        with mock_server("--data", str(DATA_DIR / f"{API}.yaml"), api=str(path)) as server:
            yield server


async def _burst(server: Server, limits: RateLimits, tasks: int) -> dict[str, float]:
    body = ListEndpointsRequest.from_dict(BODY)
    surfaced = others = 0
    async with cyberhaven_client.connect(api_key=API_KEY, base_url=server.url, rate_limits=limits) as client:
        latencies = []
        for _ in range(11):  # the first one also exchanges the token
            started = time.perf_counter()
            await list_endpoints.asyncio(client=client, body=body)
            latencies.append(time.perf_counter() - started)
        latency = statistics.median(latencies[1:])

        async def one() -> None:
            nonlocal surfaced, others
            try:
                await list_endpoints.asyncio(client=client, body=body)
            except RateLimitError:
                surfaced += 1
            except Exception:
                others += 1

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(tasks)))
        elapsed = time.perf_counter() - started
    return {
        "throughput": (tasks - surfaced - others) / elapsed,
        "ideal": IN_FLIGHT / latency,
        "latency": latency,
        "429s surfaced": surfaced,
        "other failures": others,
    }
