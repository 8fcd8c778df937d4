"""The commands of the issue, as written, run as the installed console scripts against the mocks on loopback:
record counts, records equal to the server's JSON, filters, --where, --body, triage, formats, paging."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from mock_servers.pytest_plugin import MockService
from tests.cli.conftest import run


def server_incidents(mock: MockService, body: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every incident as the server sends it, page by page with plain httpx (no generated code involved)."""
    records: list[dict[str, Any]] = []
    cursor = ""
    with httpx.Client(base_url=mock.url, headers=mock.controller.auth_headers()) as http:
        while True:
            request = {**(body or {}), "page_request": {"size": 100, "id": cursor}}
            page = http.post("/v2/incidents/list", json=request).json()
            records += page["resources"]
            cursor = page["page_response"]["next_id"]
            if not cursor or not page["resources"]:
                return records


def test_every_incident_as_ndjson_is_the_servers_json(cyberhaven_mock: MockService) -> None:
    result = run(cyberhaven_mock, "incidents", "list", "--all", "--format", "ndjson")
    assert result.returncode == 0, result.stderr
    records = result.records()
    assert len(records) == len(cyberhaven_mock.controller.store["incidents"]) == 300
    assert records == server_incidents(cyberhaven_mock)  # every field, as sent (times as the server wrote them)
    assert result.stderr == ""  # not a terminal: no progress line, and --all leaves no hint


def test_ndjson_is_the_default_when_stdout_is_a_pipe(cyberhaven_mock: MockService) -> None:
    result = run(cyberhaven_mock, "incidents", "list", "--limit", "7")
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in result.records()] == [r["id"] for r in server_incidents(cyberhaven_mock)[:7]]


