"""Item 3, every failure is an APIError: deep JSON at any status and from the token endpoint, a closed client, one
client across event loops."""

from __future__ import annotations

import asyncio
import threading

import pytest
from cyberhaven_client.api.incidents import get_incidents
from sevco_client.api.admin import list_orgs

from auth_plugins import ClientClosedError, InternalServerError, MalformedResponseError, TokenExchangeError

from .servers import Handler, RawServer, Received, respond, respond_json
from .support import Canaries, assert_no_secret, cyberhaven, sevco, visible_text

DEEP = b"[" * 10_000 + b"]" * 10_000
TOKEN_PATH = "/v2/auth/token/access"


def deep(status: int) -> Handler:
    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        await respond(writer, status, DEEP, {"content-type": "application/json"})

    return handler


async def orgs(request: Received, writer: asyncio.StreamWriter) -> None:
    await respond_json(writer, 200, {"orgs": []})


def test_deep_json_in_a_success_is_malformed(secrets: Canaries, logs: pytest.LogCaptureFixture) -> None:
    with RawServer(deep(200)) as server, pytest.raises(MalformedResponseError) as caught:
        list_orgs.sync(client=sevco(server.url, secrets))
    assert "JSON nested too deep" in str(caught.value)
    assert isinstance(caught.value.__cause__, RecursionError)
    assert_no_secret(visible_text(logs, caught.value), *secrets.all)


def test_deep_json_in_an_error_is_the_status_error(secrets: Canaries) -> None:
    with RawServer(deep(500)) as server, pytest.raises(InternalServerError) as caught:
        list_orgs.sync(client=sevco(server.url, secrets))
    assert caught.value.status_code == 500


def test_deep_json_from_the_token_endpoint_is_a_token_exchange_error(
    secrets: Canaries, logs: pytest.LogCaptureFixture
) -> None:
    with RawServer(deep(200)) as server, pytest.raises(TokenExchangeError) as caught:
        get_incidents.sync(client=cyberhaven(server.url, secrets))
    assert "nested too deep" in str(caught.value)
    assert [request.path for request in server.requests] == [TOKEN_PATH]
    assert_no_secret(visible_text(logs, caught.value), *secrets.all)


def test_a_closed_client_says_so(secrets: Canaries) -> None:
    with RawServer(orgs) as server:
        client = sevco(server.url, secrets)
        list_orgs.sync(client=client)
        client.close()
        with pytest.raises(ClientClosedError, match="closed"):
            list_orgs.sync(client=client)
        with sevco(server.url, secrets) as scoped:
            list_orgs.sync(client=scoped)
        with pytest.raises(ClientClosedError):
            list_orgs.sync(client=scoped)
    assert issubclass(ClientClosedError, RuntimeError)  # what httpx raised before, for code that caught that


async def test_a_closed_async_client_says_so(secrets: Canaries) -> None:
    with RawServer(orgs) as server:
        client = sevco(server.url, secrets)
        await list_orgs.asyncio(client=client)
        await client.aclose()
        with pytest.raises(ClientClosedError):
            await list_orgs.asyncio(client=client)


def test_one_client_across_event_loops(secrets: Canaries) -> None:
    """One asyncio.run() after another (the pooled keep-alive connection belongs to the first loop), then two loops
    in two threads at once."""
    with RawServer(orgs) as server:
        client = sevco(server.url, secrets)
        for _ in range(3):
            assert asyncio.run(list_orgs.asyncio(client=client)) is not None
        results: list[object] = []

        def in_a_thread() -> None:
            results.append(asyncio.run(list_orgs.asyncio(client=client)))

        threads = [threading.Thread(target=in_a_thread) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(results) == 2 and all(result is not None for result in results)
