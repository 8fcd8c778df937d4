"""Servers in their own processes: the mock (`python -m mock_servers ... --port 0`) and the fixed-bytes baseline.

A server is started, its `listening on http://...` line awaited, and on exit it is sent SIGTERM (both stop
gracefully on it) and waited for. Its stdout is drained by a thread so a chatty server never blocks on a full
pipe; stderr goes to a file whose tail is shown when the server fails to start.
"""

from __future__ import annotations

import contextlib
import queue
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from typing import IO, Any

import httpx
import psutil
from attrs import frozen

from .harness import pin

API = "cyberhaven"  # every client benchmark talks to the Cyberhaven mock: its doc has the hand-written class
API_KEY = "bench-key"
OTHER_KEY = "bench-key-2"
START_TIMEOUT = 180.0  # seconds; a mock seeding 100k records takes most of a minute


@frozen
class Server:
    url: str
    process: subprocess.Popen[str]

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """A mock's control endpoint, e.g. control("POST", "/clock", {"advance_s": 901})."""
        response = httpx.request(method, f"{self.url}/__mock__{path}", json=body, timeout=30.0)
        response.raise_for_status()
        return response.json()

    def cpu_seconds(self) -> float:
        """CPU time the server process has used so far (user + system)."""
        times = psutil.Process(self.process.pid).cpu_times()
        return float(times.user + times.system)

    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = self.control("GET", "/stats")
        return stats

    def reset(self) -> None:
        self.control("POST", "/reset")

    def token(self, key: str = API_KEY) -> str:
        """An access token of the mock's, without an exchange (not counted as one)."""
        return str(self.control("POST", "/token", {"key": key})["token"])


@contextlib.contextmanager
def mock_server(*options: str, api: str = API, keys: Sequence[str] = (API_KEY,)) -> Iterator[Server]:
    """`python -m mock_servers <api> --port 0 --key ... <options>`, e.g. options ("--no-rate-limits",)."""
    command = [sys.executable, "-m", "mock_servers", api, "--port", "0"]
    for key in keys:
        command += ["--key", key]
    with _process([*command, *options]) as server:
        yield server


@contextlib.contextmanager
def fixed_server(body: bytes) -> Iterator[Server]:
    """The same uvicorn stack as the mock, answering `body` to every request (bench/fixed_server.py)."""
    with tempfile.NamedTemporaryFile(prefix="bench-body-", suffix=".json") as file:
        file.write(body)
        file.flush()
        with _process([sys.executable, "-m", "bench.fixed_server", "--port", "0", "--body", file.name]) as server:
            yield server


@contextlib.contextmanager
def _process(command: list[str]) -> Iterator[Server]:
    with tempfile.TemporaryFile(mode="w+", prefix="bench-stderr-") as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True, bufsize=1)
        try:
            pin(process.pid, "server")
            url = _await_listening(process, errors, command)
            yield Server(url, process)
        finally:
            _stop(process)


def _await_listening(process: subprocess.Popen[str], errors: IO[str], command: list[str]) -> str:
    assert process.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_drain, args=(process.stdout, lines), daemon=True).start()
    while True:
        try:
            line = lines.get(timeout=START_TIMEOUT)
        except queue.Empty:
            line = None
        if line is None:
            errors.seek(0)
            tail = errors.read()[-2000:]
            raise RuntimeError(f"{' '.join(command)} did not start:\n{tail}")
        _, found, url = line.strip().partition(" listening on ")
        if found:
            return url


def _drain(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
