"""Request models: typed for IDEs and mypy (a Literal of the known values), open at runtime (any string
goes out as it was given), and a strict from_dict that says which union variant came closest and why."""

from __future__ import annotations

import copy
import logging
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cyberhaven_client.models import IncidentFilter, ListIncidentsRequest, UpdateIncidentRequest
from sevco_client.api.assets import query_asset_users, query_devices
from sevco_client.models import AssetQueryRequest, Group, Operator, Rule
from sevco_client.types import Unset

from auth_plugins.errors import ModelMismatchError
from tests.contract.recipes import Context

REPO = Path(__file__).resolve().parents[2]

# Queries written the way Sevco's own saved queries are (sevco/Mass-Queries, sevco/Query-Reports, sevco/sfso):
# nested groups, not_like / not_contains, rules with and without entity_type, the UI builder's ids, `valid`,
# `scope`, relative times, tags, and `between` on IP addresses.
QUERIES: list[dict[str, Any]] = [
    {
        "combinator": "and",
        "id": 811,
        "rules": [
            {
                "combinator": "or",
                "rules": [
                    {"field": "os_platform", "operator": "equals", "value": "Windows", "valid": True},
                    {"field": "os_platform", "operator": "equals", "value": "macOS", "valid": True, "id": 812},
                ],
            },
            {
                "combinator": "and",
                "rules": [
                    {"field": "os_release", "operator": "not_like", "value": "Windows 11*", "valid": True},
                    {"field": "os", "operator": "not_contains", "value": "14.5", "valid": False},
                ],
            },
        ],
    },
    {
        "combinator": "and",
        "rules": [
            {
                "entity_type": "device",
                "field": "asset_classification.category",
                "operator": "equals",
                "value": "EnterpriseEndpoint",
                "scope": "ALL",
                "valid": True,
            },
            {
                "entity_type": "device",
                "field": "last_activity_timestamp",
                "operator": "greater",
                "value": {"label": "7 days ago", "raw": "now-7d/d"},
            },
            {
                "entity_type": "device",
                "field": "tag_name",
                "operator": "not_equals",
                "value": {"name": "Exclude", "value": "EPP"},
            },
            {
                "combinator": "or",
                "rules": [
                    {"entity_type": "device", "field": "mac_manufacturers", "operator": "like", "value": "Nest*"},
                    {
                        "entity_type": "device",
                        "field": "ips",
                        "operator": "between",
                        "value": {"greater_equals": "10.0.0.0", "less_equals": "10.255.255.255"},
                    },
                ],
            },
        ],
    },
]


@pytest.mark.parametrize("query", QUERIES)
def test_sevco_queries_round_trip_strictly(query: dict[str, Any]) -> None:
    body = {"query": query, "pagination": {}}
    parsed = AssetQueryRequest.from_dict(body, strict=True)
    assert parsed.to_dict() == body
    _same_tree(parsed.query, query)


def _same_tree(parsed: Any, raw: dict[str, Any]) -> None:
    """A group of the JSON is a Group, a rule a Rule, at every depth (anyOf [Rule, Group] resolved right)."""
    if "combinator" in raw:
        assert isinstance(parsed, Group), parsed
        for item, raw_item in zip(parsed.rules, raw["rules"], strict=True):
            _same_tree(item, raw_item)
    else:
        assert isinstance(parsed, Rule), parsed


@pytest.mark.parametrize("query", QUERIES)
def test_the_mock_accepts_sevco_queries(query: dict[str, Any], connected: Callable[..., Context]) -> None:
    client = connected("sevco").client
    body = AssetQueryRequest.from_dict({"query": query, "limit": 5})
    devices = query_devices.sync_detailed(client=client, body=body)
    users = query_asset_users.sync_detailed(client=client, body=body)
    assert devices.status_code == 200 and users.status_code == 200


@pytest.mark.parametrize(
    ("operator", "negation", "value"), [("like", "not_like", "Windows*"), ("contains", "not_contains", "mac")]
)
def test_the_mock_applies_the_negated_operators(
    operator: str, negation: str, value: str, connected: Callable[..., Context]
) -> None:
    client = connected("sevco").client

    def total(op: str) -> int:
        body = {"query": {"combinator": "and", "rules": [{"field": "os", "operator": op, "value": value}]}}
        page = query_devices.sync(client=client, body=AssetQueryRequest.from_dict({**body, "limit": 1}))
        assert not isinstance(page.pagination, Unset) and isinstance(page.pagination.total, int)
        return page.pagination.total

    everything = total("not_equals") + total("equals")  # `equals` of a wildcard matches nothing
    assert 0 < total(operator) < everything
    assert total(operator) + total(negation) == everything


