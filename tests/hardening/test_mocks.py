"""Item 7, the mock servers: deep JSON is a 400, control calls with bad values are 4xx, request bodies are capped,
and listening anywhere but loopback warns (the control endpoints have no authentication)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from mock_servers import MockController, create_app, serve_in_thread

DEEP = "[" * 10_000 + "]" * 10_000
CAP = 64 * 1024


@pytest.fixture(scope="module")
def cyberhaven_mock() -> Iterator[tuple[str, MockController]]:
    app = create_app("cyberhaven", max_request_bytes=CAP)
    with serve_in_thread(app) as url:
        yield url, app.state.mock


@pytest.fixture
def http(cyberhaven_mock: tuple[str, MockController]) -> Iterator[httpx.Client]:
    url, mock = cyberhaven_mock
    mock.reset()
    with httpx.Client(base_url=url, timeout=10, headers=mock.auth_headers()) as client:
        yield client


@pytest.mark.parametrize("path", ["/v2/incidents/list", "/v2/auth/token/access", "/__mock__/faults"])
def test_deep_json_is_a_400(http: httpx.Client, path: str) -> None:
    response = http.post(path, content=DEEP, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert "nested too deep" in response.text


@pytest.mark.parametrize(
    "payload",
    ['{"advance_s": NaN}', '{"advance_s": Infinity}', '{"now": -Infinity}', '{"now": "nan"}', '{"now": true}'],
)
def test_the_clock_refuses_values_that_are_not_finite_numbers(http: httpx.Client, payload: str) -> None:
    before = http.get("/__mock__/clock").json()["now"]
    response = http.post("/__mock__/clock", content=payload, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert "finite number" in response.text or "must be a number" in response.text
    assert http.get("/__mock__/clock").json()["now"] >= before  # still running


@pytest.mark.parametrize("key", ["no-such-key", 42])
def test_a_token_for_an_unknown_key_is_a_400(http: httpx.Client, key: object) -> None:
    response = http.post("/__mock__/token", json={"key": key})
    assert response.status_code == 400
    assert "not a configured key" in response.json()["error"]


def test_a_token_for_a_revoked_key_is_a_400(http: httpx.Client, cyberhaven_mock: tuple[str, MockController]) -> None:
    _, mock = cyberhaven_mock
    mock.revoke_key("cyberhaven-test-key")
    assert http.post("/__mock__/token", json={}).status_code == 400
    assert http.post("/__mock__/token", json={"key": "cyberhaven-test-key"}).status_code == 400


@pytest.mark.parametrize("path", ["/v2/incidents/list", "/__mock__/faults"])
def test_a_request_body_over_the_cap_is_a_413(http: httpx.Client, path: str) -> None:
    declared = http.post(path, content=b"{" + b" " * CAP + b"}", headers={"content-type": "application/json"})
    assert declared.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it comes
        for _ in range(CAP // 1024 + 2):
            yield b" " * 1024

    streamed = http.post(path, content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def started_mock_stderr(*options: str) -> str:
    """What `python -m mock_servers sevco` prints on stderr until it listens, then stops."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_servers", "sevco", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if "listening on" in line:
                break
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=30)
    return errors


def test_listening_beyond_loopback_warns() -> None:
    errors = started_mock_stderr("--host", "0.0.0.0")
    assert "WARNING: listening on 0.0.0.0, not a loopback address" in errors
    assert "control endpoints" in errors


def test_loopback_does_not_warn() -> None:
    assert "WARNING" not in started_mock_stderr()
