"""`python -m bench [--quick] [--only abg] [--out DIR]` (what `make bench` runs); see bench/README.md."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from .harness import Section, pin

BENCH_DIR = Path(__file__).resolve().parent
README = BENCH_DIR / "README.md"
TABLE_START = "<!-- results:start (written by `python -m bench`) -->"
TABLE_END = "<!-- results:end -->"
# section letter (issue #13, item 1) -> module with run(quick) -> Section
SECTIONS = {
    "a": "client_cost",
    "b": "tokens",
    "c": "throughput",
    "d": "burst",
    "e": "paging",
    "f": "tooling",
    "g": "mock_rate",
    "h": "many_workers",
}
WAITING = {"d"}  # spends most of its minute waiting for a rate window: runs beside the next sections
UNTIMED = {"e"}  # measures memory, not time: a waiting section may run beside it
PACKAGES = ("httpx", "tenacity", "limits", "uvicorn", "starlette", "jsonschema-rs", "orjson", "requests")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Benchmarks of issue #13; see bench/README.md."
    )
    parser.add_argument("--quick", action="store_true", help="one short round of everything (a smoke run)")
    parser.add_argument("--only", default="".join(SECTIONS), help="section letters to run, e.g. `ag` (default all)")
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where results.json and results.md go (default: bench/quick/; a full run of every section writes "
        "bench/results.json and the table in bench/README.md instead)",
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.only) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown sections {unknown}; choose from {''.join(SECTIONS)}")
    chosen = [key for key in SECTIONS if key in args.only]
    complete = not args.quick and len(chosen) == len(SECTIONS)
    out: Path = args.out or (BENCH_DIR if complete else BENCH_DIR / "quick")
    command = "python -m bench" + "".join(f" {arg}" for arg in (argv if argv is not None else sys.argv[1:]))

    pin(0, "client")
    started = time.time()
    done: dict[str, Section] = {}
    with ThreadPoolExecutor(max_workers=1) as background:
        waiting: dict[str, Future[Section]] = {}
        for key in chosen:
            if key not in UNTIMED:  # nothing runs beside a timed section
                done.update({k: future.result() for k, future in waiting.items()})
                waiting.clear()
            if key in WAITING:
                waiting[key] = background.submit(_run, key, args.quick)
            else:
                done[key] = _run(key, args.quick)
        done.update({k: future.result() for k, future in waiting.items()})
    sections = [done[key] for key in chosen]

    results = {
        "command": command,
        "mode": "quick" if args.quick else "full",
        "started": datetime.fromtimestamp(started, UTC).isoformat(timespec="seconds"),
        "seconds": round(time.time() - started, 1),
        "machine": _machine(),
        "sections": {section.key: section.as_dict() for section in sections},
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    table = _table(results, sections)
    if out.resolve() == BENCH_DIR and complete:
        _update_readme(table)
        written = README
    else:
        written = out / "results.md"
        written.write_text(table, encoding="utf-8")
    print(f"bench: wrote {out / 'results.json'} and {written} in {results['seconds']} s", flush=True)
    return 0


def _run(key: str, quick: bool) -> Section:
    print(f"bench: ({key}) {SECTIONS[key]} ...", flush=True)
    begun = time.perf_counter()
    section: Section = importlib.import_module(f"bench.{SECTIONS[key]}").run(quick)
    print(section.markdown(), flush=True)
    print(f"bench: ({key}) took {time.perf_counter() - begun:.1f} s", flush=True)
    return section


def _machine() -> dict[str, Any]:
    versions: dict[str, str | None] = {}
    for package in PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "packages": versions,
    }


def _table(results: dict[str, Any], sections: list[Section]) -> str:
    machine = results["machine"]
    lines = [
        f"Produced by `{results['command']}` ({results['mode']} mode) on {results['started']} in "
        f"{results['seconds']} s: Python {machine['python']}, {machine['cpus']} CPUs, load average at the end "
        f"{', '.join(map(str, machine['load_average_at_end']))}.",
        "",
    ]
    return "\n".join(lines) + "\n".join(section.markdown() for section in sections)


def _update_readme(table: str) -> None:
    text = README.read_text(encoding="utf-8")
    head, found, rest = text.partition(TABLE_START)
    _, found_end, tail = rest.partition(TABLE_END)
    if not found or not found_end:
        raise RuntimeError(f"{README} lacks the markers {TABLE_START!r} ... {TABLE_END!r}")
    README.write_text(f"{head}{TABLE_START}\n{table}\n{TABLE_END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
