"""pytest plugin: the mock of every API this package can serve, as fixtures of your own tests.

Installed with the package (entry point `pytest11`), so any suite gets, per API (`sevco`, `cyberhaven`, one
per spec in `mock_servers.available_apis()`), a fixture named `<api>_mock`: a `MockService` over a mock
that runs for real on 127.0.0.1 (a free port) once per session and is reset before every test.

    def test_pull(cyberhaven_mock):
        cyberhaven_mock.faults.add("list_incidents", "status", status=503)   # one failure, retried
        incidents = list(cyberhaven_mock.client.incidents.list(limit=10))
        assert len(incidents) == 10 and cyberhaven_mock.stats()["requests"]["list_incidents"] == 2

Settings (command line or ini): `--mock-clock` / `mock_clock`: `now` (default; seeded times lie in the last
weeks before the session started) or an ISO time the mock clock starts at, which fixes the seeded records
and times for reproducible tests; `mock_seed` (default 0); `mock_rate_limits` (default true: the spec's
declared limits are enforced, as the real API would).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

import pytest

from .app import MockApp, MockController, create_app
from .clock import MockClock
from .fake import parse_time
from .faults import FaultRegistry
from .server import serve_in_thread
from .spec import available_apis

__all__ = ["MockService"]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("security-api-mocks", "mock Sevco / Cyberhaven servers (mock_servers)")
    group.addoption("--mock-clock", default=None, help="ISO time the mock clock starts at, or `now` (default)")
    parser.addini("mock_clock", "ISO time the mock clock starts at, or `now`", default="now")
    parser.addini("mock_seed", "seed of the mock's records", default="0")
    parser.addini("mock_rate_limits", "enforce the spec's rate limits in the mock", type="bool", default=True)


class MockService:
    """One API's mock, for one test: where it listens, what it accepts, its controller, and clients for it.

    url: the base URL (http://127.0.0.1:<port>).
    keys: the API keys it accepts; settings: the `connect()` keyword arguments that reach it.
    controller: the `MockController` (also `faults`, `clock`, `stats()`, `store`, `reset()` here).
    client: a resource client from the package's `connect()`, made on first use and closed after the test;
    connect(**options): another client (also closed after the test); connect_async(**options): an async one,
    for the test to close (`async with`), since its connections belong to the test's event loop.
    """

    def __init__(self, api: str, app: MockApp, url: str) -> None:
        self.api = api
        self.app = app
        self.url = url
        self._clients: list[Any] = []
        self._client: Any = None

    @property
    def controller(self) -> MockController:
        return self.app.mock

    @property
    def faults(self) -> FaultRegistry:
        return self.controller.faults

    @property
    def clock(self) -> MockClock:
        return self.controller.clock

    @property
    def keys(self) -> list[str]:
        return self.controller.keys

    def stats(self) -> dict[str, Any]:
        return self.controller.stats()

    def now(self) -> datetime:
        """The mock clock's time: compute "the last 7 days" from this under a fixed `mock_clock`."""
        return datetime.fromtimestamp(self.clock.now(), UTC)

    @property
    def package(self) -> ModuleType:
        """The generated client package of this API (the spec's `x-client.package`)."""
        return importlib.import_module(str(self.controller.spec.document["x-client"]["package"]))

    @property
    def settings(self) -> dict[str, str]:
        """`connect()` keyword arguments for this mock: its URL, its first key, and the extra headers it accepts
        (e.g. Sevco's org id), found from the package's auth profile rather than known per vendor."""
        profile = self.package.PROFILE
        auth = profile.auth
        key_setting = getattr(auth, "token_setting", None) or auth.key_setting
        settings = {"base_url": self.url, key_setting: self.keys[0]}
        headers = {name.lower(): value for name, value in self.controller.auth_headers().items()}
        for header, setting in getattr(auth, "extra_headers", {}).items():
            settings[setting] = headers[header.lower()]
        return settings

    def connect(self, **options: Any) -> Any:
        """The package's `connect()` pointed at this mock; `options` add to or override `settings`."""
        client = self.package.connect(**{**self.settings, **options})
        self._clients.append(client)
        return client

    def connect_async(self, **options: Any) -> Any:
        """The package's `connect_async()` pointed at this mock; close it in the test (`async with`)."""
        return self.package.connect_async(**{**self.settings, **options})

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self.connect()
        return self._client

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self._clients.clear()
        self._client = None

    def __repr__(self) -> str:
        return f"MockService({self.api!r}, url={self.url!r})"


def _start_clock(config: pytest.Config) -> MockClock:
    chosen = config.getoption("--mock-clock") or config.getini("mock_clock")
    if str(chosen).strip().lower() in ("", "now"):
        return MockClock()
    return MockClock(start=parse_time(str(chosen)).timestamp())


def _fixtures_for(api: str) -> tuple[Any, Any]:
    @pytest.fixture(scope="session", name=f"_{api}_mock_server")
    def server(pytestconfig: pytest.Config) -> Iterator[tuple[MockApp, str]]:
        app = create_app(
            api,
            seed=int(pytestconfig.getini("mock_seed")),
            clock=_start_clock(pytestconfig),
            rate_limits=bool(pytestconfig.getini("mock_rate_limits")),
        )
        with serve_in_thread(app) as url:
            yield app, url

    def service(request: pytest.FixtureRequest) -> Iterator[MockService]:
        app, url = request.getfixturevalue(f"_{api}_mock_server")
        app.mock.reset()
        app.mock.clock.reset()
        mock = MockService(api, app, url)
        yield mock
        mock.close()

    service.__doc__ = (
        f"The {api} mock on loopback (reset before this test): a MockService (mock_servers.pytest_plugin)."
    )
    return server, pytest.fixture(name=f"{api}_mock")(service)


# One pair of fixtures per spec the mock can serve; pytest collects them from this module's globals.
for _api in available_apis():
    globals()[f"_{_api}_mock_server"], globals()[f"{_api}_mock"] = _fixtures_for(_api)
