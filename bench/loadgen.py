"""A small HTTP/1.1 keep-alive load generator for one fixed request (section g).

Written by hand: it must cost far less per response than the server it measures, so it sends pre-built request
bytes and reads each response by its Content-Length, with no parsing beyond the status line. A Python HTTP
client (httpx, aiohttp) spends more per 430 KB response than the fixed-bytes baseline server does and would
measure itself; wrk and hey are not on PyPI, locust drives requests through requests/geventhttpclient.
"""

from __future__ import annotations

import asyncio
import time

import httpx
from attrs import frozen


@frozen
class Load:
    responses: int  # complete 200 responses
    errors: int  # other statuses or broken connections
    seconds: float
    body_bytes: int  # the size of the last body

    @property
    def per_second(self) -> float:
        return self.responses / self.seconds


def request_bytes(url: str, method: str, path: str, headers: dict[str, str]) -> bytes:
    parsed = httpx.URL(url)
    lines = [f"{method} {path} HTTP/1.1", f"host: {parsed.host}:{parsed.port}", "content-length: 0"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def hammer(url: str, request: bytes, *, connections: int, seconds: float) -> Load:
    """Send `request` over `connections` keep-alive connections, back to back, for `seconds`."""
    parsed = httpx.URL(url)
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    outcomes = await asyncio.gather(
        *(_connection(parsed.host, parsed.port or 80, request, deadline) for _ in range(connections))
    )
    elapsed = time.perf_counter() - started
    return Load(
        responses=sum(ok for ok, _, _ in outcomes),
        errors=sum(bad for _, bad, _ in outcomes),
        seconds=elapsed,
        body_bytes=max(size for _, _, size in outcomes),
    )


async def _connection(host: str, port: int, request: bytes, deadline: float) -> tuple[int, int, int]:
    ok = bad = size = 0
    reader, writer = await asyncio.open_connection(host, port, limit=1 << 20)
    try:
        while time.perf_counter() < deadline:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = _content_length(head)
            body = await reader.readexactly(length)
            size = len(body)
            if status == 200:
                ok += 1
            else:
                bad += 1
    except (ConnectionError, asyncio.IncompleteReadError, ValueError):
        bad += 1
    finally:
        writer.close()
    return ok, bad, size


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    raise ValueError("a response without Content-Length")
