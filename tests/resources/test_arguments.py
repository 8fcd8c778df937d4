"""Arguments of resource methods: plain dicts, lists and strings convert to the generated models; a bad
value fails before anything is sent, with an error naming the field path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cyberhaven_client.errors import InvalidArgumentError as CyberhavenInvalidArgument
from cyberhaven_client.models import IncidentFilter, IncidentStatus, PolicySeverity
from sevco_client.errors import APIError, InvalidArgumentError

from mock_servers.pytest_plugin import MockService


def test_dicts_and_strings_filter_like_models(cyberhaven_mock: MockService) -> None:
    incidents = cyberhaven_mock.client.incidents
    since = cyberhaven_mock.now() - timedelta(days=7)
    as_dicts = [
        i.id
        for i in incidents.list(
            filter={
                "policy_severities": ["critical", "high"],
                "resolution_statuses": ["open"],
                "start_time": since.isoformat().replace("+00:00", "Z"),
            }
        )
    ]
    as_models = [
        i.id
        for i in incidents.list(
            filter=IncidentFilter(
                policy_severities=[PolicySeverity.CRITICAL, PolicySeverity.HIGH],
                resolution_statuses=[IncidentStatus.OPEN],
                start_time=since,
            )
        )
    ]
    mixed = [
        i.id
        for i in incidents.list(
            filter={
                "policy_severities": [PolicySeverity.CRITICAL, "high"],
                "resolution_statuses": ["open"],
                "start_time": since,
            }
        )
    ]
    expected = sorted(
        record["id"]
        for record in cyberhaven_mock.controller.store["incidents"]
        if record["policy"]["severity"] in ("critical", "high")
        and record["status"] == "open"
        and datetime.fromisoformat(record["trigger_time"]) >= since
    )
    assert expected, "the seeded data has open critical/high incidents in the last week"
    assert sorted(as_dicts) == sorted(as_models) == sorted(mixed) == expected


def test_sevco_rule_tree_as_plain_data(sevco_mock: MockService) -> None:
    query = {
        "combinator": "and",
        "rules": [
            {"entity_type": "device", "field": "hostnames", "operator": "like", "value": "web-*"},
            {
                "combinator": "or",
                "rules": [{"entity_type": "device", "field": "os", "operator": "contains", "value": "Ubuntu"}],
            },
        ],
    }
    found = list(sevco_mock.client.devices.query(query=query))
    assert found and all(d.attributes.hostname.startswith("web-") and "Ubuntu" in d.attributes.os for d in found)


@pytest.mark.parametrize(
    ("filter_", "field", "says"),
    [
        ({"policy_severities": ["crit"]}, "filter.policy_severities[0]", "'critical'"),
        ({"start_time": "last tuesday"}, "filter.start_time", "date-time"),
        ({"start_time": datetime(2026, 3, 1)}, "filter.start_time", "timezone"),
        ({"hostnames": "web-1"}, "filter.hostnames", "array"),
        ({"users": [object()]}, "filter.users[0]", "not JSON data"),
    ],
)
def test_a_bad_value_names_its_field_and_nothing_is_sent(
    cyberhaven_mock: MockService, filter_: dict[str, object], field: str, says: str
) -> None:
    with pytest.raises(CyberhavenInvalidArgument) as caught:
        cyberhaven_mock.client.incidents.list(filter=filter_)
    assert caught.value.field == field
    assert field in str(caught.value) and says in str(caught.value)
    assert caught.value.operation == "list_incidents"
    assert isinstance(caught.value, ValueError)
    assert cyberhaven_mock.stats()["requests"] == {}


def test_nested_and_top_level_errors_in_sevco(sevco_mock: MockService) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        sevco_mock.client.devices.query(query={"combinator": "nand", "rules": []})
    assert caught.value.field == "query.combinator" and "'and', 'or'" in str(caught.value)
    with pytest.raises(InvalidArgumentError) as caught:
        sevco_mock.client.devices.query(query={"combinator": "and", "rules": []}, request_limit=0)
    assert caught.value.field == "request_limit"  # the spec's `limit`, renamed by x-resource.arguments
    with pytest.raises(APIError):
        sevco_mock.client.orgs.delete(id=None)  # the body's required id: refused, not sent
    assert sevco_mock.stats()["requests"] == {}


def test_an_update_takes_enum_strings_and_returns_the_parsed_model(cyberhaven_mock: MockService) -> None:
    incident = next(iter(cyberhaven_mock.client.incidents.list(filter={"resolution_statuses": ["open"]})))
    answer = cyberhaven_mock.client.incidents.update(
        incident.id, status="closed", close_reason="valid", close_note="confirmed with the user"
    )
    (updated,) = answer.resources
    assert updated.status == IncidentStatus.CLOSED and updated.close_note == "confirmed with the user"
    stored = cyberhaven_mock.controller.store["incidents"].get(incident.id)
    assert stored is not None and stored["status"] == "closed"
    with pytest.raises(CyberhavenInvalidArgument) as caught:
        cyberhaven_mock.client.incidents.update(incident.id, close_reason="because")
    assert caught.value.field == "close_reason"


def test_aware_datetimes_of_any_zone_convert() -> None:
    from client_runtime.arguments import to_json

    moment = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    assert to_json({"a": [moment, PolicySeverity.LOW]}) == {"a": ["2026-03-01T12:00:00+00:00", "low"]}
