"""A body that fits the spec, and the everyday surprises lenient mode accepts silently (nulls, enum values
the spec does not list), parse on the generated fast path alone: the careful, pointer-tracking path runs
only when a value of the wrong type comes. That is what keeps conforming pages as cheap as before."""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from client_runtime import parsing
from tests.contract.spec_tools import APIS
from tests.generated_models import endpoint_module, models, package
from tests.generator.test_examples_roundtrip import _cases as example_cases

from .surprises import MODELS, complete_body, nulls, unknown_enum_values, wrong_type_cases

IDS = [f"{api}-{name}" for api, name in MODELS]


@pytest.fixture
def fast_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make a fall back to the careful path fail the test instead of happening."""
    original: Callable[[Any, object, bool], Any] = parsing._fast

    def fast(shape: Any, data: object, strict: bool) -> Any:
        try:
            return original(shape, data, strict)
        except (parsing.NotConforming, ValueError, TypeError) as exc:
            raise AssertionError(f"the fast path refused {data!r:.200}: {exc!r}") from exc

    monkeypatch.setattr(parsing, "_fast", fast)
    yield


@pytest.mark.parametrize(("api", "component"), MODELS, ids=IDS)
def test_a_conforming_body_takes_the_fast_path(api: str, component: str, fast_only: None) -> None:
    model = getattr(models(api), component)
    model.from_dict(complete_body(api, component))
    model.from_dict(complete_body(api, component), strict=True)


@pytest.mark.parametrize(("api", "component"), MODELS, ids=IDS)
def test_nulls_and_unlisted_enum_values_take_the_fast_path_when_lenient(
    api: str, component: str, fast_only: None
) -> None:
    model = getattr(models(api), component)
    for _, body, _ in nulls(api, component):
        model.from_dict(body)
    body, _ = unknown_enum_values(api, component)
    model.from_dict(body)


@pytest.mark.parametrize(("api", "component"), MODELS, ids=IDS)
def test_a_wrong_type_does_not(api: str, component: str, fast_only: None) -> None:
    model = getattr(models(api), component)
    for _, body in wrong_type_cases(api, component):
        with pytest.raises(AssertionError, match="the fast path refused"):
            model.from_dict(body)


@pytest.mark.parametrize(("api", "operation_id", "kind", "status", "example"), list(example_cases()))
def test_every_spec_example_takes_the_fast_path(
    api: str, operation_id: str, kind: str, status: int | None, example: Any, fast_only: None
) -> None:
    module = endpoint_module(api, operation_id)
    if kind == "response":
        client = package(api).Client(base_url="http://127.0.0.1", strict=True)
        module._parse_response(client=client, response=httpx.Response(status or 200, json=example))
    else:  # a request body's example: its model's strict from_dict
        typing.get_type_hints(module._get_kwargs)["body"].from_dict(example, strict=True)


def test_the_apis_are_covered() -> None:
    assert {api for api, _ in MODELS} == set(APIS)
