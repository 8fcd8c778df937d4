"""Records made once per collection state: what a list serves follows every change, every request's
`drop_unless` choice and every cursor, and the JSON spliced in is the JSON the standard library writes."""

from __future__ import annotations

import json
from typing import Any

from mock_servers.encoding import Projection, dump_json

from .conftest import Served, bearer


def _listed(client: Any, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    answer = client.post("/v2/incidents/list", json=body, headers=headers)
    assert answer.status_code == 200, answer.text
    listed: dict[str, Any] = answer.json()
    return listed


def test_a_listed_record_changed_later_is_listed_changed(cyberhaven: Served) -> None:
    target = list(cyberhaven.mock.store["incidents"])[3]
    only = {"filter": {"incident_ids": [target["id"]]}}
    with cyberhaven.client() as client:
        headers = bearer(client)
        before = _listed(client, headers, **only)["resources"][0]  # made and kept
        note = "reviewed by the bench test" if before.get("close_note") != "reviewed by the bench test" else "again"
        patched = client.patch(f"/v2/incidents/{target['id']}", json={"close_note": note}, headers=headers)
        assert patched.status_code == 200, patched.text
        after = _listed(client, headers, **only)["resources"][0]
        client.post("/__mock__/reset")
        reset = _listed(client, bearer(client), **only)["resources"][0]
    assert after["close_note"] == note and after["last_modified"] != before["last_modified"]
    assert reset == before


def test_each_request_gets_its_own_drop_unless_fields(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        pages = [
            _listed(client, headers, include_ai_summaries=flag, page_request={"size": 20})["resources"]
            for flag in (True, False, True, False)
        ]
    for flag, page in zip((True, False, True, False), pages, strict=True):
        assert all(("ai_summary" in item) is flag and ("ai_severity" in item) is flag for item in page)
    assert pages[0] == pages[2] and pages[1] == pages[3]
    assert [item["id"] for item in pages[0]] == [item["id"] for item in pages[1]]


def test_a_cursor_the_filters_left_out_gives_an_empty_last_page(cyberhaven: Served) -> None:
    incidents = list(cyberhaven.mock.store["incidents"])
    closed = next(record for record in incidents if record["status"] == "closed")
    with cyberhaven.client() as client:
        headers = bearer(client)
        open_only = {"filter": {"resolution_statuses": ["open"]}}
        page = _listed(client, headers, page_request={"id": closed["id"]}, **open_only)
        first = _listed(client, headers, page_request={"size": 2}, **open_only)
        second = _listed(
            client, headers, page_request={"size": 2, "id": first["page_response"]["next_id"]}, **open_only
        )
    assert page["resources"] == [] and page["page_response"]["next_id"] == ""
    assert second["resources"][0]["id"] == first["page_response"]["next_id"]
    assert {item["id"] for item in first["resources"]}.isdisjoint(item["id"] for item in second["resources"])


def test_spliced_json_is_what_the_standard_library_writes() -> None:
    record = Projection({"id": "a", "n": 1.5, "name": "Zoë", "tags": ["x"], "nested": {"k": None}})
    body = {"items": [record, record], "count": 2, "big": 2**70, 3: "int key"}
    expected = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert dump_json(body) == expected  # ints beyond 64 bits: the standard library writes the whole body
    del body["big"]
    assert json.loads(dump_json(body)) == json.loads(json.dumps(body))
    assert record.json() is record.json()  # encoded once


def test_subclasses_of_json_types_are_written_as_their_base_type() -> None:
    class Name(str):
        pass

    class Row(dict[str, Any]):
        pass

    body = {"row": Row(name=Name("x")), "rows": [Row(a=1)], "items": [Projection(b=2)]}
    assert json.loads(dump_json(body)) == {"row": {"name": "x"}, "rows": [{"a": 1}], "items": [{"b": 2}]}
