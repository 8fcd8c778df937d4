"""Every example in both specs parses through the generated models and round-trips through to_dict()."""

from __future__ import annotations

import importlib
import re
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from dateutil.parser import isoparse

from generator.specfile import load, spec_path
from generator.validate import operations

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _normalise(value: Any) -> Any:
    """Same data, with date-times compared as instants (to_dict writes isoformat(), the spec may write Z)."""
    if isinstance(value, dict):
        return {key: _normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalise(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return isoparse(value)
    return value


def _endpoint_module(api: str, operation_id: str) -> ModuleType:
    package = importlib.import_module(f"{api}_client")
    assert package.__file__ is not None
    root = Path(package.__file__).parent
    (path,) = (root / "api").rglob(f"{operation_id}.py")
    return importlib.import_module(f"{api}_client." + ".".join(path.relative_to(root).with_suffix("").parts))


def _to_plain(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_to_plain(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def _cases() -> Iterator[Any]:
    for api in ("sevco", "cyberhaven"):
        for _, _, operation in operations(load(spec_path(api))):
            op_id = operation["operationId"]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            if "example" in body:
                yield pytest.param(api, op_id, "request", None, body["example"], id=f"{api}-{op_id}-request")
            for status, response in operation.get("responses", {}).items():
                media = response.get("content", {}).get("application/json", {})
                if status.startswith("2") and "example" in media:
                    yield pytest.param(
                        api, op_id, "response", int(status), media["example"], id=f"{api}-{op_id}-{status}"
                    )


@pytest.mark.parametrize(("api", "operation_id", "kind", "status", "example"), list(_cases()))
def test_example_round_trips(api: str, operation_id: str, kind: str, status: int | None, example: Any) -> None:
    module = _endpoint_module(api, operation_id)
    if kind == "response":
        assert status is not None
        parsed = module._parse_response(client=None, response=httpx.Response(status, json=example))
    else:
        body_type = typing.get_type_hints(module._get_kwargs)["body"]
        parsed = body_type.from_dict(example)
    assert _normalise(_to_plain(parsed)) == _normalise(example)


def test_every_operation_has_an_example_of_its_success_response() -> None:
    with_example = {case.values[1] for case in _cases() if case.values[2] == "response"}
    for api in ("sevco", "cyberhaven"):
        for _, _, operation in operations(load(spec_path(api))):
            success = [s for s, r in operation["responses"].items() if s.startswith("2") and "content" in r]
            if success:
                assert operation["operationId"] in with_example
