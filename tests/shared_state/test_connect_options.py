"""connect(shared_state=...) as a user meets it: a URL, a RedisState, the API's environment variables, what a
client closes, what its with_options() copies share, and the call's deadline over every wait on Redis."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import cyberhaven_client
import pytest
from cyberhaven_client.api.endpoints import list_endpoints
from cyberhaven_client.models import ListEndpointsRequest

from auth_plugins import APITimeoutError, ConfigurationError, RateLimits
from mock_servers import create_app, serve_in_thread
from shared_state import InProcessState, RedisState

from .client_workers import BODY, CANARY_KEY
from .test_through_connect import FINGERPRINT_PREFIX
from .valkey_server import ACL_USER, ValkeyTestServer

LIMITS = RateLimits(requests_per_minute=10_000, max_concurrent_per_operation=5)


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    app = create_app("cyberhaven", keys=[CANARY_KEY], requests_per_minute=100_000)
    with serve_in_thread(app) as url:
        yield url


def connect(mock_url: str, **options: Any) -> Any:
    return cyberhaven_client.connect(api_key=CANARY_KEY, base_url=mock_url, rate_limits=LIMITS, **options)


def call(client: Any) -> None:
    list_endpoints.sync(client=client, body=ListEndpointsRequest.from_dict(BODY))


def state_of(client: Any) -> Any:
    return client._transport.limiter.state  # what connect() chose (the transport's limiter holds it)


def connections(valkey: ValkeyTestServer) -> int:
    """Connections the clients' ACL user has open on the server."""
    return sum(1 for each in valkey.admin().client_list() if each.get("user") == ACL_USER)


def test_the_environment_names_the_server_for_every_worker(
    mock_url: str, valkey: ValkeyTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CYBERHAVEN_SHARED_STATE_URL", f"  {valkey.url} ")
    monkeypatch.setenv("CYBERHAVEN_SHARED_STATE_WORKERS", "3")
    with connect(mock_url) as client:
        call(client)
        state = state_of(client)
        assert isinstance(state, RedisState) and state.connection.settings.workers == 3
    assert valkey.admin().keys(FINGERPRINT_PREFIX.decode() + "token:*")
    with connect(mock_url, shared_state="") as client:  # the argument wins, even blank: this process
        assert isinstance(state_of(client), InProcessState)


def test_without_a_url_the_state_stays_in_the_process(mock_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CYBERHAVEN_SHARED_STATE_URL", raising=False)
    with connect(mock_url) as client:
        call(client)
        assert isinstance(state_of(client), InProcessState)


@pytest.mark.parametrize("workers", ["0", "many", "-2", "1.5"])
def test_a_worker_count_that_is_not_a_positive_integer_is_refused(
    mock_url: str, valkey: ValkeyTestServer, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    monkeypatch.setenv("CYBERHAVEN_SHARED_STATE_WORKERS", workers)
    with pytest.raises(ConfigurationError, match="CYBERHAVEN_SHARED_STATE_WORKERS"):
        connect(mock_url, shared_state=valkey.url)


@pytest.mark.parametrize("bad", [42, b"redis://127.0.0.1", object()])
def test_a_shared_state_of_another_kind_is_refused(mock_url: str, bad: object) -> None:
    with pytest.raises(ConfigurationError, match="shared_state must be"):
        connect(mock_url, shared_state=bad)


def test_a_bad_url_is_refused_before_any_request_without_its_password(mock_url: str) -> None:
    with pytest.raises(ConfigurationError, match="must start with") as caught:
        connect(mock_url, shared_state="http://user:hunter2-secret@127.0.0.1:6379")
    assert "hunter2-secret" not in str(caught.value)


def test_closing_releases_what_the_client_opened_and_only_that(mock_url: str, valkey: ValkeyTestServer) -> None:
    client = connect(mock_url, shared_state=valkey.url)
    copy = client.with_options(timeout=5)
    call(client)
    call(copy)
    assert state_of(copy) is state_of(client)  # the copy shares the token, budget and slots
    assert valkey.admin().get(FINGERPRINT_PREFIX.decode() + "token:" + fingerprint(valkey)) is not None
    opened = connections(valkey)
    assert opened >= 1
    copy.close()
    assert connections(valkey) == opened  # a copy's close leaves the shared state to the original
    client.close()
    assert connections(valkey) == 0

    with RedisState(valkey.url) as mine:  # a state the caller passes in stays the caller's
        client = connect(mock_url, shared_state=mine)
        call(client)
        client.close()
        assert connections(valkey) >= 1
    assert connections(valkey) == 0


async def test_an_async_client_closes_its_connections_too(mock_url: str, valkey: ValkeyTestServer) -> None:
    client = cyberhaven_client.connect_async(
        api_key=CANARY_KEY, base_url=mock_url, rate_limits=LIMITS, shared_state=valkey.url
    )
    await list_endpoints.asyncio(client=client, body=ListEndpointsRequest.from_dict(BODY))
    assert connections(valkey) >= 1
    await client.close()
    assert connections(valkey) == 0


def fingerprint(valkey: ValkeyTestServer) -> str:
    (name,) = valkey.admin().keys(FINGERPRINT_PREFIX.decode() + "token:*")
    return str(name.decode().rsplit(":", 1)[1])


def test_a_call_waits_for_the_exchange_lock_no_longer_than_its_deadline(
    mock_url: str, valkey: ValkeyTestServer
) -> None:
    """Another worker holds the exchange lock (a slow token endpoint): a call with a 0.5 s deadline gives up then."""
    with RedisState(valkey.url, lock_seconds=30) as state, connect(mock_url, shared_state=state, timeout=0.5) as client:
        locked = client.with_options(timeout=30)
        call(locked)  # the token entry exists: learn the fingerprint, then drop the token and take the lock
        key = fingerprint(valkey)
        valkey.admin().delete(f"{FINGERPRINT_PREFIX.decode()}token:{key}")
        valkey.admin().set(f"{FINGERPRINT_PREFIX.decode()}token-lock:{key}", "another-worker", px=30_000)
        store = state.token_store(key)
        token = store.cached()
        assert token is not None
        store.invalidate(token)  # this process's copy too: the next call must exchange
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="waiting for another caller's token exchange"):
            call(client)
        assert time.monotonic() - started < 0.5 + 0.3


def test_a_call_waits_for_an_in_flight_slot_no_longer_than_its_deadline(
    mock_url: str, valkey: ValkeyTestServer
) -> None:
    """Another worker holds all 5 slots of the operation: a call with a 0.5 s deadline gives up then."""
    with RedisState(valkey.url) as state, connect(mock_url, shared_state=state, timeout=0.5) as client:
        call(client.with_options(timeout=30))
        other = RedisState(valkey.url)
        try:
            cap = other.in_flight_cap(fingerprint(valkey), "list_endpoints", limit=5)
            holds = [cap.hold() for _ in range(5)]
            assert all(hold.__enter__() for hold in holds)
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="waiting for an in-flight slot"):
                call(client)
            assert 0.5 - 0.05 <= time.monotonic() - started < 0.5 + 0.3
            for hold in holds:
                hold.__exit__(None, None, None)
        finally:
            other.close()
        call(client)  # free again
