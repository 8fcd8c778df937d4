"""Auth from the security schemes' extensions, over real HTTP on loopback."""

from __future__ import annotations

import httpx
import pytest

from mock_servers import MockClock, create_app, serve_in_thread
from tests.credentials import CYBERHAVEN_KEY, SEVCO_KEY, SEVCO_ORG

from .conftest import SEVCO_HEADERS, Served, bearer

# -- Sevco: token header + x-sevco-target-org --------------------------------------------------------------


def test_sevco_valid_key_and_org(sevco: Served) -> None:
    with sevco.client() as client:
        answer = client.get("/v1/admin/org", headers=SEVCO_HEADERS)
    assert answer.status_code == 200
    assert answer.json()["orgs"][0]["id"] == SEVCO_ORG


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 403),  # no credentials at all: Sevco answers 403, not 401
        ({"x-sevco-target-org": SEVCO_ORG}, 403),
        ({"Authorization": "Token wrong-key", "x-sevco-target-org": SEVCO_ORG}, 401),
        ({"Authorization": f"Basic {SEVCO_KEY}", "x-sevco-target-org": SEVCO_ORG}, 401),  # wrong scheme word
        ({"Authorization": "Token", "x-sevco-target-org": SEVCO_ORG}, 401),  # no key after the prefix
        ({"Authorization": f"Token {SEVCO_KEY}"}, 403),  # the org header is required
        ({"Authorization": f"Token {SEVCO_KEY}", "x-sevco-target-org": "11111111-2222-3333-4444-555555555555"}, 403),
    ],
)
def test_sevco_rejections(sevco: Served, headers: dict[str, str], status: int) -> None:
    with sevco.client() as client:
        answer = client.get("/v1/admin/user", headers=headers)
    assert answer.status_code == status
    body = answer.json()
    assert body["status"] == status and isinstance(body["message"], str) and body["message"]


def test_sevco_accepts_bearer_and_wildcard_org(sevco: Served) -> None:
    with sevco.client() as client:
        cross_org = client.get(
            "/v1/admin/org", headers={"Authorization": f"Token {SEVCO_KEY}", "x-sevco-target-org": "*"}
        )
        jwt_style = client.get("/v1/admin/org", headers={**SEVCO_HEADERS, "Authorization": f"Bearer {SEVCO_KEY}"})
    assert cross_org.status_code == 200
    assert jwt_style.status_code == 200


def test_sevco_configured_keys_and_orgs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_SEVCO_KEYS", "env-key-1,env-key-2")
    from_env = create_app("sevco")
    assert from_env.state.mock.keys == ["env-key-1", "env-key-2"]
    app = create_app("sevco", keys=["k-1"], org="my-org")
    with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
        ok = client.get("/v1/admin/role", headers={"Authorization": "Token k-1", "x-sevco-target-org": "my-org"})
        old_key = client.get("/v1/admin/role", headers=SEVCO_HEADERS)
        old_org = client.get("/v1/admin/role", headers={"Authorization": "Token k-1", "x-sevco-target-org": SEVCO_ORG})
    assert (ok.status_code, old_key.status_code, old_org.status_code) == (200, 401, 403)


def test_sevco_revoked_key(sevco: Served) -> None:
    with sevco.client() as client:
        assert client.get("/v1/admin/role", headers=SEVCO_HEADERS).status_code == 200
        fault = client.post("/__mock__/faults", json={"kind": "revoke_key", "key": SEVCO_KEY})
        assert fault.status_code == 201
        assert client.get("/v1/admin/role", headers=SEVCO_HEADERS).status_code == 401
        assert client.get("/__mock__/keys").json()["revoked"] == [SEVCO_KEY]
        client.post("/__mock__/reset")
        assert client.get("/v1/admin/role", headers=SEVCO_HEADERS).status_code == 200


# -- Cyberhaven: token exchange ---------------------------------------------------------------------------


