"""Both mock servers, started for real with uvicorn on 127.0.0.1 (port 0) once per session,
reset before every test; `connected(api)` gives a client built by the generated connect(), strict."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import cyberhaven_client
import pytest
import sevco_client

from mock_servers import create_app, serve_in_thread
from tests.credentials import CYBERHAVEN_KEY, SEVCO_KEY, SEVCO_ORG

from .recipes import Context


class Server:
    def __init__(self, app: Any, url: str) -> None:
        self.app = app
        self.url = url

    @property
    def mock(self) -> Any:
        return self.app.state.mock


@pytest.fixture(scope="session")
def servers() -> Iterator[dict[str, Server]]:
    sevco_app, cyberhaven_app = create_app("sevco"), create_app("cyberhaven")
    with serve_in_thread(sevco_app) as sevco_url, serve_in_thread(cyberhaven_app) as cyberhaven_url:
        yield {"sevco": Server(sevco_app, sevco_url), "cyberhaven": Server(cyberhaven_app, cyberhaven_url)}


@pytest.fixture
def server(servers: dict[str, Server]) -> Callable[[str], Server]:
    for each in servers.values():
        each.mock.reset()
    return servers.__getitem__


def connect(api: str, url: str, **options: Any) -> Any:
    """A client of the generated connect(); strict unless told otherwise, so the specs and mocks stay exact."""
    options.setdefault("strict", True)
    if api == "sevco":
        return sevco_client.connect(api_key=SEVCO_KEY, org_id=SEVCO_ORG, base_url=url, **options)
    return cyberhaven_client.connect(api_key=CYBERHAVEN_KEY, base_url=url, **options)


@pytest.fixture
def connected(server: Callable[[str], Server]) -> Iterator[Callable[..., Context]]:
    clients: list[Any] = []

    def make(api: str, **options: Any) -> Context:
        client = connect(api, server(api).url, **options)
        clients.append(client)
        return Context(client=client, api_key=SEVCO_KEY if api == "sevco" else CYBERHAVEN_KEY)

    yield make
    for client in clients:
        client.close()
