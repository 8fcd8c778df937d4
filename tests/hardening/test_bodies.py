"""Item 1, bounded responses: a body over `max_response_bytes`, as received or once decompressed, stops the read
with ResponseTooLargeError naming the limit, and memory stays near the limit, not a multiple of the body."""

from __future__ import annotations

import asyncio
import gzip
import inspect
from typing import Any

import httpx
import pytest
from sevco_client.api.admin import list_orgs

from auth_plugins import InternalServerError, MalformedResponseError, ResponseTooLargeError
from auth_plugins.deadline import _pool_of, async_http_transport, http_transport
from auth_plugins.defaults import ERROR_BODY_PREFIX_BYTES, ERROR_SNIPPET_CHARS, READ_CHUNK_BYTES

from .servers import Handler, RawServer, Received, head, respond
from .support import Canaries, MiB, assert_no_secret, elapsed, peak_memory, sevco, visible_text

LIMIT = 4 * MiB
BLOCK = b"x" * (64 * 1024)  # what the servers send, again and again: no allocation on their side
BIG = 50 * MiB
BOMB = gzip.compress(b"\0" * BIG)  # about 50 KB that inflates to 50 MB


async def endless(request: Received, writer: asyncio.StreamWriter) -> None:
    writer.write(head(200, {"content-type": "application/json", "transfer-encoding": "chunked"}))
    chunk = f"{len(BLOCK):x}\r\n".encode() + BLOCK + b"\r\n"
    while True:
        writer.write(chunk)
        await writer.drain()


def complete(status: int, size: int) -> Handler:
    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, {"content-type": "text/html", "content-length": str(size)}))
        for _ in range(size // len(BLOCK)):
            writer.write(BLOCK)
            await writer.drain()

    return handler


async def bomb(request: Received, writer: asyncio.StreamWriter) -> None:
    await respond(writer, 200, BOMB, {"content-type": "application/json", "content-encoding": "gzip"})


def test_an_endless_stream_stops_at_the_limit(secrets: Canaries, logs: pytest.LogCaptureFixture) -> None:
    with RawServer(endless) as server:
        client = sevco(server.url, secrets, max_response_bytes=LIMIT)
        with elapsed() as took, peak_memory() as peak, pytest.raises(ResponseTooLargeError) as caught:
            list_orgs.sync(client=client)
    assert caught.value.limit == LIMIT
    assert f"max_response_bytes={LIMIT:,}" in str(caught.value)
    assert "as received" in str(caught.value)
    assert took[0] < 10
    assert peak[0] < 3 * LIMIT
    assert_no_secret(visible_text(logs, caught.value), *secrets.all)


@pytest.mark.parametrize("status", [200, 500])
def test_a_50_mb_body_over_the_limit_is_not_read_whole(secrets: Canaries, status: int) -> None:
    with RawServer(complete(status, BIG)) as server:
        client = sevco(server.url, secrets, max_response_bytes=LIMIT)
        with elapsed() as took, peak_memory() as peak, pytest.raises(ResponseTooLargeError) as caught:
            list_orgs.sync(client=client)
    assert caught.value.status_code == status
    assert took[0] < 10
    assert peak[0] < 3 * LIMIT


def test_a_gzip_bomb_stops_at_the_limit_once_decompressed(secrets: Canaries, logs: pytest.LogCaptureFixture) -> None:
    with RawServer(bomb) as server:
        client = sevco(server.url, secrets, max_response_bytes=LIMIT)
        with elapsed() as took, peak_memory() as peak, pytest.raises(ResponseTooLargeError) as caught:
            list_orgs.sync(client=client)
    assert "once decompressed (gzip)" in str(caught.value)
    assert took[0] < 10
    assert peak[0] < 3 * LIMIT
    assert_no_secret(visible_text(logs, caught.value), *secrets.all)


async def test_a_gzip_bomb_stops_at_the_limit_async(secrets: Canaries) -> None:
    with RawServer(bomb) as server:
        client = sevco(server.url, secrets, max_response_bytes=LIMIT)
        with peak_memory() as peak, pytest.raises(ResponseTooLargeError):
            await list_orgs.asyncio(client=client)
        await client.aclose()
    assert peak[0] < 3 * LIMIT


def test_a_50_mb_error_page_within_the_default_limit_makes_a_short_message(secrets: Canaries) -> None:
    """Read whole (it is under the default 64 MiB), but the message is built from a bounded prefix only."""
    with RawServer(complete(500, BIG)) as server:
        client = sevco(server.url, secrets)
        with elapsed() as took, peak_memory() as peak, pytest.raises(InternalServerError) as caught:
            list_orgs.sync(client=client)
    assert len(str(caught.value)) < ERROR_SNIPPET_CHARS + 100
    assert took[0] < 30
    assert peak[0] < 2.5 * BIG  # the body once, not the ~14 times it used to cost


def test_error_messages_read_a_bounded_prefix_of_a_json_body(secrets: Canaries) -> None:
    """A JSON error body longer than the prefix is not parsed whole: its message is the prefix, as text."""
    document = b'{"message": "' + b"y" * (2 * ERROR_BODY_PREFIX_BYTES) + b'"}'

    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 500, document, {"content-type": "application/json"})

    with RawServer(handler) as server, pytest.raises(InternalServerError) as caught:
        list_orgs.sync(client=sevco(server.url, secrets))
    assert caught.value.server_message is not None
    assert caught.value.server_message.startswith('{"message": "yyy')  # quoted as text, not parsed