def test_filter_options_as_written_in_the_issue(cyberhaven_mock: MockService) -> None:
    start = (cyberhaven_mock.now() - timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    args = ["--resolution-statuses", "open", "--start-time", start, "--all"]
    result = run(cyberhaven_mock, "incidents", "list", "--policy-severities", "critical,high", *args)
    assert result.returncode == 0, result.stderr
    records = result.records()
    assert records and all(r["policy"]["severity"] in ("critical", "high") and r["status"] == "open" for r in records)
    assert all(datetime.fromisoformat(r["trigger_time"]) >= datetime.fromisoformat(start) for r in records)
    wanted = {"policy_severities": ["critical", "high"], "resolution_statuses": ["open"], "start_time": start}
    assert records == server_incidents(cyberhaven_mock, {"filter": wanted})
    repeated = run(
        cyberhaven_mock, "incidents", "list", "--policy-severities", "critical", "--policy-severities", "high", *args
    )
    assert repeated.records() == records  # the flag repeated is the comma list


def test_body_whole_from_text_or_a_file_with_options_over_it(cyberhaven_mock: MockService, tmp_path: Path) -> None:
    body = {"filter": {"policy_severities": ["low"], "resolution_statuses": ["closed"]}, "page_request": {"size": 5}}
    file = tmp_path / "body.json"
    file.write_text(json.dumps(body), encoding="utf-8")
    from_text = run(cyberhaven_mock, "incidents", "list", "--body", json.dumps(body))
    from_file = run(cyberhaven_mock, "incidents", "list", "--body", f"@{file}")
    assert from_text.returncode == from_file.returncode == 0, from_text.stderr + from_file.stderr
    assert len(from_text.records()) == 5 and from_text.records() == from_file.records()
    assert all(r["policy"]["severity"] == "low" and r["status"] == "closed" for r in from_text.records())
    over = run(cyberhaven_mock, "incidents", "list", "--body", f"@{file}", "--policy-severities", "high", "--size", "3")
    assert len(over.records()) == 3 and all(r["policy"]["severity"] == "high" for r in over.records())
    assert all(r["status"] == "closed" for r in over.records())  # the body's other filter stays


def test_triage_update_closes_an_incident(cyberhaven_mock: MockService) -> None:
    store = cyberhaven_mock.controller.store["incidents"]
    incident = next(record["id"] for record in store if record["status"] == "open")
    result = run(
        cyberhaven_mock,
        "incidents",
        "update",
        incident,
        "--status",
        "closed",
        "--close-reason",
        "valid",
        "--close-note",
        "Confirmed with the user's manager",
    )
    assert result.returncode == 0, result.stderr
    (answer,) = result.records()
    assert answer["resources"][0]["id"] == incident and answer["resources"][0]["status"] == "closed"
    record = cyberhaven_mock.controller.store["incidents"].get(incident)
    assert record is not None
    assert (record["status"], record["close_reason"], record["close_note"]) == (
        "closed",
        "valid",
        "Confirmed with the user's manager",
    )


def test_sevco_orgs_list_is_the_servers_orgs(sevco_mock: MockService) -> None:
    result = run(sevco_mock, "orgs", "list")
    assert result.returncode == 0, result.stderr
    with httpx.Client(base_url=sevco_mock.url, headers=sevco_mock.controller.auth_headers()) as http:
        sent = http.get("/v1/admin/org").json()["orgs"]
    # the org id the CLI runs with is a secret setting (`SEVCO_ORG_ID`): shown as *** wherever it appears
    org = sevco_mock.settings["org_id"]
    assert result.records() == [json.loads(json.dumps(o).replace(org, "***")) for o in sent]


def test_sevco_devices_where_as_written_in_the_issue(sevco_mock: MockService) -> None:
    rules = ["--where", "hostnames like web-*", "--where", "os contains Ubuntu"]
    result = run(sevco_mock, "devices", "query", *rules, "--all", "--format", "ndjson")
    assert result.returncode == 0, result.stderr
    devices = result.records()
    assert devices and all(d["attributes"]["hostname"].startswith("web-") for d in devices)
    assert all("ubuntu" in d["attributes"]["os"].lower() for d in devices)
    group = {
        "combinator": "and",
        "rules": [
            {"entity_type": "device", "field": "hostnames", "operator": "like", "value": "web-*"},
            {"entity_type": "device", "field": "os", "operator": "contains", "value": "Ubuntu"},
        ],
    }
    assert [d["id"] for d in devices] == [d.id for d in sevco_mock.client.devices.query(query=group)]
    either = run(sevco_mock, "devices", "query", *rules, "--any", "--all").records()
    web = run(sevco_mock, "devices", "query", rules[0], rules[1], "--all").records()
    assert len(either) > len(web) > len(devices)
    everything = run(sevco_mock, "devices", "query", "--all").records()
    assert len(everything) == len(sevco_mock.controller.store["devices"])  # no --where: the empty group


def test_json_csv_and_table_formats(cyberhaven_mock: MockService) -> None:
    ndjson = run(cyberhaven_mock, "incidents", "list", "--limit", "12", "--size", "5").records()
    as_json = run(cyberhaven_mock, "incidents", "list", "--limit", "12", "--size", "5", "--format", "json")
    assert json.loads(as_json.stdout) == ndjson and len(ndjson) == 12
    as_csv = run(
        cyberhaven_mock, "incidents", "list", "--limit", "12", "--format", "csv", "--columns", "id,policy.severity"
    )
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["id", "policy.severity"]
    assert rows[1:] == [[r["id"], r["policy"]["severity"]] for r in ndjson]
    table = run(cyberhaven_mock, "incidents", "list", "--limit", "3", "--format", "table").stdout
    header = table.splitlines()[0].split()
    assert header == ["trigger_time", "policy.severity", "status", "user.email", "dataset.name", "id"]  # x-cli.columns
    assert ndjson[0]["id"][:30] in table and ndjson[0]["id"] not in table  # ids are long: cut, ending in "…"
    assert "…" in table
    chosen = run(cyberhaven_mock, "incidents", "list", "--limit", "3", "--format", "table", "--columns", "status,id")
    assert chosen.stdout.splitlines()[0].split() == ["status", "id"]


def test_one_page_without_all_then_the_next_with_cursor(cyberhaven_mock: MockService) -> None:
    everything = server_incidents(cyberhaven_mock)
    first = run(cyberhaven_mock, "incidents", "list", "--size", "40")
    assert first.returncode == 0 and first.records() == everything[:40]
    hint = first.stderr.strip()
    assert "--all" in hint and "--cursor " in hint
    cursor = hint.split("--cursor ", 1)[1].split()[0]
    second = run(cyberhaven_mock, "incidents", "list", "--size", "40", "--cursor", cursor)
    assert second.records() == everything[40:80]
    rest = run(cyberhaven_mock, "incidents", "list", "--size", "40", "--cursor", cursor, "--all", "--quiet")
    assert rest.records() == everything[40:] and rest.stderr == ""


def test_sevco_numbered_pages_resume_from_a_page_number(sevco_mock: MockService) -> None:
    all_devices = run(sevco_mock, "devices", "query", "--all", "--per-page", "50").records()
    first = run(sevco_mock, "devices", "query", "--per-page", "50")
    cursor = first.stderr.split("--cursor ", 1)[1].split()[0]
    assert cursor == "1" and first.records() == all_devices[:50]
    assert run(sevco_mock, "devices", "query", "--per-page", "50", "--cursor", "1").records() == all_devices[50:100]


def test_limit_stops_after_n_records_across_pages(cyberhaven_mock: MockService) -> None:
    result = run(cyberhaven_mock, "incidents", "list", "--size", "10", "--limit", "25")
    assert cyberhaven_mock.stats()["requests"]["list_incidents"] == 3  # pages of 10: the third is cut short
    assert [r["id"] for r in result.records()] == [r["id"] for r in server_incidents(cyberhaven_mock)[:25]]


def test_python_dash_m_runs_the_same_command_line(cyberhaven_mock: MockService) -> None:
    import subprocess
    import sys

    from tests.cli.conftest import environment

    result = subprocess.run(
        [sys.executable, "-m", "cyberhaven_client", "incidents", "list", "--limit", "2"],
        env=environment(cyberhaven_mock),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
