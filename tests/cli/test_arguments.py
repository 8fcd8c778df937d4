"""From command-line values to a resource call, and records to output, in-process (the subprocess tests run them
through the console scripts; these pin the rules one by one)."""

from __future__ import annotations

import io
import json

import pytest
import typer

from cli_runtime.arguments import build_call, json_parser, list_parser
from cli_runtime.output import Format, masked, value_at, writer
from cli_runtime.spec import Command, Option, Where

SEVERITIES = Option(
    "policy-severities",
    argument="filter",
    path=("policy_severities",),
    kind="array",
    items="string",
    choices=("low", "high", "critical"),
)
SIZE = Option("size", argument="page_request", path=("size",), kind="integer")
QUERY = Option("query", argument="query", kind="json")
WHERE = Where(argument="query", operators=("like", "contains", "greater"), constants={"entity_type": "device"})
LIST = Command(
    "incidents",
    "list",
    "list_incidents",
    "POST /x",
    options=(SEVERITIES, SIZE),
    has_body=True,
    body_fields={"filter": "filter", "page_request": "page_request"},
)
QUERY_DEVICES = Command(
    "devices",
    "query",
    "query_devices",
    "POST /y",
    options=(QUERY,),
    has_body=True,
    body_fields={"query": "query", "limit": "request_limit"},
    where=WHERE,
)


def test_arrays_from_comma_lists_and_repeated_flags_over_the_body() -> None:
    values = [list_parser(SEVERITIES)("critical,high"), list_parser(SEVERITIES)("low")]
    call = build_call(LIST, [], {SEVERITIES: values, SIZE: 5}, body={"filter": {"users": ["a"]}, "page_request": {}})
    assert call.kwargs == {
        "filter": {"users": ["a"], "policy_severities": ["critical", "high", "low"]},
        "page_request": {"size": 5},
    }
    with pytest.raises(typer.BadParameter, match="'urgent' is not one of low, high, critical"):
        list_parser(SEVERITIES)("high,urgent")


def test_body_fields_go_to_their_renamed_arguments_and_unknown_ones_are_refused() -> None:
    call = build_call(QUERY_DEVICES, [], {}, body={"limit": 3})
    assert call.kwargs["request_limit"] == 3
    with pytest.raises(typer.BadParameter, match=r"no field 'limt'.*fields: query, limit"):
        build_call(QUERY_DEVICES, [], {}, body={"limt": 3})
    with pytest.raises(typer.BadParameter, match="must be a JSON object"):
        build_call(QUERY_DEVICES, [], {}, body=[1])


def test_where_builds_the_rule_group_with_json_values_and_the_constants() -> None:
    call = build_call(
        QUERY_DEVICES,
        [],
        {},
        where=["hostnames like web-*", "source_count greater 2", 'os contains "22.04"', "ips contains 10.0.0.1 or so"],
    )
    assert call.kwargs["query"] == {
        "combinator": "and",
        "rules": [
            {"entity_type": "device", "field": "hostnames", "operator": "like", "value": "web-*"},
            {"entity_type": "device", "field": "source_count", "operator": "greater", "value": 2},
            {"entity_type": "device", "field": "os", "operator": "contains", "value": "22.04"},
            {"entity_type": "device", "field": "ips", "operator": "contains", "value": "10.0.0.1 or so"},
        ],
    }
    assert build_call(QUERY_DEVICES, [], {}, where=["a like b"], any_of=True).kwargs["query"]["combinator"] == "or"
    assert build_call(QUERY_DEVICES, [], {}).kwargs["query"] == {"combinator": "and", "rules": []}
    with pytest.raises(typer.BadParameter, match="'FIELD OPERATOR VALUE'"):
        build_call(QUERY_DEVICES, [], {}, where=["hostnames like"])
    with pytest.raises(typer.BadParameter, match="not both"):
        build_call(QUERY_DEVICES, [], {QUERY: {"combinator": "or", "rules": []}}, where=["a like b"])
    with pytest.raises(typer.BadParameter, match="takes no rule-group query"):
        build_call(LIST, [], {}, where=["a like b"])


def test_json_options_read_text_and_files(tmp_path: pytest.TempPathFactory) -> None:
    assert json_parser("query")('{"a": [1]}') == {"a": [1]}
    with pytest.raises(typer.BadParameter, match="not JSON"):
        json_parser("query")("{a")
    with pytest.raises(typer.BadParameter, match="cannot read"):
        json_parser("query")("@/no/such/file.json")


def test_records_are_written_as_sent_except_the_fields_the_spec_marks_secret() -> None:
    record = {"access_token": "t0k", "nested": {"list": [{"secret": "s", "keep": 1.50}]}, "when": "2026-01-01T00:00Z"}
    sensitive = [("access_token",), ("nested", "list", "*", "secret")]
    assert masked(record, sensitive) == {
        "access_token": "***",
        "nested": {"list": [{"secret": "***", "keep": 1.5}]},
        "when": "2026-01-01T00:00Z",
    }
    assert record["access_token"] == "t0k"  # a copy: the record itself is untouched
    out = io.StringIO()
    writer(Format.NDJSON, out, columns=[], sensitive=sensitive, terminal=False).records([record, {"é": None}])
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [masked(record, sensitive), {"é": None}]
    assert "é" in out.getvalue()  # not escaped
    assert value_at({"a": {"b": [{"c": 3}]}}, "a.b.0.c") == 3 and value_at({"a": 1}, "a.b") is None


def test_json_output_is_one_array_over_many_pages() -> None:
    out = io.StringIO()
    json_writer = writer(Format.JSON, out, columns=[], sensitive=[], terminal=False)
    json_writer.records([{"n": 1}, {"n": 2}])
    json_writer.records([{"n": 3}])
    json_writer.close()
    assert json.loads(out.getvalue()) == [{"n": 1}, {"n": 2}, {"n": 3}]
    empty = io.StringIO()
    writer(Format.JSON, empty, columns=[], sensitive=[], terminal=False).close()
    assert json.loads(empty.getvalue()) == []
