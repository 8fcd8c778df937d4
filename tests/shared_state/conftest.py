"""Fixtures for the shared-state tests: a real Valkey server on loopback (never a fake), emptied before each test;
a second one per test that the test may stop, restart or freeze; and a RedisState on either.

If the server cannot start, every test here fails with the reason: none is skipped."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from shared_state import RedisState

from .valkey_server import ServerUnavailable, ValkeyTestServer

KEY = "SHARED-STATE-CANARY-KEY-7f3a9c"  # an API key: its text must never reach the server
FINGERPRINT = hashlib.sha256(f"http://127.0.0.1\0{KEY}".encode()).hexdigest()[:16]


def _started() -> ValkeyTestServer:
    server = ValkeyTestServer()
    try:
        server.start()
    except ServerUnavailable as error:
        pytest.fail(f"the shared-state tests need a real Valkey server: {error}", pytrace=False)
    return server


@pytest.fixture(scope="session")
def valkey() -> Iterator[ValkeyTestServer]:
    server = _started()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def empty_server(valkey: ValkeyTestServer) -> None:
    valkey.admin().flushall()


@pytest.fixture
def restartable_valkey() -> Iterator[ValkeyTestServer]:
    """A server of the test's own, to stop, restart (same port, empty) or freeze."""
    server = _started()
    yield server
    server.stop()


@pytest.fixture
def make_state() -> Iterator[Callable[..., RedisState]]:
    """RedisState(url, **options), closed after the test."""
    states: list[RedisState] = []

    def make(url: str, **options: Any) -> RedisState:
        state = RedisState(url, **options)
        states.append(state)
        return state

    yield make
    for state in states:
        state.close()


@pytest.fixture
def state(valkey: ValkeyTestServer, make_state: Callable[..., RedisState]) -> RedisState:
    return make_state(valkey.url, lease_seconds=1.0, poll_seconds=0.005)
