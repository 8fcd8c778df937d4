"""Running the mock as a real HTTP server: in a background thread for tests, or from the command line."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import socket
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import uvicorn

from auth_plugins.connect import is_loopback

from .app import MockApp, create_app
from .spec import SpecLoadError


class _Server(uvicorn.Server):
    """uvicorn without its signal handlers (a background thread must not take them)."""

    def install_signal_handlers(self) -> None:  # pragma: no cover - version dependent hook
        return

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class _CliServer(uvicorn.Server):
    """uvicorn, stopping gracefully on SIGINT or SIGTERM and then returning (exit status 0) instead of
    re-raising the signal once shut down. A second Ctrl-C forces the exit."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        originals = {sig: signal.signal(sig, self.handle_exit) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in originals.items():
                signal.signal(sig, handler)


def bound_socket(host: str, port: int) -> socket.socket:
    """A listening, non-blocking TCP socket as every mock serves on (bench's fixed-bytes server uses it too)."""
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and without it the
    # body write of a keep-alive response waits ~40 ms for the client's delayed ACK (Nagle)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


@contextlib.contextmanager
def serve_in_thread(app: Any, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning") -> Iterator[str]:
    """Run `app` with uvicorn on host:port (0 = any free port) in a daemon thread; yield its base URL.

    The socket is bound before the thread starts, so the URL works as soon as it is yielded.
    On exit the server stops (in-flight requests finish) and the thread is joined.
    """
    sock = bound_socket(host, port)
    actual_port = sock.getsockname()[1]
    # date_header=False: the mock sends its own Date, from its clock (app.py)
    config = uvicorn.Config(
        app, log_level=log_level, lifespan="off", access_log=False, timeout_graceful_shutdown=5, date_header=False
    )
    server = _Server(config)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(server.serve(sockets=[sock]))
        except BaseException as exc:
            failure.append(exc)

    thread = threading.Thread(target=run, name=f"mock-server-{actual_port}", daemon=True)
    thread.start()
    try:
        while not server.started and thread.is_alive():
            threading.Event().wait(0.005)
        if failure:
            raise RuntimeError(f"the mock server did not start: {failure[0]!r}") from failure[0]
        shown = f"[{host}]" if ":" in host else host
        yield f"http://{shown}:{actual_port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


# -- command line ---------------------------------------------------------------------------------------


def _parser(data: dict[str, Any] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mock_servers",
        description="Run the spec-driven mock of one API on a real HTTP port.",
    )
    parser.add_argument("api", help="sevco, cyberhaven, or a path to an OpenAPI spec file")
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="interface to listen on (default 127.0.0.1; any other warns: the control endpoints have no auth)",
    )
    parser.add_argument("--port", type=int, default=8000, help="port (0 = any free port, printed)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated records (default 0)")
    parser.add_argument(
        "--key",
        action="append",
        default=None,
        help="an API key to accept (repeatable; default from the data file or MOCK_<API>_KEYS)",
    )
    parser.add_argument("--data", default=None, help="data file (default mock_servers/data/<api>.yaml)")
    parser.add_argument(
        "--org", action="append", default=None, help="an org id accepted in the org header (repeatable; Sevco)"
    )
    parser.add_argument(
        "--header-value",
        action="append",
        default=[],
        metavar="HEADER=VALUE",
        help="a value accepted in an extra auth header (repeatable)",
    )
    parser.add_argument(
        "--no-validate-responses", action="store_true", help="do not check built bodies against the spec"
    )
    parser.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce the spec's x-rate-limits (long fuzzing runs)"
    )
    parser.add_argument(
        "--requests-per-minute",
        type=int,
        default=None,
        metavar="N",
        help="per-minute budget per key instead of the spec's x-rate-limits (load that would take minutes)",
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (default warning)")
    parser.add_argument("--access-log", action="store_true", help="log every request")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    header_values: dict[str, list[str]] = {}
    for item in args.header_value:
        name, _, value = item.partition("=")
        header_values.setdefault(name.lower(), []).append(value)
    try:
        app: MockApp = create_app(
            args.api,
            seed=args.seed,
            keys=args.key,
            data=args.data,
            org=args.org,
            header_values=header_values or None,
            validate_responses=not args.no_validate_responses,
            rate_limits=not args.no_rate_limits,
            requests_per_minute=args.requests_per_minute,
        )
    except SpecLoadError as exc:
        print(f"mock: {exc}", file=sys.stderr)
        return 2
    mock = app.state.mock
    try:
        sock = bound_socket(args.host, args.port)
    except OSError as exc:
        print(f"mock: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    port = sock.getsockname()[1]
    if not is_loopback(args.host):
        print(
            f"mock: WARNING: listening on {args.host}, not a loopback address: anyone who can reach it can use the "
            "control endpoints (/__mock__/...), which have no authentication",
            file=sys.stderr,
            flush=True,
        )
    shown = f"[{args.host}]" if ":" in args.host else args.host
    described = mock.auth.describe()
    print(f"mock {mock.api} accepts keys: {', '.join(described['keys']) or '(none)'}", flush=True)
    for header, values in described["extra_headers"].items():
        print(f"mock {mock.api} accepts {header}: {', '.join(values) or '(any value)'}", flush=True)
    print(
        f"mock {mock.api} control endpoints: http://{shown}:{port}/__mock__/ (see mock_servers/README.md)", flush=True
    )
    # last, so that a script waiting for this line has read everything above it too
    print(f"mock {mock.api} listening on http://{shown}:{port}", flush=True)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    config = uvicorn.Config(
        app,
        log_level=args.log_level,
        lifespan="off",
        access_log=args.access_log,
        timeout_graceful_shutdown=5,
        date_header=False,  # the mock sends its own Date, from its clock (app.py)
    )
    server = _CliServer(config)
    try:
        asyncio.run(server.serve(sockets=[sock]))
    except KeyboardInterrupt:  # pragma: no cover - a second Ctrl-C
        pass
    finally:
        sock.close()
    print(f"mock {mock.api} stopped", flush=True)
    return 0


__all__ = ["bound_socket", "main", "serve_in_thread"]
