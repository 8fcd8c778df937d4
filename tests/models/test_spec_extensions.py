"""The extensions this work added fail generation with a clear message when misspelt or inconsistent:
x-errors-in-body, security alternatives, x-token-exchange.request-field-aliases, x-source."""

from __future__ import annotations

from typing import Any

import pytest

from generator.specfile import load, spec_path
from tests.generator.spec_problems import problems_at


def test_a_misspelt_errors_in_body_key_is_rejected() -> None:
    spec = load(spec_path("cyberhaven"))
    spec["x-errors-in-body"]["ok_codes"] = spec["x-errors-in-body"].pop("ok-codes")
    problems = problems_at(spec)
    assert "'ok-codes' is a required property" in problems["/x-errors-in-body"]


def test_errors_in_body_needs_the_payload_in_every_body_that_declares_errors() -> None:
    spec = load(spec_path("cyberhaven"))
    del spec["components"]["schemas"]["EventLineageResponse"]["properties"]["resources"]
    problems = problems_at(spec)
    assert "get_event_lineage does not declare /resources" in problems["/x-errors-in-body/payload"]


def test_errors_in_body_must_point_at_a_declared_list() -> None:
    spec = load(spec_path("cyberhaven"))
    spec["x-errors-in-body"]["errors"] = "/error_list"
    problems = problems_at(spec)
    assert "no success response of any operation declares /error_list" in problems["/x-errors-in-body/errors"]


def test_a_security_alternative_names_one_scheme() -> None:
    spec = load(spec_path("sevco"))
    spec["security"] = [{"ApiToken": [], "Jwt": []}]
    problems = problems_at(spec)
    assert "exactly one scheme" in problems["/security/0"]


def test_request_field_aliases_are_a_list_of_names() -> None:
    spec = load(spec_path("cyberhaven"))
    spec["components"]["securitySchemes"]["AccessToken"]["x-token-exchange"]["request-field-aliases"] = "refresh_token"
    problems = problems_at(spec)
    where = "/components/securitySchemes/AccessToken/x-token-exchange/request-field-aliases"
    assert "is not of type 'array'" in problems[where]


@pytest.mark.parametrize(
    "source",
    ["guessed", "sevco Mass-Queries", ["sevco/sfso:a b"], [], "observed yesterday", "observed 2026-13-01",
     "observed 2026-03-02 by me", ["inferred", "inferred"]],
)  # fmt: skip
def test_x_source_names_a_public_source_or_says_inferred(source: Any) -> None:
    spec = load(spec_path("sevco"))
    spec["components"]["schemas"]["Operator"]["x-source"] = source
    problems = problems_at(spec)
    assert "/components/schemas/Operator/x-source" in problems


@pytest.mark.parametrize(
    "source",
    [
        "observed 2026-03-02",
        ["sevco/Mass-Queries:queries.yaml", "observed 2026-03-02"],
        ["inferred", "observed 2026-12-31"],
    ],
)
def test_x_source_may_say_observed_on_a_day(source: Any) -> None:
    """What `api-contract-check --suggest` writes: a fact seen in a tenant's answers, alone or beside others."""
    spec = load(spec_path("sevco"))
    spec["components"]["schemas"]["Operator"]["x-source"] = source
    assert problems_at(spec) == {}


def test_every_new_sevco_route_says_where_it_comes_from() -> None:
    spec = load(spec_path("sevco"))
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                assert "x-source" in operation or "x-source-note" in operation, (method, path)
