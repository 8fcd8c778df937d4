"""Fixtures of the hostile-server suite (the `logs` fixture is tests/conftest.py's)."""

from __future__ import annotations

import pytest

from .support import Canaries


@pytest.fixture
def secrets() -> Canaries:
    return Canaries()
