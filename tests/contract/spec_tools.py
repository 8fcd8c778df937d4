"""Reading the specs from tests: operations, request examples, and response validation against the spec."""

from __future__ import annotations

from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from openapi_python_client.strings import PythonIdentifier
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.specfile import load, pointer, resolve_pointer, spec_path
from generator.validate import operations

APIS = ("sevco", "cyberhaven")


@cache
def spec(api: str) -> dict[str, Any]:
    return load(spec_path(api))


def operation_ids(api: str) -> list[str]:
    return [operation["operationId"] for _, _, operation in operations(spec(api))]


def _locate(api: str, operation_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, method, operation in operations(spec(api)):
        if operation["operationId"] == operation_id:
            return path, method, operation
    raise KeyError(operation_id)


def path_parameter_examples(api: str, operation_id: str) -> dict[str, Any]:
    """Python argument name -> the spec's example, for each path parameter of the operation."""
    path, _, operation = _locate(api, operation_id)
    document = spec(api)
    found = {}
    for raw in [*document["paths"][path].get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolve_pointer(document, raw["$ref"]) if "$ref" in raw else raw
        if parameter["in"] == "path":
            found[str(PythonIdentifier(parameter["name"], "field_"))] = parameter["example"]
    return found


def request_example(api: str, operation_id: str) -> Any:
    _, _, operation = _locate(api, operation_id)
    return operation["requestBody"]["content"]["application/json"]["example"]


@cache
def _registry(api: str) -> Registry[Any]:
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(spec(api), default_specification=DRAFT202012)
    )
    return registry


def response_problems(api: str, operation_id: str, status: int, body: Any) -> list[str]:
    """Why a response body does not fit the spec's schema for that status ([] when it fits)."""
    path, method, operation = _locate(api, operation_id)
    responses = operation["responses"]
    key = str(status) if str(status) in responses else f"{str(status)[0]}XX"
    if key not in responses:
        return [f"status {status} is not documented for {operation_id}"]
    if "content" not in responses[key]:
        return [] if body in (None, b"", "") else [f"{operation_id} {status} documents no body"]
    return schema_problems(
        api, pointer("paths", path, method, "responses", key, "content", "application/json", "schema"), body
    )


def schema_problems(api: str, schema_at: str, instance: Any) -> list[str]:
    """Why `instance` does not fit the spec's schema at JSON pointer `schema_at` ([] when it fits)."""
    validator = Draft202012Validator({"$ref": f"urn:spec#{schema_at}"}, registry=_registry(api))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance)]


def link_targets(api: str) -> set[str]:
    """The operationIds the spec's OpenAPI links lead to."""
    return {
        link["operationId"]
        for _, _, operation in operations(spec(api))
        for response in operation["responses"].values()
        for link in response.get("links", {}).values()
    }
