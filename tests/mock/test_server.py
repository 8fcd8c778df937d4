"""Running the mock: `python -m mock_servers` as a subprocess, serve_in_thread, the in-process Python API."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

from mock_servers import MockController, create_app, serve_in_thread
from mock_servers.spec import spec_path

from .conftest import SEVCO_HEADERS

REPO = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"mock (\w+) listening on (http://127\.0\.0\.1:(\d+))")


def _start(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], str, list[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_servers", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        found = LISTENING.search(line)
        if found:
            return process, found.group(2), lines
    process.kill()
    raise AssertionError(f"no 'listening' line: {lines}")


def _wait_ready(url: str) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/__mock__/health").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError("the server never answered")


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_cli_prints_its_port_answers_and_stops_cleanly(stop: signal.Signals) -> None:
    process, url, _ = _start("sevco", "--port", "0")
    try:
        _wait_ready(url)
        assert int(url.rsplit(":", 1)[1]) > 0
        answer = httpx.get(f"{url}/v1/admin/org", headers=SEVCO_HEADERS)
        assert answer.status_code == 200 and answer.json()["orgs"]
        process.send_signal(stop)
        output, _ = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, output
    assert "mock sevco stopped" in output
    assert "Traceback" not in output


def test_cli_keys_orgs_and_seed_from_flags_and_env() -> None:
    process, url, lines = _start(
        "cyberhaven", "--port", "0", "--seed", "3", "--key", "flag-key", env={"MOCK_CYBERHAVEN_KEYS": "env-key"}
    )
    try:
        _wait_ready(url)
        with httpx.Client(base_url=url) as client:
            assert client.post("/v2/auth/token/access", json={"api_key": "flag-key"}).status_code == 200
            assert client.post("/v2/auth/token/access", json={"api_key": "env-key"}).status_code == 401
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    printed = "".join(lines) + output
    assert "accepts keys: flag-key" in printed

    process, url, lines = _start("sevco", "--port", "0", "--org", "org-a", env={"MOCK_SEVCO_KEYS": "k1,k2"})
    try:
        _wait_ready(url)
        ok = httpx.get(f"{url}/v1/admin/role", headers={"Authorization": "Token k2", "x-sevco-target-org": "org-a"})
        assert ok.status_code == 200
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert "accepts keys: k1, k2" in "".join(lines)
    assert "accepts x-sevco-target-org: *, org-a" in "".join(lines)


def test_cli_no_rate_limits() -> None:
    process, url, _ = _start("cyberhaven", "--port", "0", "--no-rate-limits")
    try:
        _wait_ready(url)
        with httpx.Client(base_url=url) as client:
            token = client.post("/v2/auth/token/access", json={"api_key": "cyberhaven-test-key"}).json()
            headers = {"Authorization": f"Bearer {token['access_token']}"}
            statuses = {client.get("/v2/incidents", headers=headers).status_code for _ in range(70)}
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert statuses == {200}  # past the spec's 60 per minute


def test_cli_requests_per_minute() -> None:
    process, url, _ = _start("cyberhaven", "--port", "0", "--requests-per-minute", "1000")
    try:
        _wait_ready(url)
        with httpx.Client(base_url=url) as client:
            token = client.post("/v2/auth/token/access", json={"api_key": "cyberhaven-test-key"}).json()
            headers = {"Authorization": f"Bearer {token['access_token']}"}
            answers = [client.get("/v2/incidents", headers=headers) for _ in range(70)]
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert {answer.status_code for answer in answers} == {200}  # past the spec's 60 per minute
    assert int(answers[-1].headers["x-ratelimit-remaining"]) > 800  # of 1000


def test_cli_refuses_a_missing_spec() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mock_servers", "no-such-api", "--port", "0"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "file not found" in result.stderr


def test_serve_in_thread_starts_and_stops() -> None:
    app = create_app("sevco")
    with serve_in_thread(app) as url:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        assert httpx.get(f"{url}/v1/admin/role", headers=SEVCO_HEADERS).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/v1/admin/role", headers=SEVCO_HEADERS, timeout=2)


async def test_in_process_python_api() -> None:
    app = create_app(spec_path("cyberhaven"), seed=0)  # a spec path works as well as a name
    assert isinstance(app, Starlette)
    mock = app.state.mock
    assert isinstance(mock, MockController) and mock.api == "cyberhaven"
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        token = (await client.post("/v2/auth/token/access", json={"api_key": "cyberhaven-test-key"})).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        assert (await client.get("/v2/incidents", headers=headers)).status_code == 200
        mock.faults.add("get_incidents", "status", status=503)
        assert (await client.get("/v2/incidents", headers=headers)).status_code == 503
        mock.clock.advance(900)
        assert (await client.get("/v2/incidents", headers=headers)).status_code == 401
        stats = mock.stats()
        assert stats["token_exchanges"] == 1 and stats["requests"]["get_incidents"] == 3
        assert stats["peak_concurrency"]["get_incidents"] == 1 and stats["rate_limited"] == 0
        first = next(iter(mock.store["incidents"]))
        mock.store["incidents"].delete(first["id"])
        assert len(mock.store["incidents"]) == 299
        mock.reset()
        assert len(mock.store["incidents"]) == 300 and mock.stats()["requests"] == {}
