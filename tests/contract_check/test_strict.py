"""One answer against a small spec, in strict terms: each kind of drift where it is, with the schema it concerns,
and no drift where the spec leaves room (open maps, listed values, nulls it allows)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from contract_check.analysis import ResponseCheck
from contract_check.plan import read_operations
from contract_check.schemas import Coverage, StrictSpec

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"X-Left": {"$ref": "#/components/headers/X-Left"}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Things"}}},
                    },
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            }
        }
    },
    "components": {
        "headers": {"X-Left": {"schema": {"type": "integer"}}},
        "responses": {
            "NotFound": {
                "description": "no",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        },
        "schemas": {
            "Color": {"type": "string", "enum": ["red", "blue"]},
            "Error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}},
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "color": {"anyOf": [{"$ref": "#/components/schemas/Color"}, {"type": "string"}]},
                    "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]},
                    "size": {"type": ["integer", "null"]},
                    "weight": {"type": "number"},
                    "seen": {"type": "string", "format": "date-time"},
                    "mail": {"type": "string", "format": "email"},
                    "tags": {"type": "object", "additionalProperties": {"type": "string"}},
                    "extra": {"type": "object", "additionalProperties": True, "properties": {"a": {"type": "string"}}},
                    "secret": {"type": "string", "format": "password"},
                },
            },
            "Things": {
                "type": "object",
                "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}},
            },
        },
    },
}
THING = "/components/schemas/Thing"


def answer(status: int, body: Any, headers: dict[str, str] | None = None) -> list[tuple[str, str, str, str]]:
    coverage = Coverage()
    checker = ResponseCheck(SPEC, StrictSpec(SPEC), coverage)
    (operation,) = read_operations(SPEC)
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    checked = checker.check(operation, status, httpx.Headers({"X-Left": "5"} if headers is None else headers), content)
    return sorted((p.kind, p.pointer, p.schema, p.subject) for p in checked.problems)


def things(**fields: Any) -> dict[str, Any]:
    return {"items": [{"id": "t1", **fields}]}


def test_an_answer_that_fits_has_no_problem() -> None:
    body = things(color="red", owner=None, size=None, weight=1, seen="2024-05-01T00:00:00Z", mail="a@b.c",
                  tags={"any": "x"}, extra={"a": "x", "b": 1}, secret="s")  # fmt: skip
    assert answer(200, body) == []


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"colour": "red"}, ("unknown-field", "/items/0/colour", THING, "colour")),
        (
            {"owner": {"name": "n", "phone": "1"}},
            ("unknown-field", "/items/0/owner/phone", "/components/schemas/Owner", "phone"),
        ),
        ({"color": "green"}, ("unknown-enum-value", "/items/0/color", "/components/schemas/Color", "'green'")),
        ({"color": 3}, ("type-mismatch", "/items/0/color", f"{THING}/properties/color", "integer")),
        ({"weight": "8.7"}, ("type-mismatch", "/items/0/weight", f"{THING}/properties/weight", "string")),
        ({"weight": None}, ("unexpected-null", "/items/0/weight", f"{THING}/properties/weight", "null")),
        ({"owner": "n"}, ("type-mismatch", "/items/0/owner", f"{THING}/properties/owner", "string")),
        ({"seen": "yesterday"}, ("type-mismatch", "/items/0/seen", f"{THING}/properties/seen", "date-time")),
        ({"mail": "nobody"}, ("constraint-violated", "/items/0/mail", f"{THING}/properties/mail", "format")),
        ({"id": None}, ("unexpected-null", "/items/0/id", f"{THING}/properties/id", "null")),
    ],
)
def test_each_kind_of_drift_is_found_where_it_is(fields: dict[str, Any], problem: tuple[str, str, str, str]) -> None:
    assert answer(200, things(**fields)) == [problem]


def test_a_missing_required_field() -> None:
    assert answer(200, {"items": [{"color": "red"}]}) == [("required-field-missing", "/items/0/id", THING, "id")]


def test_a_body_of_another_kind_or_not_json_is_malformed() -> None:
    assert answer(200, [1]) == [("malformed-body", "", "/components/schemas/Things", "array")]
    assert [p[0] for p in answer(200, b"<html>")] == ["malformed-body"]


def test_headers_absent_or_unreadable() -> None:
    assert answer(200, things(), headers={}) == [("header-missing", "", "/components/headers/X-Left", "X-Left")]
    assert answer(200, things(), headers={"X-Left": "many"}) == [
        ("header-mismatch", "", "/components/headers/X-Left", "X-Left")
    ]


def test_statuses_and_error_bodies() -> None:
    assert answer(404, {"message": "gone"}) == []
    assert answer(404, {"msg": "gone"}) == [
        ("error-body-mismatch", "/message", "/components/schemas/Error", "required-field-missing message"),
        ("error-body-mismatch", "/msg", "/components/schemas/Error", "unknown-field msg"),
    ]
    assert answer(418, {"message": "teapot"}) == [("undocumented-status", "", "/paths/~1things/get/responses", "418")]
    assert answer(201, {}) == [("undocumented-success", "", "/paths/~1things/get/responses", "201")]


def test_coverage_says_which_documented_fields_never_came() -> None:
    spec = StrictSpec(SPEC)
    coverage = Coverage()
    coverage.observe(spec, "/components/schemas/Things", {"items": [{"id": "a", "owner": None, "secret": "pw-1"}]})

    assert coverage.objects(THING) == 1
    assert "color" in coverage.never_seen()[THING] and "id" not in coverage.never_seen()[THING]
    assert coverage.only_null() == {THING: ("owner",)}
    assert set(coverage.passwords) == {"pw-1"}
