"""Fixtures every test package shares."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger a request goes through (ours, httpx's, httpcore's) at DEBUG, captured."""
    caplog.set_level(logging.DEBUG)
    for name in ("auth_plugins", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog
