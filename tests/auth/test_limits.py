"""RequestLimiter through the transports: in-flight cap per operation, moving-window budget, both before sending."""

from __future__ import annotations

import asyncio
import math
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from auth_plugins import (
    AsyncResilientTransport,
    ConfigurationError,
    RateLimits,
    RequestLimiter,
    ResilientTransport,
    RetryPolicy,
)
from shared_state import Send

from .fakes import EXCHANGE_PROFILE


class Server:
    """Tracks requests in flight (peak, per operation) and send times; sleeps a little inside each request."""

    def __init__(self, hold: float = 0.03, *, per_second: int | None = None) -> None:
        self.hold = hold
        self.per_second = per_second  # when set, answers 429 beyond this many in any 1 s window
        self.lock = threading.Lock()
        self.in_flight = 0
        self.peak = 0
        self.sent: list[float] = []
        self.rejected = 0

    def _enter(self) -> httpx.Response | None:
        with self.lock:
            now = time.monotonic()
            if self.per_second is not None and len([t for t in self.sent if now - t < 1.0]) >= self.per_second:
                self.rejected += 1
                return httpx.Response(429)
            self.sent.append(now)
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            return None

    def _leave(self) -> httpx.Response:
        with self.lock:
            self.in_flight -= 1
        return httpx.Response(200, json={"ok": True})

    def handle(self, request: httpx.Request) -> httpx.Response:
        if (rejected := self._enter()) is not None:
            return rejected
        time.sleep(self.hold)
        return self._leave()

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if (rejected := self._enter()) is not None:
            return rejected
        await asyncio.sleep(self.hold)
        return self._leave()


def transports(
    server: Server | ReportingServer, limiter: RequestLimiter
) -> tuple[ResilientTransport, AsyncResilientTransport]:
    policy = RetryPolicy(max_attempts=1)
    return (
        ResilientTransport(httpx.MockTransport(server.handle), profile=EXCHANGE_PROFILE, retry=policy, limiter=limiter),
        AsyncResilientTransport(
            httpx.MockTransport(server.ahandle), profile=EXCHANGE_PROFILE, retry=policy, limiter=limiter
        ),
    )


def get(client: httpx.Client, operation: str = "get_incidents") -> int:
    return client.get("https://acme.cyberhaven.io/x", extensions={"operation_id": operation}).status_code


async def aget(client: httpx.AsyncClient, operation: str = "get_incidents") -> int:
    response = await client.get("https://acme.cyberhaven.io/x", extensions={"operation_id": operation})
    return response.status_code


IN_FLIGHT = RateLimits(max_concurrent_per_operation=5)


def test_20_threads_on_one_operation_never_exceed_5_in_flight() -> None:
    server = Server()
    sync, _ = transports(server, RequestLimiter(IN_FLIGHT, "k"))
    with httpx.Client(transport=sync) as client, ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(lambda _: get(client), range(20)))
    assert statuses == [200] * 20
    assert server.peak == 5  # the cap, and reached: the requests really overlapped


async def test_20_tasks_on_one_operation_never_exceed_5_in_flight() -> None:
    server = Server()
    _, asynchronous = transports(server, RequestLimiter(IN_FLIGHT, "k"))
    async with httpx.AsyncClient(transport=asynchronous) as client:
        statuses = await asyncio.gather(*(aget(client) for _ in range(20)))
    assert statuses == [200] * 20
    assert server.peak == 5


async def test_threads_and_tasks_together_share_the_cap() -> None:
    server = Server(hold=0.05)
    sync, asynchronous = transports(server, RequestLimiter(IN_FLIGHT, "k"))
    with httpx.Client(transport=sync) as client, ThreadPoolExecutor(max_workers=10) as pool:
        async with httpx.AsyncClient(transport=asynchronous) as aclient:
            threads = [asyncio.wrap_future(pool.submit(get, client)) for _ in range(10)]
            results = await asyncio.gather(*threads, *(aget(aclient) for _ in range(10)))
    assert results == [200] * 20
    assert server.peak == 5


