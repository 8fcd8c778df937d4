"""Fixtures of the hostile-server suite: canary secrets, every logger of a request at DEBUG."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from .support import Canaries


@pytest.fixture
def secrets() -> Canaries:
    return Canaries()


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    for name in ("auth_plugins", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog
