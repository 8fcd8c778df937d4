"""Fault injection, over HTTP control endpoints and the Python API, against real uvicorn servers
(and in-process, where a dropped connection becomes an httpx.RemoteProtocolError)."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from mock_servers import FAULT_KINDS, ConnectionDropped, create_app

from .conftest import SEVCO_HEADERS, Served, bearer


def _add(client: httpx.Client, **fault: object) -> dict[str, object]:
    answer = client.post("/__mock__/faults", json=fault)
    assert answer.status_code == 201, answer.text
    created: dict[str, object] = answer.json()
    return created


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_status_faults_use_the_vendor_error_body(sevco: Served, status: int) -> None:
    with sevco.client() as client:
        _add(client, operation_id="list_roles", kind="status", status=status, retry_after=7, count=2)
        first = client.get("/v1/admin/role", headers=SEVCO_HEADERS)
        second = client.get("/v1/admin/role", headers=SEVCO_HEADERS)
        third = client.get("/v1/admin/role", headers=SEVCO_HEADERS)
    assert (first.status_code, second.status_code, third.status_code) == (status, status, 200)
    assert first.headers["retry-after"] == "7"
    assert first.json()["status"] == status and first.json()["message"]


def test_429_fault_carries_retry_after_and_rate_headers(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        _add(client, operation_id="list_incidents", kind="status", status=429, retry_after=3)
        answer = client.post("/v2/incidents/list", json={}, headers=headers)
        stats = client.get("/__mock__/stats").json()
    assert answer.status_code == 429
    assert answer.headers["retry-after"] == "3"
    assert answer.headers["x-ratelimit-remaining"] == "0"
    assert int(answer.headers["x-ratelimit-reset"]) >= int(time.time()) + 2
    assert answer.json() == {"errors": [{"code": 429, "message": "injected fault: too many requests"}]}
    assert stats["rate_limited"] == 1


def test_delay_fault(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        cyberhaven.mock.faults.add("get_incidents", "delay", delay_s=0.4)
        started = time.perf_counter()
        slow = client.get("/v2/incidents", headers=headers)
        middle = time.perf_counter()
        fast = client.get("/v2/incidents", headers=headers)
        ended = time.perf_counter()
    assert slow.status_code == fast.status_code == 200
    assert middle - started >= 0.4 > ended - middle


def test_malformed_fault(sevco: Served) -> None:
    with sevco.client() as client:
        _add(client, operation_id="list_orgs", kind="malformed")
        answer = client.get("/v1/admin/org", headers=SEVCO_HEADERS)
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.content)


def test_html_fault(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        _add(client, operation_id="list_endpoints", kind="html", status=502)
        answer = client.post("/v2/endpoints/list", json={}, headers=headers)
    assert answer.status_code == 502
    assert answer.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in answer.text


def test_truncated_fault_over_a_socket(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        _add(client, operation_id="get_incidents", kind="truncated")
        with pytest.raises(httpx.RemoteProtocolError, match=r"incomplete|complete message body"):
            client.get("/v2/incidents", headers=headers)
    with cyberhaven.client() as client:  # the server lives on; the next request is whole
        assert client.get("/v2/incidents", headers=bearer(client)).status_code == 200
    assert cyberhaven.mock.stats()["in_flight"] == {}


def test_drop_fault_over_a_socket(sevco: Served) -> None:
    with sevco.client() as client:
        _add(client, operation_id="list_users", kind="drop")
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.get("/v1/admin/user", headers=SEVCO_HEADERS)
    with sevco.client() as client:
        assert client.get("/v1/admin/user", headers=SEVCO_HEADERS).status_code == 200
    assert sevco.mock.stats()["requests"]["list_users"] == 2
    assert sevco.mock.stats()["in_flight"] == {}


@pytest.mark.parametrize("kind", ["drop", "truncated"])
async def test_connection_faults_in_process(kind: str) -> None:
    app = create_app("sevco")
    mock = app.state.mock
    mock.faults.add("list_roles", kind)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        with pytest.raises(httpx.RemoteProtocolError) as caught:
            await client.get("/v1/admin/role", headers=mock.auth_headers())
        assert isinstance(caught.value, ConnectionDropped)
        assert (await client.get("/v1/admin/role", headers=mock.auth_headers())).status_code == 200


def test_fault_count_after_and_any_operation(sevco: Served) -> None:
    mock = sevco.mock
    mock.faults.add(None, "status", status=503, count=2, after=1)  # any operation; skip the first request
    with sevco.client(headers=SEVCO_HEADERS) as client:
        statuses = [
            client.get("/v1/admin/role").status_code,
            client.get("/v1/admin/org").status_code,
            client.get("/v1/admin/user").status_code,
            client.get("/v1/admin/role").status_code,
        ]
    assert statuses == [200, 503, 503, 200]
    mock.faults.add("list_roles", "status", status=500, count=None)  # unlimited until cleared
    with sevco.client(headers=SEVCO_HEADERS) as client:
        assert [client.get("/v1/admin/role").status_code for _ in range(3)] == [500] * 3
        listed = client.get("/__mock__/faults").json()["faults"]
        assert [(f["operation_id"], f["kind"], f["fired"]) for f in listed] == [("list_roles", "status", 3)]
        assert client.delete("/__mock__/faults").json() == {"ok": True}
        assert client.get("/v1/admin/role").status_code == 200


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "explode"},
        {"operation_id": "no_such_op", "kind": "status", "status": 500},
        {"operation_id": "list_roles", "kind": "status"},
        {"operation_id": "list_roles", "kind": "status", "status": 999},
        {"operation_id": "list_roles", "kind": "delay"},
        {"operation_id": "list_roles", "kind": "status", "status": "500"},
        {"operation_id": "list_roles", "kind": "status", "status": 500, "colour": "red"},
        {"operation_id": "list_roles", "kind": "body"},
    ],
)
def test_bad_faults_are_refused(sevco: Served, fault: dict[str, object]) -> None:
    with sevco.client() as client:
        answer = client.post("/__mock__/faults", json=fault)
    assert answer.status_code == 400 and answer.json()["error"]


def test_every_fault_kind_is_documented() -> None:
    assert set(FAULT_KINDS) == {"status", "delay", "malformed", "truncated", "html", "drop", "revoke_key", "body"}


def test_a_body_fault_answers_its_json_as_given_even_off_spec(sevco: Served) -> None:
    off_spec = [{"id": None, "name": {"nested": True}}, "not a role"]
    with sevco.client() as client:
        added = client.post("/__mock__/faults", json={"operation_id": "list_roles", "kind": "body", "body": off_spec})
        assert added.status_code == 201
        answer = client.get("/v1/admin/role", headers=sevco.mock.auth_headers())
        assert answer.status_code == 200 and answer.json() == off_spec
        assert client.get("/v1/admin/role", headers=sevco.mock.auth_headers()).json() != off_spec  # count 1


def test_control_endpoints(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        client.post("/v2/endpoints/list", json={}, headers=headers)
        client.get("/v2/incidents", headers={"Authorization": "Bearer nope"})
        stats = client.get("/__mock__/stats").json()
        assert stats["token_exchanges"] == 1
        assert stats["requests"] == {"exchange_api_key": 1, "list_endpoints": 1, "get_incidents": 1}
        assert stats["peak_concurrency"]["list_endpoints"] == 1
        assert stats["responses"] == {"200": 2, "401": 1}
        assert client.get("/__mock__/health").json()["api"] == "cyberhaven"
        assert client.get("/__mock__/store").json()["incidents"] == 300
        token = client.post("/__mock__/token", json={}).json()["token"]
        assert client.get("/v2/incidents", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        assert client.post("/__mock__/reset").json() == {"ok": True}
        assert client.get("/__mock__/stats").json()["requests"] == {}
        assert client.get("/v2/incidents", headers={"Authorization": f"Bearer {token}"}).status_code == 401
        unknown = client.get("/__mock__/nope")
        assert unknown.status_code == 404 and "known" in unknown.json()
        assert client.post("/__mock__/clock", json={}).status_code == 400
        assert client.post("/__mock__/faults", content=b"{not json").status_code == 400