def test_the_cap_is_per_operation() -> None:
    server = Server(hold=0.1)
    sync, _ = transports(server, RequestLimiter(IN_FLIGHT, "k"))
    operations = ["get_incidents", "list_incidents"] * 10
    with httpx.Client(transport=sync) as client, ThreadPoolExecutor(max_workers=20) as pool:
        list(pool.map(lambda operation: get(client, operation), operations))
    assert server.peak == 10


def test_a_slot_is_given_back_when_the_request_fails() -> None:
    limiter = RequestLimiter(RateLimits(max_concurrent_per_operation=2), "k")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    transport = ResilientTransport(
        httpx.MockTransport(refuse), profile=EXCHANGE_PROFILE, retry=RetryPolicy(max_attempts=1), limiter=limiter
    )
    with httpx.Client(transport=transport) as client:
        for _ in range(5):
            with pytest.raises(httpx.ConnectError):
                get(client)
    server = Server(hold=0.0)
    transport.transport = httpx.MockTransport(server.handle)
    with httpx.Client(transport=transport) as client:
        assert get(client) == 200  # would block forever had a failed attempt kept its slot


def test_the_per_minute_budget_is_enforced_before_sending() -> None:
    """5 per window of 1 s plus the 1 s margin: the 6th and 7th of 7 requests wait for the window, and the server
    (which allows 5 in any 1 s) never says 429.

    The margin is what makes the second half true: the limiter counts a send when it grants it, the server when the
    request arrives, and a thread may take a while between the two (with no margin, the 6th can arrive less than a
    window after the 1st arrived, though granted a full window after it was granted)."""
    server = Server(hold=0.0, per_second=5)
    limiter = RequestLimiter(RateLimits(requests_per_minute=5), "k", window_seconds=1, margin_seconds=1)
    sync, _ = transports(server, limiter)
    started = time.monotonic()
    with httpx.Client(transport=sync) as client, ThreadPoolExecutor(max_workers=7) as pool:
        statuses = list(pool.map(lambda _: get(client), range(7)))
    elapsed = time.monotonic() - started
    assert statuses == [200] * 7
    assert server.rejected == 0
    assert elapsed >= 1.95  # the 6th was granted one window and margin (2 s) after the 1st
    for earlier, later in zip(server.sent, server.sent[5:], strict=False):
        assert later - earlier >= 1.0  # no 6 arrivals within the server's window


async def test_the_per_minute_budget_is_shared_by_sync_and_async() -> None:
    server = Server(hold=0.0, per_second=4)
    limiter = RequestLimiter(RateLimits(requests_per_minute=4), "k", window_seconds=1, margin_seconds=1)
    sync, asynchronous = transports(server, limiter)
    started = time.monotonic()
    with httpx.Client(transport=sync) as client, ThreadPoolExecutor(max_workers=3) as pool:
        async with httpx.AsyncClient(transport=asynchronous) as aclient:
            threads = [asyncio.wrap_future(pool.submit(get, client)) for _ in range(3)]
            results = await asyncio.gather(*threads, *(aget(aclient) for _ in range(3)))
    assert results == [200] * 6
    assert server.rejected == 0
    assert time.monotonic() - started >= 1.95


class ReportingServer:
    """A server with its own per-window budget (fixed windows, or a moving one) that says what is left and when
    it resets (X-RateLimit-Remaining / -Reset, in seconds from now) and answers 429 beyond it."""

    def __init__(self, per_window: int, seconds: float, *, moving: bool) -> None:
        self.per_window, self.seconds, self.moving = per_window, seconds, moving
        self.lock = threading.Lock()
        self.sent: list[float] = []
        self.rejected = 0

    def _window(self, now: float) -> tuple[list[float], float]:
        """The sends the server counts now, and when that count next drops."""
        if self.moving:
            counted = [t for t in self.sent if t > now - self.seconds]
            return counted, (counted[0] + self.seconds if counted else now)
        start = now // self.seconds * self.seconds
        return [t for t in self.sent if t >= start], start + self.seconds

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            now = time.monotonic()
            counted, reset = self._window(now)
            if len(counted) >= self.per_window:
                self.rejected += 1
                return httpx.Response(429, headers={"Retry-After": _seconds_up(reset - now)})
            self.sent.append(now)
            counted, reset = self._window(now)  # this send counted (a moving window's oldest may be this one)
            left = self.per_window - len(counted)
            headers = {"X-RateLimit-Remaining": str(left), "X-RateLimit-Reset": _seconds_up(reset - now)}
        return httpx.Response(200, headers=headers, json={"ok": True})

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)


