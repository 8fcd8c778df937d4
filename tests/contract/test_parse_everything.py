"""Client parses everything the spec allows, strictly. Bodies drawn from the specs' schemas
(tests/contract/response_bodies.py) go through the generated parsing - each operation's own, and
each response object's model with every field present, with nulls, with unknown fields and with
every enum value - and to_dict() gives the same JSON back."""

from __future__ import annotations

from enum import Enum
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import PythonIdentifier

from auth_plugins.errors import ErrorsInBodyError
from tests.generated_models import as_instants, endpoint_module, models, package, to_plain

from .response_bodies import (
    UNKNOWN_FIELD,
    component_bodies,
    enum_values,
    operation_bodies,
    response_components,
    success_schemas,
    variants,
)
from .spec_tools import APIS, response_problems, schema_problems, spec

OPERATIONS = [(api, operation_id) for api in APIS for operation_id in success_schemas(api)]
COMPONENTS = [
    (api, name, variant)
    for api in APIS
    for name, schema in response_components(api).items()
    for variant in variants(schema)
]


def _examples(count: int) -> settings:
    return settings(
        max_examples=count,
        deadline=None,
        derandomize=True,  # the same bodies every run
        database=None,
        phases=[Phase.explicit, Phase.generate],  # shrinking these bodies takes minutes; the first failure is shown
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


@pytest.mark.parametrize(("api", "operation_id"), OPERATIONS, ids=["-".join(case) for case in OPERATIONS])
def test_operation_parses_what_its_schema_allows(api: str, operation_id: str) -> None:
    status, _ = success_schemas(api)[operation_id]
    module, client = endpoint_module(api, operation_id), _client(api)

    @_examples(10)
    @given(body=operation_bodies(api, operation_id))
    def parses(body: Any) -> None:
        assert response_problems(api, operation_id, status, body) == []  # the draw fits the spec as written
        response = httpx.Response(status, json=body, request=httpx.Request("GET", "http://127.0.0.1/"))
        if _failure_without_payload(api, operation_id, body):  # x-errors-in-body: not an empty success
            with pytest.raises(ErrorsInBodyError):
                module._build_response(client=client, response=response)
            return

        parsed = module._build_response(client=client, response=response).parsed  # what sync() returns

        assert parsed is not None
        assert as_instants(to_plain(parsed)) == as_instants(body)

    parses()


@pytest.mark.parametrize(("api", "component", "variant"), COMPONENTS, ids=["-".join(case) for case in COMPONENTS])
def test_model_parses_every_field_null_unknown_and_enum_value(api: str, component: str, variant: str) -> None:
    model = getattr(models(api), component)
    narrowed = variants(response_components(api)[component])[variant]

    @_examples(2)
    @given(body=component_bodies(api, component, variant))
    def parses(body: Any) -> None:
        assert schema_problems(api, f"/components/schemas/{component}", body) == []

        parsed = model.from_dict(body, strict=True)

        assert as_instants(parsed.to_dict()) == as_instants(body)
        for name, value in _pinned_enum_values(narrowed).items():  # a known value is the enum, not a str
            attribute = getattr(parsed, PythonIdentifier(name, "field_"))  # generator/configs: field_prefix
            members = attribute if isinstance(attribute, list) else [attribute]
            assert all(isinstance(m, Enum) and m.value == value for m in members), (name, attribute)

    parses()


def _failure_without_payload(api: str, operation_id: str, body: Any) -> bool:
    """The spec's x-errors-in-body rule, read from the document: a failed entry and no payload."""
    rule = spec(api).get("x-errors-in-body")
    if rule is None or not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        return False
    name = rule["errors"].strip("/")
    assert name == "errors" and rule["payload"].count("/") == 1, "this check reads top-level pointers only"
    failed = [e for e in body[name] if not (isinstance(e, dict) and e.get(rule["code"]) in rule["ok-codes"])]
    return bool(failed) and body.get(rule["payload"].strip("/")) is None


def _pinned_enum_values(schema: dict[str, Any]) -> dict[str, Any]:
    """Property -> the enum value a complete-<k> variant pinned it to (directly, in a union, or as items)."""
    pinned = {}
    for name, node in schema["properties"].items():
        for candidate in [node, *node.get("anyOf", []), *node.get("oneOf", []), node.get("items") or {}]:
            if "const" in candidate:
                pinned[name] = candidate["const"]
    return pinned


def test_variants_pin_every_enum_value_a_response_can_carry() -> None:
    for api in APIS:  # Sevco's responses carry one (OperatingSystem); Cyberhaven's carry nine
        carried = set().union(*(enum_values(schema) for _, schema in success_schemas(api).values()))
        pinned = {
            value
            for schema in response_components(api).values()
            for name, narrowed in variants(schema).items()
            if name.startswith("complete-")
            for value in _pinned_enum_values(narrowed).values()
        }
        assert carried <= pinned, (api, sorted(map(str, carried - pinned)))
    assert enum_values(success_schemas("cyberhaven")["list_incidents"][1])


def test_variants_draw_what_they_promise() -> None:
    schema = response_components("cyberhaven")["Incident"]
    complete = _one(component_bodies("cyberhaven", "Incident", "complete-0"))
    nulls = _one(component_bodies("cyberhaven", "Incident", "nulls"))

    assert UNKNOWN_FIELD in complete and set(schema["properties"]) <= set(complete)
    assert all(value is not None for name, value in complete.items() if name != UNKNOWN_FIELD)
    nullable = {name for name, node in variants(schema)["nulls"]["properties"].items() if node == {"type": "null"}}
    assert {"resolution_time", "close_reason"} <= nullable
    assert {name for name, value in nulls.items() if value is None} == nullable


def _one(strategy: st.SearchStrategy[Any]) -> Any:
    found: list[Any] = []

    @_examples(1)
    @given(strategy)
    def draw(value: Any) -> None:
        found.append(value)

    draw()
    return found[0]


def _client(api: str) -> Any:
    return package(api).Client(base_url="http://127.0.0.1", strict=True)
