"""`python -m bench.fixed_server --port 0 --body FILE`: the mock's HTTP stack answering fixed bytes.

The baseline of the mock's throughput (section g): uvicorn configured as `python -m mock_servers` runs it, on
the same kind of socket, with an ASGI app that reads the request and sends the same bytes every time. What the
mock costs beyond this is the mock's own work.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any

import uvicorn

from mock_servers.server import bound_socket

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Message, Receive, Send], Awaitable[None]]


def fixed_app(body: bytes) -> App:
    start = {
        "type": "http.response.start",
        "status": 200,
        "headers": [(b"content-length", str(len(body)).encode()), (b"content-type", b"application/json")],
    }

    async def app(scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body", False):
            pass
        await send(start)
        await send({"type": "http.response.body", "body": body, "more_body": False})

    return app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fixed_server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--body", required=True, type=Path, help="file whose bytes every response carries")
    args = parser.parse_args(argv)
    sock = bound_socket(args.host, args.port)
    print(f"fixed listening on http://{args.host}:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(
        fixed_app(args.body.read_bytes()),
        log_level="warning",
        lifespan="off",
        access_log=False,
        timeout_graceful_shutdown=5,
    )
    asyncio.run(uvicorn.Server(config).serve(sockets=[sock]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
