"""What a client leaves on the server, read back by scanning it: every entry named by the key's fingerprint under
the prefix, the token only as the value of the token entry (documented), and the API key nowhere."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from shared_state import RedisState, Send, ServerBudget

from . import workers
from .conftest import FINGERPRINT, KEY
from .test_many_processes import jobs, run_processes
from .valkey_server import ValkeyTestServer


def everything_stored(admin: Any) -> dict[bytes, list[bytes]]:
    """Each entry's name and every value in it, whatever its type."""
    stored: dict[bytes, list[bytes]] = {}
    for name in admin.scan_iter(count=1000):
        kind = admin.type(name)
        if kind == b"string":
            values = [admin.get(name)]
        elif kind == b"list":
            values = admin.lrange(name, 0, -1)
        elif kind == b"zset":
            values = [member for member, _score in admin.zrange(name, 0, -1, withscores=True)]
        elif kind == b"hash":
            values = [part for pair in admin.hgetall(name).items() for part in pair]
        elif kind == b"set":
            values = list(admin.smembers(name))
        else:
            raise AssertionError(f"unexpected entry type {kind!r} for {name!r}")
        stored[name] = [value for value in values if value is not None]
    return stored


async def test_the_api_key_never_reaches_the_server(valkey: ValkeyTestServer, state: RedisState) -> None:
    # A bit of everything, sync and async, then several processes sharing the key.
    store = state.token_store(FINGERPRINT)
    budget = state.request_budget(FINGERPRINT, per_window=60, window_seconds=61)
    cap = state.in_flight_cap(FINGERPRINT, "getEvents", limit=5)
    with store.exchange_lock(), cap.hold():
        store.put("token-in-process", renew_in=30)
        send = budget.try_acquire()
        assert isinstance(send, Send)
        budget.settle(send, ServerBudget(remaining=50, reset=30))
    async with store.aexchange_lock(), cap.ahold():
        asend, pending = await budget.atry_acquire(), await budget.atry_acquire()
        assert isinstance(asend, Send) and isinstance(pending, Send)  # `pending` stays unanswered a while
        await budget.asettle(asend, ServerBudget(remaining=50, reset=30, wait=5))
        assert isinstance(await budget.atry_acquire(), float)  # held
    state.renew_leases()
    await state.aclose()
    with cap.hold():
        stored_while_holding = everything_stored(valkey.admin())
    budget.settle(pending, None)
    token = store.get()
    assert token is not None
    store.invalidate(token)  # the workers exchange a token of their own
    run_processes(workers.use_tokens, jobs(valkey.url, 0.5, concurrency=2), 30.0)

    stored = {**stored_while_holding, **everything_stored(valkey.admin())}
    forms = {KEY.encode(), quote(KEY).encode(), KEY.lower().encode()}
    for name, values in stored.items():
        assert name.startswith(b"security-api-clients:") and FINGERPRINT.encode() in name, name
        for text in (name, *values):
            assert not any(form in text for form in forms), (name, text)
    kinds = {name.decode().split(":")[1].split("/")[0] for name in stored}
    assert kinds == {"token", "budget", "budget-hold", "budget-server", "budget-unanswered", "in-flight"}
    token_entry = f"security-api-clients:token:{FINGERPRINT}".encode()
    tokens = [name for name, values in stored.items() if any(b"token-" in value for value in values)]
    assert tokens == [token_entry]  # the token itself is on the server: README says how to protect it
