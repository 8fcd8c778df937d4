"""(e) Memory while walking every page: the peak against one page's bytes, and from 1k to 100k records.

The Cyberhaven mock is grown through a data file (mock_servers/README.md, "The data file"): a copy of
mock_servers/data/cyberhaven.yaml with N endpoints (and 1k incidents in the small one). A probe process of its
own (bench/paging_probe.py) walks them all with the generated walker, the resource client, or (the baseline of
the walk time) the resource client's `.pages()`, pages of 1000, counting and dropping each record, and reports
tracemalloc's peak during the walk, the time of a second walk untraced, and the bytes of one page as sent.
Endpoints carry the 1k-to-100k comparison (flat records, ~0.3 KB: 100k of them are walked in seconds);
incidents (nested, ~3.8 KB, with both event records) show the same ratio for a heavier shape at 1k.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

from mock_servers.spec import DATA_DIR, load_yaml

from .harness import Row, Section, Summary, Target
from .servers import API, API_KEY, mock_server

FULL = (1000, 100_000, 1000)  # records in the small and the large mock, records per page (the spec's largest)
QUICK = (200, 600, 100)
# the record walks, and (the baseline of their time) the same walk through `.pages()`, which parses whole pages
VARIANTS = {"walker": "generated walker", "resource": "resource client", "pages": "resource client, .pages()"}
WALKS = ("walker", "resource")
MB = 1e6


def run(quick: bool) -> Section:
    small, large, size = QUICK if quick else FULL
    # (collection, records) measured on the mock with `large` endpoints or on the small one
    cases = [("endpoints", small), ("endpoints", large), ("incidents", small)]
    # the big mock takes a while to seed: it does so while the small one is measured
    with ThreadPoolExecutor(max_workers=2) as pool:
        small_run = pool.submit(_measure, {"endpoints": small, "incidents": small}, cases[::2], size)
        large_run = pool.submit(_measure, {"endpoints": large}, cases[1:2], size)
        results = {**small_run.result(), **large_run.result()}
    rows: list[Row] = []
    for variant, title in VARIANTS.items():
        for collection, count in cases:
            outcome = results[(collection, count, variant)]
            case = f"{title}, {count:,} {collection}"
            if outcome["records"] != count:
                raise RuntimeError(f"{case}: the walk returned {outcome['records']} records")
            peak, page = outcome["peak_bytes"], outcome["page_bytes"]
            target = Target.at_most(3.0) if variant in WALKS else None
            rows.append(
                Row(case, "peak memory", Summary.of([peak / MB]), "MB", peak / page, "one page's bytes",
                    target, note=f"a page of {size:,} is {page / MB:.2f} MB")
            )  # fmt: skip
            if count == large and variant in WALKS:
                flat = peak / results[(collection, small, variant)]["peak_bytes"]
                rows.append(
                    Row(case, "peak memory", Summary.of([peak / MB]), "MB", flat, f"the peak at {small:,}",
                        Target.at_most(1.2))
                )  # fmt: skip
            rows.append(Row(case, "time to walk (tracemalloc on)", Summary.of([outcome["seconds"]]), "s"))
            seconds, baseline = outcome["untraced_seconds"], results[(collection, count, "pages")]["untraced_seconds"]
            rows.append(Row(case, "time to walk", Summary.of([seconds]), "s", seconds / baseline, "the .pages() walk"))
    rows += _floor(results, small, size)
    return Section(
        "e",
        "Memory while paging",
        f"Every record of a mock grown to {small:,} and {large:,} endpoints (and {small:,} incidents), walked in "
        f"pages of {size:,} by a probe process of its own (connect(), limits off); peak: tracemalloc's peak "
        "during the walk; time to walk: a second walk, tracemalloc off. One run each (memory does not vary with "
        f"load). Ratios: the peak over one page's bytes as sent, and over the peak at {small:,} records; the time "
        "over the same walk through `.pages()` (whole pages parsed). The last rows: what one page costs once "
        "parsed whole, the floor under `.pages()` (the page's bytes are held as well while it is parsed).",
        rows,
    )


def _floor(results: dict[tuple[str, int, str], dict[str, Any]], small: int, size: int) -> list[Row]:
    """One page parsed by json.loads (its peak: the decoded text and the parsed objects), and its models."""
    rows = []
    for collection in ("endpoints", "incidents"):
        outcome = results[(collection, small, "walker")]
        page = outcome["page_bytes"]
        case = f"one page of {size:,} {collection}"
        for measure, key in (("json.loads, peak", "loads_peak_bytes"), ("its models, held", "models_bytes")):
            value = outcome[key]
            rows.append(Row(case, measure, Summary.of([value / MB]), "MB", value / page, "one page's bytes"))
    return rows


def _measure(
    counts: dict[str, int], cases: list[tuple[str, int]], size: int
) -> dict[tuple[str, int, str], dict[str, Any]]:
    """One mock with `counts` records per collection; every variant walks every (collection, count) of `cases`."""
    data = load_yaml(DATA_DIR / f"{API}.yaml")
    assert isinstance(data, dict)
    for collection, count in counts.items():
        data["collections"][collection]["count"] = count
    with tempfile.TemporaryDirectory(prefix="bench-data-") as scratch:
        path = Path(scratch) / f"{API}.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        with mock_server("--no-rate-limits", "--data", str(path)) as server:
            return {
                (collection, count, variant): _probe(server.url, collection, variant, size)
                for collection, count in cases
                for variant in VARIANTS
            }


def _probe(url: str, collection: str, variant: str, size: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.paging_probe", "--url", url, "--key", API_KEY, "--size", str(size)]
    command += ["--collection", collection]
    done = subprocess.run([*command, "--variant", variant], capture_output=True, text=True, timeout=900, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    outcome: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return outcome
