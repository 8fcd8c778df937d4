"""Small hostile HTTP servers on real loopback sockets, written with asyncio streams so they can misbehave in
ways no framework allows: trickle headers or a body, stream without end, lie about encodings, echo credentials.

`RawServer(handler)` listens on 127.0.0.1 (port 0, or https with `tls=`) in a thread with its own event loop; each
request (keep-alive supported) is parsed and recorded in `requests`, then `handler(request, writer)` answers it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Handler = Callable[[Received, asyncio.StreamWriter], Awaitable[None]]


def head(status: int, headers: Mapping[str, str] | None = None, *, reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def respond(
    writer: asyncio.StreamWriter, status: int, body: bytes = b"", headers: Mapping[str, str] | None = None
) -> None:
    """A complete answer with a Content-Length."""
    writer.write(head(status, {"content-length": str(len(body)), **(headers or {})}) + body)
    await writer.drain()


async def respond_json(
    writer: asyncio.StreamWriter, status: int, document: Any, headers: Mapping[str, str] | None = None
) -> None:
    await respond(
        writer, status, json.dumps(document).encode(), {"content-type": "application/json", **(headers or {})}
    )


class RawServer:
    def __init__(self, handler: Handler, *, tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.tls = tls
        self.requests: list[Received] = []
        self.port = 0
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hostile-server", daemon=True)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def __enter__(self) -> RawServer:
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("the hostile server did not start")
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._connection, "127.0.0.1", 0, ssl=self.tls, limit=1 << 20)
        self.port = server.sockets[0].getsockname()[1]
        self._started.set()
        async with server:
            await self._stop.wait()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while not writer.is_closing():
                request = await _read_request(reader)
                if request is None:
                    break
                self.requests.append(request)
                await self.handler(request, writer)
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass  # the client went away: what hostile servers are for
        except asyncio.CancelledError:
            pass  # the server stops; ending quietly keeps asyncio from logging the cancelled connection
        finally:
            self._tasks.discard(task)
            with contextlib.suppress(Exception):
                writer.close()


async def _read_request(reader: asyncio.StreamReader) -> Received | None:
    try:
        raw = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = raw.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = await reader.readexactly(length) if length else b""
    return Received(method, path, headers, body)
