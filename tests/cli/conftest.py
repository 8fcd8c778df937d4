"""Running the installed console scripts (`cyberhaven`, `sevco`) as real subprocesses against the mocks on loopback.

`cli(mock, *args)` runs the program of the mock's API with the environment a user would set: the mock's URL and
keys under the environment variables the package's settings read (found from its profile, not named per vendor),
and nothing else of ours. stdout and stderr are pipes unless a test asks for a terminal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from attrs import frozen

from mock_servers.pytest_plugin import MockService

BIN = Path(sys.executable).parent


@frozen
class Run:
    returncode: int
    stdout: str
    stderr: str

    def records(self) -> list[Any]:
        """stdout read as NDJSON."""
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def program(mock: MockService) -> Path:
    """The installed console script of the mock's API (its package's cli.PROGRAM)."""
    cli = __import__(f"{mock.package.__name__}.cli", fromlist=["PROGRAM"])
    return BIN / str(cli.PROGRAM)


def environment(mock: MockService, **overrides: str) -> dict[str, str]:
    """The process environment reaching `mock`: each connect() setting of its settings under its first variable."""
    profile = mock.package.PROFILE
    prefixes = tuple({name.split("_")[0] + "_" for s in profile.settings for name in s.env})
    env = {k: v for k, v in os.environ.items() if not k.startswith((*prefixes, "COLUMNS", "LINES"))}
    for setting in profile.settings:
        if setting.name in mock.settings and setting.env:
            env[setting.env[0]] = mock.settings[setting.name]
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.update(overrides)
    return env


def run(
    mock: MockService,
    *args: str,
    env: Mapping[str, str] | None = None,
    input: str | None = None,
    timeout: float = 90,
) -> Run:
    result = subprocess.run(
        [str(program(mock)), *args],
        env=dict(env) if env is not None else environment(mock),
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Run(result.returncode, result.stdout, result.stderr)


@pytest.fixture
def cli() -> Callable[..., Run]:
    return run
