"""The mocks' data answers the questions users ask: times in the weeks before the mock started (so "the last
7 days" finds records), web-*/db-* hosts, several OS families, every severity and status; a fixed clock
start fixes all of it."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from mock_servers import MockClock, create_app
from mock_servers.pytest_plugin import MockService

SEVERITIES = {"informational", "low", "medium", "high", "critical"}


def test_last_week_and_open_this_week_return_records(cyberhaven_mock: MockService) -> None:
    ch = cyberhaven_mock.client
    week_ago = cyberhaven_mock.now() - timedelta(days=7)
    last_week = list(ch.incidents.list(filter={"start_time": week_ago}, page_request={"size": 1000}))
    open_now = [i for i in last_week if i.status.value == "open"]
    assert len(last_week) >= 30 and len(open_now) >= 10
    assert {i.policy.severity.value for i in last_week} == SEVERITIES
    critical_open = ch.incidents.list(
        filter={"start_time": week_ago, "policy_severities": ["critical"], "resolution_statuses": ["open"]}
    )
    assert list(critical_open)


def test_every_severity_status_and_sensitivity_is_seeded(cyberhaven_mock: MockService) -> None:
    incidents = list(cyberhaven_mock.controller.store["incidents"])
    assert {i["policy"]["severity"] for i in incidents} == SEVERITIES
    assert {i["status"] for i in incidents} == {"open", "closed"}
    assert {i["dataset"]["sensitivity"] for i in incidents} == {"unrestricted", "low", "moderate", "high", "critical"}
    assert {i["warning_status"] for i in incidents} >= {"pending", "shown", "not_applicable"}


def test_host_names_and_os_families(sevco_mock: MockService, cyberhaven_mock: MockService) -> None:
    def like(pattern: str) -> list[str]:
        rule = {"entity_type": "device", "field": "hostnames", "operator": "like", "value": pattern}
        return [
            d.attributes.hostname for d in sevco_mock.client.devices.query(query={"combinator": "and", "rules": [rule]})
        ]

    assert like("web-*") and like("db-*")
    oses = {device["attributes"]["os"].split()[0] for device in sevco_mock.controller.store["devices"]}
    assert {"Windows", "macOS", "Ubuntu", "Red"} <= oses
    endpoints = list(cyberhaven_mock.client.endpoints.list(page_request={"size": 1000}))
    assert {e.os.value for e in endpoints} == {"windows", "macos", "linux"}
    assert any(e.hostname.startswith("web-") for e in endpoints) and any(
        e.hostname.startswith("db-") for e in endpoints
    )


def test_seeded_times_lie_in_the_weeks_before_the_mock_started() -> None:
    app = create_app("cyberhaven")  # the real clock, as `python -m mock_servers` runs
    now = datetime.now(UTC)
    times = [datetime.fromisoformat(i["trigger_time"]) for i in app.state.mock.store["incidents"]]
    assert max(times) <= now and max(times) > now - timedelta(days=2)
    assert min(times) > now - timedelta(days=32)


def test_a_fixed_clock_start_fixes_the_records() -> None:
    start = datetime(2026, 1, 5, 9, 30, tzinfo=UTC).timestamp()
    first = create_app("sevco", clock=MockClock(start=start)).state.mock.store
    time.sleep(0.01)
    second = create_app("sevco", clock=MockClock(start=start + 60)).state.mock.store  # same hour: same data
    assert list(first["devices"]) == list(second["devices"])
    assert first.anchor == "2026-01-05T09:00:00.000Z"
    later = create_app("sevco", clock=MockClock(start=start + 86400)).state.mock.store
    assert [d["last_activity_timestamp"] for d in later["devices"]] != [
        d["last_activity_timestamp"] for d in first["devices"]
    ]


def test_a_test_may_move_the_clock(cyberhaven_mock: MockService) -> None:
    cyberhaven_mock.clock.advance(10 * 86400)  # the plugin moves it back before the next test (below)
    assert cyberhaven_mock.now() > datetime(2026, 3, 12, tzinfo=UTC)


def test_the_plugin_clock_starts_where_the_ini_says(cyberhaven_mock: MockService) -> None:
    # pyproject.toml: mock_clock = "2026-03-02T09:00:00Z" (a running clock from there), whatever the test
    # before did to it
    assert cyberhaven_mock.controller.store.anchor == "2026-03-02T09:00:00.000Z"
    assert cyberhaven_mock.now() - datetime(2026, 3, 2, 9, tzinfo=UTC) < timedelta(hours=1)
