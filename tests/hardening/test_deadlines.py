"""Item 2, a deadline per call: `timeout=` bounds the whole call (waits for a slot and the budget, every attempt,
every backoff, the whole body) whatever the server does; a call that cannot start in time because the budget is
spent is a RateLimitError saying how long it would have waited."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest
from sevco_client.api.admin import list_orgs

from auth_plugins import APITimeoutError, InternalServerError, RateLimitError, RateLimits

from .servers import Handler, RawServer, Received, head, respond, respond_json
from .support import Canaries, assert_no_secret, elapsed, sevco, visible_text

MARGIN = 1.0  # seconds a call may run past its deadline on a loaded machine


async def slow_headers(request: Received, writer: asyncio.StreamWriter) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\n")
    while True:  # one byte of a header every 0.3 s: each read returns well within any read timeout
        writer.write(b"x")
        await writer.drain()
        await asyncio.sleep(0.3)


async def slow_body(request: Received, writer: asyncio.StreamWriter) -> None:
    writer.write(head(200, {"content-type": "application/json", "content-length": "100000"}))
    while True:
        writer.write(b" ")
        await writer.drain()
        await asyncio.sleep(0.3)


@pytest.mark.parametrize("handler", [slow_headers, slow_body], ids=["slow headers", "slow body"])
def test_a_trickling_server_is_cut_at_the_deadline(
    handler: Handler, secrets: Canaries, logs: pytest.LogCaptureFixture
) -> None:
    with RawServer(handler) as server, elapsed() as took, pytest.raises(APITimeoutError) as caught:
        list_orgs.sync(client=sevco(server.url, secrets, timeout=2))
    assert took[0] < 2 + MARGIN
    assert "deadline of 2 s passed" in str(caught.value)
    assert len(server.requests) == 1  # no time left to try again
    assert_no_secret(visible_text(logs, caught.value), *secrets.all)


@pytest.mark.parametrize("handler", [slow_headers, slow_body], ids=["slow headers", "slow body"])
async def test_a_trickling_server_is_cut_at_the_deadline_async(handler: Handler, secrets: Canaries) -> None:
    with RawServer(handler) as server:
        client = sevco(server.url, secrets, timeout=2)
        with elapsed() as took, pytest.raises(APITimeoutError):
            await list_orgs.asyncio(client=client)
        await client.aclose()
    assert took[0] < 2 + MARGIN


def test_waiting_for_an_in_flight_slot_ends_at_the_deadline(secrets: Canaries) -> None:
    release = threading.Event()

    async def hold(request: Received, writer: asyncio.StreamWriter) -> None:
        await asyncio.to_thread(release.wait)
        await respond_json(writer, 200, {"orgs": []})

    with RawServer(hold) as server:
        client = sevco(server.url, secrets, timeout=30, rate_limits=RateLimits(max_concurrent_per_operation=1))
        holder = threading.Thread(target=list_orgs.sync, kwargs={"client": client})
        holder.start()
        while not server.requests:
            threading.Event().wait(0.01)
        try:
            with elapsed() as took, pytest.raises(APITimeoutError) as caught:
                list_orgs.sync(
                    client=client.with_timeout(httpx.Timeout(1))
                )  # per call: the same slots, another deadline
        finally:
            release.set()
            holder.join()
    assert took[0] < 1 + MARGIN
    assert "waiting for an in-flight slot" in str(caught.value)
    assert len(server.requests) == 1


def test_a_spent_budget_past_the_deadline_is_a_rate_limit_error_at_once(secrets: Canaries) -> None:
    async def ok(request: Received, writer: asyncio.StreamWriter) -> None:
        await respond_json(writer, 200, {"orgs": []})

    with RawServer(ok) as server:
        client = sevco(server.url, secrets, timeout=2, rate_limits=RateLimits(requests_per_minute=2))
        list_orgs.sync(client=client)
        list_orgs.sync(client=client)
        with elapsed() as took, pytest.raises(RateLimitError) as caught:
            list_orgs.sync(client=client)
    assert took[0] < 0.5  # not waited for: it could never start in time
    assert caught.value.retry_after is not None
    assert 50 < caught.value.retry_after <= 62
    assert "would have waited" in str(caught.value)
    assert caught.value.response.extensions["auth_plugins.local"] is True
    assert len(server.requests) == 2


def test_a_backoff_that_would_pass_the_deadline_is_not_waited_for(secrets: Canaries) -> None:
    async def busy(request: Received, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 503, b"busy", {"retry-after": "5"})

    with RawServer(busy) as server, elapsed() as took, pytest.raises(InternalServerError) as caught:
        list_orgs.sync(client=sevco(server.url, secrets, timeout=2))
    assert took[0] < 1
    assert caught.value.status_code == 503
    assert len(server.requests) == 1


def test_retries_happen_within_the_deadline(secrets: Canaries) -> None:
    async def flaky(request: Received, writer: asyncio.StreamWriter) -> None:
        if len(server.requests) < 3:
            await respond(writer, 503, b"busy", {"retry-after": "0.2"})
        else:
            await respond_json(writer, 200, {"orgs": []})

    with RawServer(flaky) as server:
        orgs = list_orgs.sync(client=sevco(server.url, secrets, timeout=2))
    assert orgs is not None
    assert len(server.requests) == 3
