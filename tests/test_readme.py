"""Every Python block of README.md runs, as a user would run it, against the mocks on loopback.

Blocks that define `test_` functions are a test file for the pytest plugin: they run under pytest in a
subprocess. The others run as scripts in a subprocess with the environment the README's console block sets
(base URLs of mocks started here with the real clock, as `python -m mock_servers` does, and their keys)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.specfile import REPO_ROOT
from mock_servers import create_app, serve_in_thread
from tests.credentials import CYBERHAVEN_KEY, SEVCO_KEY, SEVCO_ORG

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```python\n(.*?)^```", README, flags=re.DOTALL | re.MULTILINE)
SCRIPTS = [block for block in BLOCKS if "def test_" not in block]
TEST_FILES = [block for block in BLOCKS if "def test_" in block]


@pytest.fixture(scope="module")
def environment() -> Iterator[dict[str, str]]:
    cyberhaven, sevco = create_app("cyberhaven"), create_app("sevco")
    with serve_in_thread(cyberhaven) as cyberhaven_url, serve_in_thread(sevco) as sevco_url:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SEVCO_", "CYBERHAVEN_"))}
        env.update(
            CYBERHAVEN_BASE_URL=cyberhaven_url,
            CYBERHAVEN_API_KEY=CYBERHAVEN_KEY,
            SEVCO_BASE_URL=sevco_url,
            SEVCO_API_KEY=SEVCO_KEY,
            SEVCO_ORG_ID=SEVCO_ORG,
        )
        yield env


def test_the_readme_has_its_examples() -> None:
    assert len(SCRIPTS) >= 8 and TEST_FILES
    console = re.search(r"^```console\n(.*?)^```", README, flags=re.DOTALL | re.MULTILINE)
    assert console is not None
    for name in ("CYBERHAVEN_BASE_URL", "CYBERHAVEN_API_KEY", "SEVCO_BASE_URL", "SEVCO_API_KEY", "SEVCO_ORG_ID"):
        assert name in console.group(1), f"the README's console block does not set {name}"


@pytest.mark.parametrize("block", SCRIPTS, ids=[f"block{i}" for i in range(len(SCRIPTS))])
def test_python_block_runs(block: str, environment: dict[str, str], tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(block, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"README block failed:\n{block}\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip(), f"README block printed nothing:\n{block}"
    if "json.dumps" in block:  # the NDJSON quick start: one JSON object per line, and some lines
        lines = result.stdout.splitlines()
        assert lines and all(isinstance(json.loads(line), dict) for line in lines)


@pytest.mark.parametrize("block", TEST_FILES, ids=[f"tests{i}" for i in range(len(TEST_FILES))])
def test_pytest_plugin_example_passes(block: str, tmp_path: Path) -> None:
    (tmp_path / "test_readme_example.py").write_text(block, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_readme_example.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    tests = block.count("def test_")
    assert result.returncode == 0 and f"{tests} passed" in result.stdout, result.stdout + result.stderr
