"""Every response model of both APIs, at any depth: lenient parsing keeps whatever the server sent and
to_dict() gives it back; strict parsing raises ModelMismatchError at the JSON pointer of the surprise.
The bodies come from tests/models/surprises.py; the spec (jsonschema) says which changes break it."""

from __future__ import annotations

import logging
from enum import Enum
from typing import Any

import pytest

from auth_plugins.errors import ModelMismatchError
from client_runtime.parsing import reset_mismatch_warnings
from tests.generated_models import as_instants, models

from .surprises import (
    MODELS,
    UNKNOWN_ENUM_VALUE,
    complete_body,
    enum_places,
    nulls,
    nulls_cases,
    problems,
    unknown_enum_values,
    with_value,
    wrong_type_cases,
    wrong_types,
)

IDS = [f"{api}-{name}" for api, name in MODELS]
# the models with an enum among their own fields (the others would give the enum tests nothing to check)
ENUM_MODELS = [(api, name) for api, name in MODELS if enum_places(api, name)]
ENUM_IDS = [f"{api}-{name}" for api, name in ENUM_MODELS]
LOGGER = "client_runtime.parsing"


def _model(api: str, component: str) -> Any:
    return getattr(models(api), component)


def _pointers(error: ModelMismatchError) -> list[str]:
    """The pointer of a strict error and of the closest variants' failures under it (unions)."""
    found = [error.pointer]
    while error.cause is not None:
        error = error.cause
        found.append(error.pointer)
    return found


@pytest.mark.parametrize(("api", "component"), MODELS, ids=IDS)
def test_the_unchanged_body_parses_both_ways(api: str, component: str) -> None:
    body = complete_body(api, component)
    model = _model(api, component)
    assert as_instants(model.from_dict(body).to_dict()) == as_instants(body)
    assert as_instants(model.from_dict(body, strict=True).to_dict()) == as_instants(body)


DEEP = [
    ("cyberhaven", "ListIncidentsResponse"),
    ("cyberhaven", "EventDetailsResponse"),
    ("sevco", "DeviceQueryResponse"),
]


@pytest.mark.parametrize(("api", "component"), MODELS, ids=IDS)
def test_null_anywhere(api: str, component: str, caplog: pytest.LogCaptureFixture) -> None:
    _check_nulls(api, component, nulls_cases(api, component), caplog)


@pytest.mark.parametrize(("api", "component"), DEEP, ids=[f"{api}-{name}" for api, name in DEEP])
def test_null_deep_inside_a_page(api: str, component: str, caplog: pytest.LogCaptureFixture) -> None:
    cases = list(nulls(api, component, deep=15))
    assert min(pointer.count("/") for pointer, _, _ in cases) >= 4
    _check_nulls(api, component, cases, caplog)


def _check_nulls(api: str, component: str, cases: list[Any], caplog: pytest.LogCaptureFixture) -> None:
    model = _model(api, component)
    for pointer, body, allowed in cases:
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            parsed = model.from_dict(body)
        assert as_instants(parsed.to_dict()) == as_instants(body), pointer
        if allowed:
            model.from_dict(body, strict=True)
        else:
            with pytest.raises(ModelMismatchError) as caught:
                model.from_dict(body, strict=True)
            assert pointer in _pointers(caught.value), (pointer, str(caught.value))
    assert not caplog.records, "a null is accepted without a warning"


@pytest.mark.parametrize(("api", "component"), ENUM_MODELS, ids=ENUM_IDS)
def test_unknown_enum_values_everywhere(api: str, component: str, caplog: pytest.LogCaptureFixture) -> None:
    model = _model(api, component)
    body, pointers = unknown_enum_values(api, component)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        parsed = model.from_dict(body)
    assert as_instants(parsed.to_dict()) == as_instants(body)
    assert not caplog.records, "an unlisted enum value is accepted without a warning"
    for pointer in pointers:  # each kept as the exact string, never an enum member
        assert _attribute_at(parsed, pointer) == UNKNOWN_ENUM_VALUE
        assert not isinstance(_attribute_at(parsed, pointer), Enum)


@pytest.mark.parametrize(("api", "component"), ENUM_MODELS, ids=ENUM_IDS)
def test_strict_names_each_closed_enum_that_gets_an_unlisted_value(api: str, component: str) -> None:
    model = _model(api, component)
    body = complete_body(api, component)
    for pointer in enum_places(api, component):
        changed = with_value(body, pointer, UNKNOWN_ENUM_VALUE)
        if problems(api, component, changed):  # a closed enum here
            with pytest.raises(ModelMismatchError) as caught:
                model.from_dict(changed, strict=True)
            assert pointer in _pointers(caught.value)
            assert "one of" in str(caught.value)
        else:  # open (anyOf [enum, string]): any string fits
            model.from_dict(changed, strict=True)


def test_both_apis_have_models_with_enums() -> None:
    assert {api for api, _ in ENUM_MODELS} == {api for api, _ in MODELS}


@pytest.mark.parametrize(("api", "component"), MODELS, ids=IDS)
def test_a_value_of_the_wrong_type_is_kept_reported_once_and_strict_raises(
    api: str, component: str, caplog: pytest.LogCaptureFixture
) -> None:
    _check_wrong_types(api, component, wrong_type_cases(api, component), caplog)


@pytest.mark.parametrize(("api", "component"), DEEP, ids=[f"{api}-{name}" for api, name in DEEP])
def test_a_value_of_the_wrong_type_deep_inside_a_page(
    api: str, component: str, caplog: pytest.LogCaptureFixture
) -> None:
    cases = list(wrong_types(api, component, deep=15))
    assert min(pointer.count("/") for pointer, _ in cases) >= 4
    _check_wrong_types(api, component, cases, caplog)


def _check_wrong_types(api: str, component: str, cases: list[Any], caplog: pytest.LogCaptureFixture) -> None:
    model = _model(api, component)
    for pointer, body in cases:
        reset_mismatch_warnings()
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            parsed = model.from_dict(body)
            again = model.from_dict(body)
        assert as_instants(parsed.to_dict()) == as_instants(body), pointer
        assert as_instants(again.to_dict()) == as_instants(body), pointer
        messages = [record.getMessage() for record in caplog.records]
        assert len(messages) == 1, (pointer, messages)  # once per model and field, not once per parse
        assert f"{component}.from_dict" in messages[0] and f"at {pointer}" in messages[0], (pointer, messages)
        with pytest.raises(ModelMismatchError) as caught:
            model.from_dict(body, strict=True)
        assert pointer in _pointers(caught.value), (pointer, str(caught.value))
        assert caught.value.expected and caught.value.got


def _attribute_at(parsed: Any, pointer: str) -> Any:
    """Follow a JSON pointer through parsed models (their JSON names) and lists."""
    node = parsed
    for key in pointer.split("/")[1:]:
        key = key.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(key)]
        else:
            shape = node._json_shape()
            node = getattr(node, shape.by_json[key].attr) if key in shape.by_json else node.additional_properties[key]
    return node
