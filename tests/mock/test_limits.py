"""x-rate-limits over real HTTP: in flight per operation, requests per minute per key, their headers."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from mock_servers import MockClock, create_app, serve_in_thread
from mock_servers.spec import SpecLoadError

from .conftest import SEVCO_HEADERS, Served, bearer

MINUTE = 1_800_000_000.0  # a whole minute: windows are aligned on the clock's minute


def test_more_than_five_in_flight_gets_429(cyberhaven: Served) -> None:
    mock = cyberhaven.mock
    mock.faults.add("list_endpoints", "delay", delay_s=0.6, count=None)  # every request: slow
    with cyberhaven.client() as client:
        headers = bearer(client)
    barrier = threading.Barrier(7)

    def call(_: int) -> httpx.Response:
        with httpx.Client(base_url=cyberhaven.url, timeout=10) as own:
            barrier.wait()
            return own.post("/v2/endpoints/list", json={}, headers=headers)

    with ThreadPoolExecutor(7) as pool:
        answers = list(pool.map(call, range(7)))
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [200] * 5 + [429] * 2
    for answer in answers:
        if answer.status_code == 429:
            assert int(answer.headers["retry-after"]) >= 1
            assert int(answer.headers["x-ratelimit-remaining"]) > 0  # the minute's budget is not the problem
            assert int(answer.headers["x-ratelimit-reset"]) > time.time() - 1
            assert answer.json()["errors"][0]["code"] == 429
    stats = mock.stats()
    assert stats["peak_concurrency"]["list_endpoints"] == 5
    assert stats["rate_limited"] == 2
    assert stats["requests"]["list_endpoints"] == 7
    assert stats["in_flight"] == {}


def test_sequential_callers_never_see_a_false_429(cyberhaven: Served) -> None:
    """Five threads, each waiting for its full response before the next request, on keep-alive
    connections: at most five in flight, so never a 429 (a request stops counting before its last byte)."""
    mock = cyberhaven.mock
    keys = [f"seq-key-{n}" for n in range(5)]  # one key each: 5 x 25 requests stay under 60/min per key
    for key in keys:
        mock.add_key(key)

    def run(key: str) -> list[int]:
        with httpx.Client(base_url=cyberhaven.url, timeout=10) as own:
            headers = bearer(own, key)
            return [own.post("/v2/endpoints/list", json={}, headers=headers).status_code for _ in range(25)]

    with ThreadPoolExecutor(5) as pool:
        results = [status for statuses in pool.map(run, keys) for status in statuses]
    assert results == [200] * 125
    assert mock.stats()["rate_limited"] == 0
    assert mock.stats()["peak_concurrency"]["list_endpoints"] <= 5


def test_sixty_per_minute_per_key_then_429() -> None:
    clock = MockClock(start=MINUTE + 1, frozen=True)
    app = create_app("cyberhaven", clock=clock, keys=["k1", "k2"])
    with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
        headers = bearer(client, "k1")  # the exchange is a request by k1: 59 left
        remaining = []
        for _ in range(59):
            answer = client.post("/v2/endpoints/list", json={}, headers=headers)
            assert answer.status_code == 200
            assert answer.headers["x-ratelimit-reset"] == str(int(MINUTE + 60))
            remaining.append(int(answer.headers["x-ratelimit-remaining"]))
        assert remaining == list(range(58, -1, -1))
        refused = client.post("/v2/endpoints/list", json={}, headers=headers)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "59"
        assert refused.headers["x-ratelimit-remaining"] == "0"
        assert refused.headers["x-ratelimit-reset"] == str(int(MINUTE + 60))
        assert refused.json() == {"errors": [{"code": 429, "message": "rate limit of 60 requests per minute exceeded"}]}
        # other operations share the key's budget; another key has its own
        assert client.get("/v2/incidents", headers=headers).status_code == 429
        assert client.get("/v2/incidents", headers=bearer(client, "k2")).status_code == 200
        # control endpoints are neither rate limited nor authenticated
        assert client.get("/__mock__/stats").json()["rate_limited"] == 2
        clock.advance(59)  # the next window
        again = client.post("/v2/endpoints/list", json={}, headers=headers)
        assert again.status_code == 200 and again.headers["x-ratelimit-remaining"] == "59"


def test_sliding_window_option() -> None:
    clock = MockClock(start=MINUTE + 30, frozen=True)
    data_app = create_app("cyberhaven", clock=clock)
    data = dict(data_app.state.mock.data)
    data["rate_limits"] = {"window": "sliding", "count_token_exchange": False}
    app = create_app("cyberhaven", clock=clock, data=data)
    mock = app.state.mock
    with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
        headers = bearer(client)
        for _ in range(60):
            assert client.post("/v2/endpoints/list", json={}, headers=headers).status_code == 200
        clock.advance(31)  # a fixed window would have reset at MINUTE + 60; a sliding one has not
        refused = client.post("/v2/endpoints/list", json={}, headers=headers)
        assert refused.status_code == 429 and refused.headers["retry-after"] == "29"
        clock.advance(29)
        assert client.post("/v2/endpoints/list", json={}, headers=headers).status_code == 200
    assert mock.stats()["rate_limited"] == 1


def test_rate_limit_headers_follow_the_spec(cyberhaven: Served, sevco: Served) -> None:
    with cyberhaven.client() as client:
        answer = client.post("/v2/endpoints/list", json={}, headers=bearer(client))
        assert {"x-ratelimit-remaining", "x-ratelimit-reset"} <= set(answer.headers)
    with sevco.client() as client:  # Sevco declares no limits and no such headers on 2xx
        answer = client.get("/v1/admin/role", headers=SEVCO_HEADERS)
        assert answer.status_code == 200 and "x-ratelimit-remaining" not in answer.headers
        for _ in range(70):
            assert client.get("/v1/admin/role", headers=SEVCO_HEADERS).status_code == 200


def test_rate_limits_can_be_switched_off_for_long_runs() -> None:
    """`create_app(..., rate_limits=False)` / `--no-rate-limits`: what `make contract-deep` serves, so
    a fuzzing run tests the operations instead of collecting 429s."""
    clock = MockClock(start=MINUTE + 1, frozen=True)
    app = create_app("cyberhaven", clock=clock, rate_limits=False)
    with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
        headers = bearer(client)
        statuses = {client.post("/v2/endpoints/list", json={}, headers=headers).status_code for _ in range(100)}
    assert statuses == {200}
    assert app.state.mock.stats()["rate_limited"] == 0


def test_the_per_minute_budget_can_be_raised_and_dates_are_on_the_mock_clock() -> None:
    """For load that would take minutes at the spec's 60: the data file's `requests_per_minute` (or
    `create_app(requests_per_minute=...)`, `--requests-per-minute`). Every answer's Date is the mock's clock, the
    clock of its X-RateLimit-Reset epochs, however far that clock is from the real one."""
    clock = MockClock(start=MINUTE + 1, frozen=True)
    app = create_app("cyberhaven", clock=clock, requests_per_minute=100)
    with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
        headers = bearer(client)
        answers = [client.post("/v2/endpoints/list", json={}, headers=headers) for _ in range(99)]
        refused = client.post("/v2/endpoints/list", json={}, headers=headers)
    assert [answer.status_code for answer in answers] == [200] * 99 and refused.status_code == 429
    assert answers[0].headers["x-ratelimit-remaining"] == "98"
    assert answers[0].headers["date"] == "Fri, 15 Jan 2027 08:00:01 GMT"  # MINUTE + 1 on the mock's clock
    assert answers[0].headers.get_list("date") == [answers[0].headers["date"]]  # uvicorn's own Date left out


@pytest.mark.parametrize("value", [0, -5, "many", True])
def test_a_per_minute_budget_that_is_not_a_positive_integer_is_refused(value: object) -> None:
    with pytest.raises(SpecLoadError, match="requests_per_minute"):
        create_app("cyberhaven", data={"rate_limits": {"requests_per_minute": value}})
