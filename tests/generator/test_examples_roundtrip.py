"""Every example in both specs parses strictly through the generated models and round-trips through to_dict()."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from generator.specfile import load, spec_path
from generator.validate import operations
from tests.generated_models import as_instants, endpoint_module, package, to_plain


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
    module = endpoint_module(api, operation_id)
    if kind == "response":
        assert status is not None
        client = package(api).Client(base_url="http://127.0.0.1", strict=True)
        parsed = module._parse_response(client=client, response=httpx.Response(status, json=example))
    else:
        body_type = typing.get_type_hints(module._get_kwargs)["body"]
        parsed = body_type.from_dict(example, strict=True)
    assert as_instants(to_plain(parsed)) == as_instants(example)


def test_every_operation_has_an_example_of_its_success_response() -> None:
    with_example = {case.values[1] for case in _cases() if case.values[2] == "response"}
    for api in ("sevco", "cyberhaven"):
        for _, _, operation in operations(load(spec_path(api))):
            success = [
                status
                for status, response in operation["responses"].items()
                if status.startswith("2") and "application/json" in response.get("content", {})
            ]
            if success:
                assert operation["operationId"] in with_example
