"""The stateful store over real HTTP: every pagination style yields every seeded record exactly once,
filters and sorting, and writes (PATCH, create, delete, role assignment) that later reads see."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

import httpx
import pytest

from mock_servers import MockController, create_app
from mock_servers.fake import iso, parse_time
from tests.credentials import SEVCO_ORG

from .conftest import SEVCO_HEADERS, Served, bearer

# -- pagination --------------------------------------------------------------------------------------------


def _cursor_walk(client: httpx.Client, path: str, headers: dict[str, str], size: int) -> tuple[list[str], set[int]]:
    ids: list[str] = []
    totals: set[int] = set()
    cursor = ""
    for _ in range(1000):
        body = client.post(path, json={"page_request": {"size": size, "id": cursor}}, headers=headers).json()
        ids += [item["id"] for item in body["resources"]]
        assert body["size"] == len(body["resources"])
        totals.add(body["page_response"]["total"])
        cursor = body["page_response"]["next_id"]
        if cursor == "":
            return ids, totals
    raise AssertionError("the cursor walk did not end")


@pytest.mark.parametrize(
    ("path", "collection"), [("/v2/incidents/list", "incidents"), ("/v2/endpoints/list", "endpoints")]
)
def test_cyberhaven_cursor_pagination_returns_every_record_once(cyberhaven: Served, path: str, collection: str) -> None:
    seeded = {record["id"] for record in cyberhaven.mock.store[collection]}
    with cyberhaven.client() as client:
        ids, totals = _cursor_walk(client, path, bearer(client), size=37)
    assert len(ids) == len(set(ids)) == len(seeded)
    assert set(ids) == seeded
    assert totals == {len(seeded)}


def test_cyberhaven_page_size_default_and_cap(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        default = client.post("/v2/incidents/list", json={}, headers=headers).json()
        everything = client.post("/v2/incidents/list", json={"page_request": {"size": 1000}}, headers=headers).json()
        too_big = client.post("/v2/incidents/list", json={"page_request": {"size": 1001}}, headers=headers)
        stale = client.post("/v2/incidents/list", json={"page_request": {"id": "no-such-cursor"}}, headers=headers)
    assert default["size"] == 100 and default["page_response"]["next_id"] != ""
    assert everything["size"] == 300 and everything["page_response"]["next_id"] == ""
    assert too_big.status_code == 400 and too_big.json()["problems"][0]["field"] == "page_request.size"
    assert stale.json()["resources"] == [] and stale.json()["page_response"]["next_id"] == ""


@pytest.mark.parametrize(
    ("path", "collection"),
    [("/v3/asset/device", "devices"), ("/v3/asset/user", "asset_users"), ("/v3/asset/exp_vuln", "exposures")],
)
def test_sevco_v3_body_pagination_returns_every_record_once(sevco: Served, path: str, collection: str) -> None:
    seeded = {record["id"] for record in sevco.mock.store[collection]}
    ids: list[str] = []
    with sevco.client() as client:
        for page in range(100):
            query = {"query": {"combinator": "and", "rules": []}, "pagination": {"page": page, "per_page": 33}}
            body = client.post(path, json=query, headers=SEVCO_HEADERS).json()
            assert body["pagination"] == {"page": page, "per_page": 33, "total": len(seeded)}
            ids += [item["id"] for item in body["items"]]
            if len(ids) >= body["pagination"]["total"]:
                break
        empty = client.post(
            path, json={**query, "pagination": {"page": page + 1, "per_page": 33}}, headers=SEVCO_HEADERS
        )
    assert len(ids) == len(set(ids)) and set(ids) == seeded
    assert empty.json()["items"] == []


def test_sevco_v3_limit_is_the_page_size_without_per_page(sevco: Served) -> None:
    with sevco.client() as client:
        body = client.post(
            "/v3/asset/device", json={"query": {"combinator": "and", "rules": []}, "limit": 7}, headers=SEVCO_HEADERS
        ).json()
    assert len(body["items"]) == 7 and body["pagination"]["per_page"] == 7 and body["pagination"]["page"] == 0


@pytest.mark.parametrize(("path", "collection"), [("/v1/asset/device", "devices"), ("/v1/asset/user", "asset_users")])
def test_sevco_v1_query_pagination_zero_based_until_empty(sevco: Served, path: str, collection: str) -> None:
    seeded = {record["id"] for record in sevco.mock.store[collection]}
    ids: list[str] = []
    with sevco.client() as client:
        for page in range(100):
            body = client.get(path, params={"page": page, "per_page": 45}, headers=SEVCO_HEADERS).json()
            assert body["pagination"] == {"per_page": 45}
            if not body["items"]:
                break
            ids += [item["id"] for item in body["items"]]
            assert all("value" in attribute for item in body["items"] for attribute in item["attributes"].values())
    assert len(ids) == len(set(ids)) and set(ids) == seeded


def test_sevco_audit_pagination_one_based(sevco: Served) -> None:
    seeded = {record["execution"]["id"] for record in sevco.mock.store["source_audits"]}
    ids: list[str] = []
    with sevco.client() as client:
        for page in range(1, 100):
            body = client.get("/v2/audit/source", params={"page": page, "per_page": 64}, headers=SEVCO_HEADERS).json()
            assert body["pagination"] == {"page": page, "per_page": 64}
            if not body["items"]:
                break
            ids += [item["execution"]["id"] for item in body["items"]]
        page_zero = client.get("/v2/audit/source", params={"page": 0}, headers=SEVCO_HEADERS)
        executions = client.get(
            "/v2/audit/source", params={"type": "execution", "per_page": 1000}, headers=SEVCO_HEADERS
        )
    assert len(ids) == len(set(ids)) and set(ids) == seeded
    assert page_zero.status_code == 400  # pages count from 1
    wanted = sum(1 for record in sevco.mock.store["source_audits"] if record["_type"] == "execution")
    assert len(executions.json()["items"]) == wanted < len(seeded)
    queued = [item["execution"]["queued_timestamp"] for item in executions.json()["items"]]
    assert queued == sorted(queued, reverse=True)  # newest first


# -- filters and sorting ---------------------------------------------------------------------------------


def days_before_anchor(mock: MockController, days: float) -> str:
    """An ISO time `days` before the instant the seeded times lie around (the data files say `anchor: now`)."""
    assert mock.store.anchor is not None
    return iso(parse_time(mock.store.anchor) - timedelta(days=days))


def test_cyberhaven_incident_filters_and_sort(cyberhaven: Served) -> None:
    incidents = list(cyberhaven.mock.store["incidents"])
    with cyberhaven.client() as client:
        headers = bearer(client)

        def listed(**filter_: Any) -> list[dict[str, Any]]:
            body = {"page_request": {"size": 1000, "sort_by": "risk_score asc"}, "filter": filter_}
            answer = client.post("/v2/incidents/list", json=body, headers=headers)
            assert answer.status_code == 200, answer.text
            resources: list[dict[str, Any]] = answer.json()["resources"]
            assert answer.json()["page_response"]["total"] == len(resources)
            return resources

        critical = listed(policy_severities=["critical"])
        assert critical and all(item["policy"]["severity"] == "critical" for item in critical)
        assert len(critical) == sum(1 for record in incidents if record["policy"]["severity"] == "critical")
        scores = [item["risk_score"] for item in critical]
        assert scores == sorted(scores)
        closed_high = listed(resolution_statuses=["closed"], dataset_sensitivities=["high"])
        assert all(i["status"] == "closed" and i["dataset"]["sensitivity"] == "high" for i in closed_high)
        one = incidents[17]
        assert [i["id"] for i in listed(incident_ids=[one["id"]])] == [one["id"]]
        assert one["id"] in {i["id"] for i in listed(users=[one["user"]["email"]])}
        start, end = days_before_anchor(cyberhaven.mock, 8), days_before_anchor(cyberhaven.mock, 1)
        window = listed(start_time=start, end_time=end)
        assert window and all(start <= i["trigger_time"] <= end for i in window)
        assert listed(hostnames=["no-such-host"]) == []
        summaries = client.post("/v2/incidents/list", json={"include_ai_summaries": True}, headers=headers).json()
        plain = client.post("/v2/incidents/list", json={}, headers=headers).json()
    assert all("ai_summary" in item for item in summaries["resources"])
    assert not any("ai_summary" in item for item in plain["resources"])
    triggers = [item["trigger_time"] for item in plain["resources"]]
    assert triggers == sorted(triggers, reverse=True)  # default sort: trigger_time desc


def test_cyberhaven_endpoint_filters(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        body = {"page_request": {"size": 1000}, "filter": {"oses": ["macos"], "statuses": ["active"]}}
        found = client.post("/v2/endpoints/list", json=body, headers=headers).json()["resources"]
    assert found and all(e["os"] == "macos" and e["status"] == "active" for e in found)
    hostnames = [e["hostname"] for e in found]
    assert hostnames == sorted(hostnames, key=str.lower)  # the mock compares strings case-insensitively


def test_sevco_rule_tree_queries(sevco: Served) -> None:
    devices = list(sevco.mock.store["devices"])
    with sevco.client() as client:

        def query(path: str, rules: list[Any], combinator: str = "and") -> list[dict[str, Any]]:
            body = {"query": {"combinator": combinator, "rules": rules}, "pagination": {"per_page": 1000}}
            answer = client.post(path, json=body, headers=SEVCO_HEADERS)
            assert answer.status_code == 200, answer.text
            items: list[dict[str, Any]] = answer.json()["items"]
            return items

        since = days_before_anchor(sevco.mock, 1)
        fin = query(
            "/v3/asset/device",
            [{"entity_type": "device", "field": "hostnames", "operator": "like", "value": "web-prod-*"}],
        )
        expected = [d for d in devices if d["attributes"]["hostname"].startswith("web-prod-")]
        assert fin and len(fin) == len(expected)
        recent_or_fin = query(
            "/v3/asset/device",
            [
                {"entity_type": "device", "field": "hostnames", "operator": "like", "value": "web-prod-*"},
                {
                    "combinator": "and",
                    "rules": [
                        {
                            "entity_type": "device",
                            "field": "last_activity_timestamp",
                            "operator": "greater",
                            "value": since,
                        },
                        {
                            "entity_type": "device",
                            "field": "tag_name",
                            "operator": "equals",
                            "value": {"name": "Exclude", "value": "EPP"},
                        },
                    ],
                },
            ],
            combinator="or",
        )
        tagged = [
            d
            for d in devices
            if d["last_activity_timestamp"] > since and {"name": "Exclude", "value": "EPP"} in d["_tags"]
        ]
        assert len(recent_or_fin) == len({d["id"] for d in expected + tagged})
        severe = query(
            "/v3/asset/exp_vuln",
            [
                {
                    "entity_type": "exp_vuln",
                    "field": "effective_severity",
                    "operator": "between",
                    "value": {"greater_equals": 9, "less_equals": 10},
                }
            ],
        )
        assert severe and all(9 <= e["attributes"]["effective_severity"] <= 10 for e in severe)
        unknown_field = query(
            "/v3/asset/device", [{"entity_type": "device", "field": "nope", "operator": "equals", "value": 1}]
        )
        assert unknown_field == []
        facets = client.post(
            "/v3/asset/device/_facet", json={"terms": ["source_ids", "os"]}, headers=SEVCO_HEADERS
        ).json()
    by_os = Counter(d["attributes"]["os"] for d in devices)
    assert {b["key"]: b["count"] for b in facets["os"]["buckets"]} == dict(by_os)
    assert sum(b["count"] for b in facets["source_ids"]["buckets"]) == sum(len(d["source_ids"]) for d in devices)


def test_sevco_source_config_filters(sevco: Served) -> None:
    configs = list(sevco.mock.store["source_configs"])
    source_id = configs[0]["source_id"]
    with sevco.client() as client:
        by_source = client.get("/v1/integration/source/config", params={"source_id": source_id}, headers=SEVCO_HEADERS)
        disabled = client.get("/v1/integration/source/config", params={"enabled": "false"}, headers=SEVCO_HEADERS)
    assert {c["id"] for c in by_source.json()} == {c["id"] for c in configs if c["source_id"] == source_id}
    assert disabled.json() and all(c["enabled"] is False for c in disabled.json())


# -- writes ------------------------------------------------------------------------------------------------


def test_patch_incident_is_visible_on_re_read(cyberhaven: Served) -> None:
    target = list(cyberhaven.mock.store["incidents"])[5]
    change = {
        "status": "closed",
        "close_reason": "invalid_other",
        "close_note": "duplicate",
        "assigned_to": "sam@acme.example",
    }
    with cyberhaven.client() as client:
        headers = bearer(client)
        answer = client.patch(f"/v2/incidents/{target['id']}", json=change, headers=headers)
        assert answer.status_code == 200
        updated = answer.json()["resources"][0]
        assert {key: updated[key] for key in change} == change
        assert updated["resolution_time"] and updated["last_modified"] != target["last_modified"]
        body = {"filter": {"incident_ids": [target["id"]]}}
        again = client.post("/v2/incidents/list", json=body, headers=headers).json()["resources"][0]
        assert {key: again[key] for key in change} == change
        reopened = client.patch(f"/v2/incidents/{target['id']}", json={"status": "open"}, headers=headers).json()
        assert reopened["resources"][0]["resolution_time"] is None
        missing = client.patch("/v2/incidents/no-such-incident", json={"status": "closed"}, headers=headers)
        empty = client.patch(f"/v2/incidents/{target['id']}", json={}, headers=headers)
        assert missing.status_code == 404 and empty.status_code == 400  # minProperties: 1
        client.post("/__mock__/reset")
        after_reset = client.post("/v2/incidents/list", json=body, headers=bearer(client)).json()["resources"][0]
    assert after_reset["status"] == target["status"]


def test_sevco_writes(sevco: Served) -> None:
    with sevco.client(headers=SEVCO_HEADERS) as client:
        created = client.post("/v1/admin/org", json={"org_name": "Zeta Labs"}).json()["org"]
        orgs = {org["id"]: org for org in client.get("/v1/admin/org").json()["orgs"]}
        assert orgs[created["org_id"]]["org_slug"] == "zeta-labs"
        assert client.request("DELETE", "/v1/admin/org", json={"id": created["org_id"]}).status_code == 204
        assert created["org_id"] not in {org["id"] for org in client.get("/v1/admin/org").json()["orgs"]}

        email = "new.person@acme-mfg.example"
        assert client.get(f"/v1/admin/user/{email}").status_code == 404
        assert client.post(f"/v1/admin/user/{email}").json() == {"user": {"email": email}}
        assert client.put(f"/v1/admin/user/{email}/role/analyst").status_code == 204
        assert client.get(f"/v1/admin/user/{email}").json()["roles"] == ["analyst"]
        assert client.put(f"/v1/admin/user/{email}/role/no-such-role").status_code == 404
        assert client.delete(f"/v1/admin/user/{email}/role/analyst").status_code == 204
        assert client.get(f"/v1/admin/user/{email}").json()["roles"] == []
        assert client.delete(f"/v1/admin/user/{email}").status_code == 204
        assert client.delete(f"/v1/admin/user/{email}").status_code == 404

        source = {"source_type": "acme_cmdb", "display_name": "Acme CMDB", "is_cloud": False, "is_public": False}
        made = client.post("/v1/integration/source", json=source).json()
        assert made["owner"] == SEVCO_ORG and {k: made[k] for k in source} == source
        renamed = client.put(f"/v1/integration/source/{made['id']}", json={**source, "display_name": "CMDB"}).json()
        assert (
            client.get(f"/v1/integration/source/{made['id']}").json()["display_name"]
            == "CMDB"
            == renamed["display_name"]
        )
        config = client.post("/v1/integration/source/config", json={"source_id": made["id"], "enabled": True}).json()
        listed = client.get("/v1/integration/source/config", params={"source_id": made["id"]}).json()
        assert [c["id"] for c in listed] == [config["id"]]
        assert client.delete(f"/v1/integration/source/{made['id']}").status_code == 204
        assert client.get(f"/v1/integration/source/{made['id']}").status_code == 404


def test_create_streaming_destination(cyberhaven: Served) -> None:
    request = {
        "name": "SIEM",
        "type": "https",
        "format": "json_lines",
        "https_config": {"uri": "https://siem.example/in"},
    }
    with cyberhaven.client() as client:
        answer = client.post("/v2/streaming/destinations", json=request, headers=bearer(client))
    made = answer.json()
    assert answer.status_code == 200
    assert made["name"] == "SIEM" and made["encoding"] == "none" and made["https_config"]["timeout_seconds"] == 30
    assert made["id"] and made["created_at"] == made["updated_at"]
    assert "description" not in made  # nothing invented beyond what the server makes


def test_seeding_is_deterministic() -> None:
    first = [record["id"] for record in create_app("cyberhaven", seed=7).state.mock.store["incidents"]]
    again = [record["id"] for record in create_app("cyberhaven", seed=7).state.mock.store["incidents"]]
    other = [record["id"] for record in create_app("cyberhaven", seed=8).state.mock.store["incidents"]]
    assert first == again != other
    assert len(first) == 300