def test_exchange_issues_expiring_token(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        answer = client.post("/v2/auth/token/access", json={"api_key": CYBERHAVEN_KEY})
        assert answer.status_code == 200
        body = answer.json()
        assert body["expires_in"] == 900 and body["token_type"] == "Bearer" and body["access_token"]
        again = client.post("/v2/auth/token/access", json={"api_key": CYBERHAVEN_KEY}).json()["access_token"]
        assert again != body["access_token"]  # random, a new one every time
        assert client.get("/__mock__/stats").json()["token_exchanges"] == 2


@pytest.mark.parametrize(
    ("body", "status"),
    [({"api_key": "not-a-key"}, 401), ({"api_key": ""}, 401), ({}, 400), ({"api_key": 5}, 400)],
)
def test_exchange_rejections(cyberhaven: Served, body: dict[str, object], status: int) -> None:
    with cyberhaven.client() as client:
        answer = client.post("/v2/auth/token/access", json=body)
    assert answer.status_code == status
    errors = answer.json()["errors"]
    assert errors[0]["code"] == status and errors[0]["message"]


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer unknown-token"}, {"Authorization": "Token x"}, {"Authorization": "Bearer"}],
)
def test_api_call_needs_a_valid_token(cyberhaven: Served, headers: dict[str, str]) -> None:
    with cyberhaven.client() as client:
        answer = client.get("/v2/incidents", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["code"] == 401


def test_token_expires_on_the_clock(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        assert client.post("/v2/endpoints/list", json={}, headers=headers).status_code == 200
        assert client.post("/__mock__/clock", json={"advance_s": 899}).status_code == 200
        assert client.post("/v2/endpoints/list", json={}, headers=headers).status_code == 200
        cyberhaven.mock.clock.advance(1)  # the Python API moves the same clock
        expired = client.post("/v2/endpoints/list", json={}, headers=headers)
        assert expired.status_code == 401 and "expired" in expired.json()["errors"][0]["message"]
        assert client.post("/v2/endpoints/list", json={}, headers=bearer(client)).status_code == 200


def test_clock_can_be_set_and_frozen() -> None:
    clock = MockClock(start=1_700_000_000.0, frozen=True)
    app = create_app("cyberhaven", clock=clock)
    with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
        assert client.get("/__mock__/clock").json() == {"now": 1_700_000_000.0}
        headers = bearer(client)
        assert client.post("/__mock__/clock", json={"now": 1_700_000_000.0 + 900}).json()["now"] == 1_700_000_900.0
        assert client.get("/v2/incidents", headers=headers).status_code == 401


def test_revoked_key_stops_exchanging_and_its_tokens_stop_working(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        assert client.get("/v2/incidents", headers=headers).status_code == 200
        cyberhaven.mock.revoke_key(CYBERHAVEN_KEY)
        assert client.get("/v2/incidents", headers=headers).status_code == 401
        refused = client.post("/v2/auth/token/access", json={"api_key": CYBERHAVEN_KEY})
        assert refused.status_code == 401


def test_revoke_key_fault_on_an_operation(cyberhaven: Served) -> None:
    """A revoke_key fault bound to an operation fires when a request to it arrives (mid-run revocation)."""
    with cyberhaven.client() as client:
        headers = bearer(client)
        cyberhaven.mock.faults.add("list_endpoints", "revoke_key", after=1)
        assert client.post("/v2/endpoints/list", json={}, headers=headers).status_code == 200
        assert client.get("/v2/incidents", headers=headers).status_code == 200  # other operations: untouched
        assert client.post("/v2/endpoints/list", json={}, headers=headers).status_code == 401
        assert client.get("/v2/incidents", headers=headers).status_code == 401
        assert client.post("/v2/auth/token/access", json={"api_key": CYBERHAVEN_KEY}).status_code == 401


def test_several_keys(cyberhaven: Served) -> None:
    cyberhaven.mock.add_key("second-key")
    with cyberhaven.client() as client:
        first, second = bearer(client), bearer(client, "second-key")
        cyberhaven.mock.revoke_key("second-key")
        assert client.get("/v2/incidents", headers=first).status_code == 200
        assert client.get("/v2/incidents", headers=second).status_code == 401