def test_a_rule_takes_known_and_unknown_operator_strings() -> None:
    known = Rule(field="os", operator="not_like", value="Windows 10*")
    member = Rule(field="os", operator=Operator.NOT_LIKE, value="Windows 10*")
    unknown = Rule(field="os", operator="matches_regex", value="^Win")  # type: ignore[arg-type]
    assert known.to_dict() == member.to_dict() == {"field": "os", "operator": "not_like", "value": "Windows 10*"}
    assert unknown.to_dict()["operator"] == "matches_regex"
    assert type(member.to_dict()["operator"]) is str  # the value, not the enum member


def test_enum_lists_and_fields_of_cyberhaven_requests_take_strings() -> None:
    body = ListIncidentsRequest(
        filter_=IncidentFilter(policy_severities=["high", "critical"], resolution_statuses=["open"])
    )
    assert body.to_dict() == {"filter": {"policy_severities": ["high", "critical"], "resolution_statuses": ["open"]}}
    update = UpdateIncidentRequest(status="closed", close_reason="invalid_data_mislabled", close_note="dup")
    assert update.to_dict() == {"status": "closed", "close_reason": "invalid_data_mislabled", "close_note": "dup"}


def test_from_dict_keeps_an_unlisted_operator_when_lenient_and_names_it_when_strict(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = {"query": {"combinator": "and", "rules": [{"field": "os", "operator": "lik", "value": "x"}]}}
    with caplog.at_level(logging.WARNING, logger="client_runtime.parsing"):
        lenient = AssetQueryRequest.from_dict(copy.deepcopy(body))
    assert lenient.to_dict() == body
    rule = lenient.query.rules[0]
    assert isinstance(rule, Rule) and rule.operator == "lik" and not isinstance(rule.operator, Operator)
    assert not caplog.records, "an unlisted enum value is not a mismatch when lenient"
    with pytest.raises(ModelMismatchError) as caught:
        AssetQueryRequest.from_dict(body, strict=True)
    error = caught.value
    assert error.pointer == "/query/rules/0" and error.closest == "Rule"
    assert error.cause is not None and error.cause.pointer == "/query/rules/0/operator"
    assert "'not_like'" in error.cause.expected and error.cause.got == "string 'lik'"
    assert "closest variant Rule fails at /query/rules/0/operator" in str(error)


def test_a_union_names_the_closest_variant_not_the_last_one_tried() -> None:
    group_like = {"combinator": "xor", "rules": []}  # a Group with a combinator no enum lists
    body = {"query": {"combinator": "and", "rules": [group_like]}}
    with pytest.raises(ModelMismatchError) as caught:
        AssetQueryRequest.from_dict(body, strict=True)
    assert caught.value.closest == "Group"
    assert caught.value.cause is not None and caught.value.cause.pointer == "/query/rules/0/combinator"


def test_mypy_checks_enum_fields_against_the_known_values(tmp_path: Path) -> None:
    snippet = tmp_path / "uses_models.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from cyberhaven_client.models import IncidentFilter, UpdateIncidentRequest
            from sevco_client.models import Operator, Rule

            Rule(field="os", operator="not_like", value="x")
            Rule(field="os", operator=Operator.LIKE, value="x")
            IncidentFilter(policy_severities=["high", "critical"])
            UpdateIncidentRequest(status="closed")
            Rule(field="os", operator="lik", value="x")  # typo: line 9
            IncidentFilter(policy_severities=["hihg"])  # typo: line 10
            """
        ),
        encoding="utf-8",
    )
    # in a process of its own, as a user runs it: mypy's API raises the interpreter's recursion limit to 16,384
    # and leaves it there, and later tests of JSON nested 10,000 deep then parse what should fail
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            str(snippet),
            "--strict",
            "--no-incremental",
            "--config-file",
            str(REPO / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    out, status = done.stdout, done.returncode
    assert status == 1, out
    flagged = {int(line.split(":")[1]) for line in out.splitlines() if line.startswith(str(snippet))}
    assert flagged == {9, 10}, out
