"""Mocks served for real by uvicorn on 127.0.0.1 (port 0), once per module, reset before every test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from mock_servers import MockController, create_app, serve_in_thread
from tests.credentials import CYBERHAVEN_KEY, SEVCO_KEY, SEVCO_ORG


@dataclass
class Served:
    app: Any
    url: str

    @property
    def mock(self) -> MockController:
        mock: MockController = self.app.state.mock
        return mock

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=10.0, **kwargs)


@pytest.fixture(scope="module")
def _servers() -> Iterator[dict[str, Served]]:
    apps = {"sevco": create_app("sevco"), "cyberhaven": create_app("cyberhaven")}
    with serve_in_thread(apps["sevco"]) as sevco_url, serve_in_thread(apps["cyberhaven"]) as cyberhaven_url:
        yield {"sevco": Served(apps["sevco"], sevco_url), "cyberhaven": Served(apps["cyberhaven"], cyberhaven_url)}


@pytest.fixture
def sevco(_servers: dict[str, Served]) -> Served:
    _servers["sevco"].mock.reset()
    return _servers["sevco"]


@pytest.fixture
def cyberhaven(_servers: dict[str, Served]) -> Served:
    _servers["cyberhaven"].mock.reset()
    return _servers["cyberhaven"]


SEVCO_HEADERS = {"Authorization": f"Token {SEVCO_KEY}", "x-sevco-target-org": SEVCO_ORG}


def bearer(client: httpx.Client, key: str = CYBERHAVEN_KEY) -> dict[str, str]:
    """Exchange `key` over HTTP; the Authorization header for the token."""
    answer = client.post("/v2/auth/token/access", json={"api_key": key})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}
