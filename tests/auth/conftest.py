"""Fixtures for the auth_plugins tests: a clean environment, a fake vendor, a recording sleep, a fake clock.

The two hand-built profiles (one token-header, one token-exchange with rate limits) are in `fakes.py`."""

from __future__ import annotations

import pytest

from auth_plugins import ApiProfile

from .fakes import ENV_VARS, EXCHANGE_PROFILE, HEADER_PROFILE, FakeClock, FakeExchangeVendor, Sleeps, canary


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def header_profile() -> ApiProfile:
    return HEADER_PROFILE


@pytest.fixture
def exchange_profile() -> ApiProfile:
    return EXCHANGE_PROFILE


@pytest.fixture
def key() -> str:
    return canary("KEY")


@pytest.fixture
def vendor(key: str) -> FakeExchangeVendor:
    return FakeExchangeVendor(key)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