@pytest.mark.parametrize(
    ("encoding", "body", "reason"),
    [
        ("gzip", b'{"orgs": []}', "Content-Encoding gzip, but the body is not gzip data"),
        ("deflate", b'{"orgs": []}', "Content-Encoding deflate, but the body is not deflate data"),
        ("br", b"\x1b\x00", "Content-Encoding 'br' is not supported"),  # the client asks for gzip and deflate only
    ],
)
def test_a_body_not_in_its_content_encoding_is_malformed(
    encoding: str, body: bytes, reason: str, secrets: Canaries
) -> None:
    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 200, body, {"content-type": "application/json", "content-encoding": encoding})

    with RawServer(handler) as server, pytest.raises(MalformedResponseError) as caught:
        list_orgs.sync(client=sevco(server.url, secrets))
    assert reason in str(caught.value)
    assert caught.value.response.content == body  # the body as it came
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


def test_a_gzip_body_within_the_limit_parses(secrets: Canaries) -> None:
    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        body = gzip.compress(b'{"orgs": [{"id": "o1", "org_name": "Acme"}]}')
        await respond(writer, 200, body, {"content-type": "application/json", "content-encoding": "gzip"})

    with RawServer(handler) as server:
        response = list_orgs.sync_detailed(client=sevco(server.url, secrets))
    assert response.status_code == 200
    assert "content-encoding" not in response.headers  # httpx got the decoded bytes
    assert response.content.startswith(b'{"orgs"')


class AskedSizes:
    """A network backend recording how many bytes each socket read asked for (wrapped under ours)."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend
        self.asked: list[int] = []

    def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        opened = self.backend.connect_tcp(*args, **kwargs)
        if not inspect.isawaitable(opened):
            return self._recorded(opened)

        async def recorded() -> Any:  # the async backend's
            return self._recorded(await opened)

        return recorded()

    def _recorded(self, stream: Any) -> Any:
        read = stream.read
        asked = self.asked

        def recorded_read(max_bytes: int, timeout: float | None = None) -> Any:
            asked.append(max_bytes)
            return read(max_bytes, timeout)

        stream.read = recorded_read
        return stream


def served(body: bytes) -> Handler:
    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 200, body, {"content-type": "application/octet-stream"})  # one write: 64 KiB reads fill

    return handler


def recorded(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> AskedSizes:
    """Record the reads of `transport`'s pool at the socket, under our deadline backend."""
    ours = _pool_of(transport)._network_backend
    recorder = AskedSizes(ours._backend)
    ours._backend = recorder
    return recorder


BODY = bytes(range(256)) * 4096  # 1 MiB


def test_a_socket_read_asks_for_at_most_read_chunk_bytes() -> None:
    """What a body holds while it comes in is a few reads' worth beyond itself (defaults.READ_CHUNK_BYTES says why)."""
    transport = http_transport(httpx.Limits(max_connections=1))
    recorder = recorded(transport)
    with RawServer(served(BODY)) as server, httpx.Client(transport=transport) as client:
        received = client.get(server.url).content
    assert received == BODY
    assert max(recorder.asked) == READ_CHUNK_BYTES < 64 * 1024  # httpcore asks for 64 KiB


async def test_an_async_socket_read_asks_for_at_most_read_chunk_bytes() -> None:
    transport = async_http_transport(httpx.Limits(max_connections=1))
    recorder = recorded(transport)
    with RawServer(served(BODY)) as server:
        async with httpx.AsyncClient(transport=transport) as client:
            received = (await client.get(server.url)).content
    assert received == BODY
    assert max(recorder.asked) == READ_CHUNK_BYTES
