"""The benchmark harness: its round and ratio logic, and a quick run of every section as a smoke test.

No figure is asserted here (targets are checked by `make bench`, not by tests): the smoke run checks that every
section of issue #13 runs against real servers and writes well-formed results.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.__main__ import README, SECTIONS
from bench.harness import Row, Summary, Target, interleaved, ratio, rotated

ROOT = Path(__file__).resolve().parents[2]
ROW_KEYS = {"case", "measure", "value", "unit", "ratio", "baseline", "target", "target_on", "meets", "note"}


def test_every_variant_takes_every_position_across_rounds() -> None:
    names = ["base", "x", "y"]
    orders = [rotated(names, number) for number in range(3)]
    assert orders == [["base", "x", "y"], ["x", "y", "base"], ["y", "base", "x"]]
    for position in range(3):
        assert {order[position] for order in orders} == set(names)


def test_ratios_are_taken_within_each_round() -> None:
    # the machine gets 10x slower after the first round: per-round ratios do not see it
    speed = iter([1.0, 1.0, 1.0, 10.0, 10.0, 10.0])
    calls: list[str] = []

    def measure(name: str) -> dict[str, float]:
        calls.append(name)
        return {"t": next(speed) * (2.0 if name == "slow" else 1.0)}

    samples = interleaved(2, ["base", "slow", "other"], measure)
    assert calls == ["base", "slow", "other", "slow", "other", "base"]
    assert ratio(samples["slow"], samples["base"], "t") == Summary(2.0, 2.0, 2.0, 2)
    assert ratio(samples["other"], samples["base"], "t") == Summary(1.0, 1.0, 1.0, 2)


def test_summary_and_targets() -> None:
    summary = Summary.of([3.0, 1.0, 2.0, 10.0])
    assert (summary.median, summary.low, summary.high, summary.rounds) == (2.5, 1.0, 10.0, 4)
    assert summary.text() == "2.50 (1.00–10.00)"
    passing = Row("c", "m", Summary.of([5.0]), ratio=Summary.of([1.04, 1.2, 1.0]), target=Target.at_most(1.05))
    assert passing.meets is True  # the median ratio decides
    failing = Row("c", "m", Summary.of([5.0]), ratio=1.3, target=Target.at_most(1.05))
    assert failing.meets is False
    on_value = Row("c", "m", Summary.of([0, 0, 1]), target=Target.at_most(0, on="value"))
    assert on_value.meets is True
    assert Row("c", "m", None, target=Target.at_most(1.1)).meets is None  # nothing measured: not judged


@pytest.mark.timeout(900)
def test_quick_run_writes_every_section(tmp_path: Path) -> None:
    readme_before = README.read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=850,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert results["mode"] == "quick"
    assert results["command"] == f"python -m bench --quick --out {tmp_path}"
    assert list(results["sections"]) == list(SECTIONS)
    table = (tmp_path / "results.md").read_text(encoding="utf-8")
    for key, section in results["sections"].items():
        assert section["title"] and section["setup"], key
        assert section["rows"], key
        assert f"### ({key}) {section['title']}" in table
        for row in section["rows"]:
            _check_row(key, row)
        assert any(row["value"] is not None for row in section["rows"]), key
    assert README.read_text(encoding="utf-8") == readme_before  # a quick run never rewrites the README table


def _check_row(key: str, row: dict[str, Any]) -> None:
    where = f"({key}) {row['case']} / {row['measure']}"
    assert set(row) == ROW_KEYS, where
    assert row["value"] is not None, where  # every part is built: every row has its figure
    for figure in (row["value"], row["ratio"]):
        _check_figure(figure, where)
    if row["target"] is None:
        assert row["meets"] is None, where
    else:
        assert row["target_on"] in ("ratio", "value"), where
        assert isinstance(row["meets"], bool), where


def _check_figure(figure: Any, where: str) -> None:
    if figure is None:
        return
    if isinstance(figure, dict):
        assert set(figure) == {"median", "min", "max", "rounds"}, where
        assert figure["rounds"] >= 1, where
        assert figure["min"] <= figure["median"] <= figure["max"], where
        values = [figure["median"], figure["min"], figure["max"]]
    else:
        values = [figure]
    assert all(isinstance(v, (int, float)) and math.isfinite(v) for v in values), where


@pytest.mark.parametrize("mode", [[], ["--async"]])
def test_the_profiling_runner_sends_its_requests(mode: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.profile_client", "resource", "--requests", "20", *mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("resource: ") and "µs CPU per request over 20 requests" in done.stdout
