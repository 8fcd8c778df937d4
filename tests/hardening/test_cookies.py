"""Cookies a server sets are never sent back (client_runtime/cookies.py); cookies the caller gave always are."""

from __future__ import annotations

import asyncio

import pytest
import sevco_client
from sevco_client.api.admin import list_orgs

from .servers import RawServer, Received, respond_json
from .support import Canaries, sevco

SESSION = "session=server-set; Path=/"


async def sets_a_session_cookie(request: Received, writer: asyncio.StreamWriter) -> None:
    await respond_json(writer, 200, {"orgs": []}, {"set-cookie": SESSION})


def test_a_cookie_the_server_sets_is_not_sent_back(secrets: Canaries) -> None:
    with RawServer(sets_a_session_cookie) as server, sevco(server.url, secrets) as client:
        first = list_orgs.sync_detailed(client=client)
        list_orgs.sync(client=client)
    assert first.headers["set-cookie"] == SESSION  # the server did set one
    assert [request.headers.get("cookie") for request in server.requests] == [None, None]
    assert "authorization" in server.requests[1].headers  # what authenticates is the auth plugin's header


async def test_the_async_client_does_not_send_it_back_either(secrets: Canaries) -> None:
    with RawServer(sets_a_session_cookie) as server:
        async with sevco(server.url, secrets) as client:
            await list_orgs.asyncio(client=client)
            await list_orgs.asyncio(client=client)
    assert [request.headers.get("cookie") for request in server.requests] == [None, None]


@pytest.mark.parametrize("use_async", [False, True])
def test_cookies_given_to_the_client_go_with_every_request(use_async: bool) -> None:
    with RawServer(sets_a_session_cookie) as server:
        client = sevco_client.Client(base_url=server.url, cookies={"given": "by-the-caller"})
        if use_async:

            async def twice() -> None:
                async with client:
                    await list_orgs.asyncio(client=client)
                    await list_orgs.asyncio(client=client)

            asyncio.run(twice())
        else:
            with client:
                list_orgs.sync(client=client)
                list_orgs.sync(client=client)
    assert [request.headers.get("cookie") for request in server.requests] == ["given=by-the-caller"] * 2


def test_response_cookies_still_show_what_the_server_set(secrets: Canaries) -> None:
    with RawServer(sets_a_session_cookie) as server, sevco(server.url, secrets) as client:
        answer = client.get_httpx_client().get("/v1/admin/org")
        kept = dict(client.get_httpx_client().cookies)
    assert dict(answer.cookies) == {"session": "server-set"}
    assert kept == {}  # and the client kept none of them
