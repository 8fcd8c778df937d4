"""(f) Generate and check time, against the stock openapi-python-client on the same spec.

Per API, each a process of its own as a developer runs it:
- baseline: `openapi-python-client generate` (its CLI, with its default post-hooks: ruff fix and format) on the
  spec as our generator hands it over (generator.build.prepare_for_stock_generator) and our config file;
- our generate: generator.build.generate() into a scratch directory (what `python -m generator generate` runs,
  without touching generated/): validation, the stock generator, our templates, pinned ruff;
- our check: `python -m generator check <api>` (generate into scratch, compare with generated/).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.build import GENERATOR_DIR, prepare_for_stock_generator
from generator.specfile import load, spec_path

from .harness import Row, Sample, Section, interleaved, ratio, summary

STOCK = "openapi-python-client generate (stock)"
GENERATE = "our generate"
CHECK = "our check"
GENERATE_INTO = "import sys; from pathlib import Path; from generator.build import generate; generate(sys.argv[2], Path(sys.argv[1]))"  # noqa: E501


def run(quick: bool) -> Section:
    apis = ["cyberhaven"] if quick else ["cyberhaven", "sevco"]
    rounds = 1 if quick else 3
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch:
        root = Path(scratch)
        commands = {name: [_commands(name, api, root) for api in apis] for name in (STOCK, GENERATE, CHECK)}
        samples = interleaved(rounds, list(commands), lambda name: _timed(commands[name]))
    base = samples[STOCK]
    rows: list[Row] = []
    for name, values in samples.items():
        is_base = name == STOCK
        wall_ratio = None if is_base else ratio(values, base, "wall")
        cpu_ratio = None if is_base else ratio(values, base, "cpu")
        note = "baseline" if is_base else ""
        rows += [
            Row(name, "wall", summary(values, "wall"), "s", wall_ratio, None if is_base else "stock", note=note),
            Row(name, "CPU (its processes)", summary(values, "cpu"), "s", cpu_ratio, None if is_base else "stock",
                note=note),
        ]  # fmt: skip
    return Section(
        "f",
        "Generate and check time",
        f"Summed over {', '.join(apis)}, one process per API and step, {rounds} interleaved rounds; CPU: the "
        "processes' user + system time. No target in issue #13; ratios against the stock generator on the same spec.",
        rows,
    )


def _commands(name: str, api: str, root: Path) -> list[str]:
    out = root / name.replace(" ", "-").replace("(", "").replace(")", "") / api
    if name == STOCK:
        prepared = root / f"{api}.json"
        prepared.write_text(json.dumps(prepare_for_stock_generator(load(spec_path(api)))), encoding="utf-8")
        config = GENERATOR_DIR / "configs" / f"{api}.yaml"
        executable = Path(sys.executable).parent / "openapi-python-client"
        return [str(executable), "generate", "--path", str(prepared), "--output-path", str(out), "--meta", "none",
                "--overwrite", "--config", str(config)]  # fmt: skip
    if name == GENERATE:
        return [sys.executable, "-c", GENERATE_INTO, str(out), api]
    return [sys.executable, "-m", "generator", "check", api]


def _timed(commands: list[list[str]]) -> Sample:
    # the stock CLI finds ruff (its post-hooks) on PATH: the one pinned in this environment
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    for command in commands:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=600, check=False, env={**os.environ, "PATH": path}
        )
        if done.returncode != 0 or "Warning" in done.stdout + done.stderr:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu}
