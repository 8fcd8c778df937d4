"""The drift check against mocks served for real on loopback: the normal ones (the pytest plugin's `<api>_mock`
fixtures) and a Cyberhaven mock that drifts from the spec on purpose (data/cyberhaven-drift.yaml); the
command line as a real subprocess (the installed `api-contract-check` script)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mock_servers import create_app, serve_in_thread
from mock_servers.app import MockApp
from mock_servers.pytest_plugin import MockService

DATA = Path(__file__).parent / "data"
DRIFT_DATA = DATA / "cyberhaven-drift.yaml"
SCRIPT = Path(sys.executable).parent / "api-contract-check"


@pytest.fixture(scope="session")
def _drifting_server() -> Iterator[tuple[MockApp, str]]:
    app = create_app("cyberhaven", data=DRIFT_DATA, validate_responses=False)
    with serve_in_thread(app) as url:
        yield app, url


@pytest.fixture
def drifting_mock(_drifting_server: tuple[MockApp, str]) -> Iterator[MockService]:
    """The drifting Cyberhaven mock, reset, as the plugin's fixtures give the normal ones."""
    app, url = _drifting_server
    app.mock.reset()
    service = MockService("cyberhaven", app, url)
    yield service
    service.close()


def environment(mock: MockService, **overrides: str) -> dict[str, str]:
    """A process environment holding the mock's settings under the variables connect() reads, and nothing
    else of the project's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SEVCO_", "CYBERHAVEN_", "MOCK_"))}
    for setting in mock.package.PROFILE.settings:
        if setting.name in mock.settings and setting.env:
            env[setting.env[0]] = mock.settings[setting.name]
    env.update(overrides)
    return env


def run_cli(*arguments: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The installed `api-contract-check` script, run for real."""
    return subprocess.run(
        [str(SCRIPT), *arguments], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