def _seconds_up(seconds: float) -> str:
    """Seconds to the millisecond, rounded up: a reset said to come sooner than it does would be the server's lie
    (rounded to nearest, "0.000" a fraction of a millisecond early let a send arrive before the window freed)."""
    return f"{math.ceil(seconds * 1000) / 1000:.3f}"


@pytest.mark.parametrize("moving", [False, True], ids=["fixed windows", "moving window"])
def test_the_budget_follows_the_servers_window_not_only_its_own(moving: bool) -> None:
    """The server allows 5 a second; the client's own budget is 5 a minute. Told what the server has left and when
    it resets, the client sends 15 in about 2 s without a single 429 (alone, its own window would need 2 minutes)."""
    server = ReportingServer(5, 1.0, moving=moving)
    sync, _ = transports(server, RequestLimiter(RateLimits(requests_per_minute=5), "k"))
    started = time.monotonic()
    with httpx.Client(transport=sync) as client, ThreadPoolExecutor(max_workers=5) as pool:
        statuses = list(pool.map(lambda _: get(client), range(15)))
    elapsed = time.monotonic() - started
    assert statuses == [200] * 15
    assert server.rejected == 0  # never sent while the server had nothing left (max_attempts=1: none retried)
    assert elapsed < 15  # followed the server's window, not a minute of its own


def test_the_wait_is_the_time_left_in_the_window_margin_included() -> None:
    limiter = RequestLimiter(RateLimits(requests_per_minute=2), "k", window_seconds=1, margin_seconds=1)
    sends = [limiter.take_budget() for _ in range(2)]
    assert all(isinstance(send, Send) for send in sends)
    wait = limiter.take_budget()
    assert isinstance(wait, float)
    assert 1.8 <= wait <= 2.0  # the 2 s window (1 s + 1 s margin) less the moments already gone


def test_no_declared_limit_means_no_limit() -> None:
    limiter = RequestLimiter(RateLimits(), "k")
    for _ in range(1000):
        assert limiter.take_budget() is None
        with limiter.slot("op", timeout=0) as held:
            assert held


@pytest.mark.parametrize("limits", [RateLimits(requests_per_minute=0), RateLimits(max_concurrent_per_operation=0)])
def test_a_limit_below_one_is_refused(limits: RateLimits) -> None:
    with pytest.raises(ConfigurationError):
        RequestLimiter(limits, "k")


def test_an_own_budget_is_a_hard_cap_the_server_never_widens() -> None:
    """The server allows 5 a second and says so; the caller keeps to 3 a minute of the key's 60 (to leave room for
    other users of the key): 3 go, then the client waits for its own window, whatever the server reports."""
    server = ReportingServer(5, 1.0, moving=False)
    limiter = RequestLimiter(RateLimits(requests_per_minute=60, own_requests_per_minute=3), "k")
    sync, _ = transports(server, limiter)
    with httpx.Client(transport=sync) as client:
        assert [get(client) for _ in range(3)] == [200] * 3
    wait = limiter.take_budget()
    assert isinstance(wait, float) and wait > 50  # the own minute, not the server's next second
    assert len(server.sent) == 3


def test_the_keys_budget_follows_the_server_past_the_client_window() -> None:
    """The key's budget (requests_per_minute) is not a cap: the server's reports lead (the burst target)."""
    server = ReportingServer(5, 1.0, moving=False)
    limiter = RequestLimiter(RateLimits(requests_per_minute=3), "k")
    sync, _ = transports(server, limiter)
    with httpx.Client(transport=sync) as client:
        assert [get(client) for _ in range(3)] == [200] * 3
    assert limiter.cap is None
    assert isinstance(limiter.take_budget(), Send)  # the server said 2 are left: a 4th goes within the minute
