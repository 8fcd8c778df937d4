"""Item 6, no request leaves with a token that expired while it waited: 200 concurrent tasks behind an in-flight cap
(or behind the connection pool), tokens that live one second, a server that takes 50 ms an answer. The mock rejects
an expired token with 401; no caller may see an AuthenticationError. (With tokens attached before the wait, the
requests queued past a token's second got a 401, then queued again behind everyone with a new token, which expired
too: AuthenticationError.)"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import cyberhaven_client
import pytest
from cyberhaven_client.api.incidents import get_incidents
from cyberhaven_client.profile import PROFILE

from auth_plugins import AsyncResilientTransport, RateLimits, RequestLimiter, resolve
from mock_servers import MockController, create_app, serve_in_thread
from mock_servers.spec import DATA_DIR, load_yaml
from tests.credentials import CYBERHAVEN_KEY

TASKS = 200
LIFETIME = 1  # seconds a token lives on the mock (it says so in expires_in)


@pytest.fixture(scope="module")
def short_tokens() -> Iterator[tuple[str, MockController]]:
    data = load_yaml(DATA_DIR / "cyberhaven.yaml")
    assert isinstance(data, dict)
    data["auth"] = {**data["auth"], "token_lifetime": LIFETIME}
    data["operations"] = {**data["operations"], "get_incidents": {"action": "static", "response": {"incidents": []}}}
    app = create_app("cyberhaven", data=data, rate_limits=False)
    with serve_in_thread(app) as url:
        yield url, app.state.mock


def capped_client(url: str) -> Any:
    """The spec's in-flight cap (5 per operation), no per-minute budget: the queue is the in-flight slots."""
    return cyberhaven_client.connect(
        api_key=CYBERHAVEN_KEY, base_url=url, rate_limits=RateLimits(max_concurrent_per_operation=5)
    )


def pooled_client(url: str) -> Any:
    """No in-flight cap, five connections: the queue is the wait for a connection."""
    connection = resolve(PROFILE, settings={"api_key": CYBERHAVEN_KEY, "base_url": url}, rate_limits=RateLimits())
    transport = AsyncResilientTransport(
        profile=PROFILE, limiter=RequestLimiter(RateLimits(), key="pooled"), max_connections=5
    )
    return cyberhaven_client.Client(base_url=url, auth=connection.auth, async_transport=transport)


@pytest.mark.parametrize(("make", "delay"), [(capped_client, 0.05), (pooled_client, 0.05)], ids=["slots", "pool"])
async def test_200_tasks_with_tokens_expiring_mid_run(
    short_tokens: tuple[str, MockController], make: Any, delay: float
) -> None:
    url, mock = short_tokens
    mock.reset()
    mock.faults.add("get_incidents", "delay", delay_s=delay, count=None)
    client = make(url)
    started = asyncio.get_running_loop().time()
    results = await asyncio.gather(
        *(get_incidents.asyncio_detailed(client=client) for _ in range(TASKS)), return_exceptions=True
    )
    took = asyncio.get_running_loop().time() - started
    await client.aclose()
    failures = [result for result in results if isinstance(result, BaseException)]
    assert failures == []
    assert all(result.status_code == 200 for result in results)  # type: ignore[union-attr]
    stats = mock.stats()
    assert took > 1.5 * LIFETIME  # the backlog really outlived its first token...
    assert stats["token_exchanges"] >= 2  # ...which was renewed mid-run,
    assert stats["token_exchanges"] <= took / (LIFETIME / 2) + 3  # once per renewal, not once per caller
