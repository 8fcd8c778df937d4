"""Response bodies the specs allow, drawn by schemathesis, for the parsing tests.

Two levels, because a whole response drawn with every field present is too large to draw quickly
(a complete Cyberhaven incident list took minutes):

- operations: each success response schema as written, inlined (no response schema of either spec
  is recursive), parsed by the operation's generated code;
- components: each object schema a success response can contain, parsed by its generated model, in
  variants that narrow the object's own properties (its children stay as written):
  - `nulls`: every property present, null wherever the spec allows null;
  - `complete-<k>`: every property present and non-null, an unknown field, and every enum among its
    properties pinned to its k-th value (k wraps), so the variants between them send every value.

A variant only narrows the schema, except for the unknown field, which the specs allow (none forbids
additional properties); the tests validate every drawn body against the spec as written. Schemathesis
draws the values: each schema becomes the request body of an operation in a synthetic OpenAPI
document, and that operation's strategy yields cases whose body is a schema-valid instance.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig

from generator.specfile import resolve_pointer
from generator.validate import operations

from .spec_tools import spec

UNKNOWN_FIELD = "x_field_the_spec_does_not_know"

SCHEMA_REF = "#/components/schemas/"

Schema = dict[str, Any]


@cache
def success_schemas(api: str) -> dict[str, tuple[int, Schema]]:
    """operationId -> (status, inlined JSON schema) of its success response, where it has a JSON body."""
    found: dict[str, tuple[int, Schema]] = {}
    document = spec(api)
    for _, _, operation in operations(document):
        for status, response in operation["responses"].items():
            response = _resolved(document, response)
            media = response.get("content", {}).get("application/json")
            if str(status).startswith("2") and media and "schema" in media:
                found[operation["operationId"]] = (int(status), _inlined(document, media["schema"]))
    return found


def _resolved(document: Schema, node: Schema) -> Schema:
    while "$ref" in node:
        node = {**resolve_pointer(document, node["$ref"]), **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _inlined(document: Schema, node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _inlined(document, value) for key, value in _resolved(document, node).items()}
    if isinstance(node, list):
        return [_inlined(document, item) for item in node]
    return node


@cache
def response_components(api: str) -> dict[str, Schema]:
    """Object components a success response can contain (directly or nested), inlined."""
    document = spec(api)
    schemas = document["components"]["schemas"]
    reached: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith(SCHEMA_REF):
                if ref.removeprefix(SCHEMA_REF) not in reached:
                    reached.add(ref.removeprefix(SCHEMA_REF))
                    visit(schemas[ref.removeprefix(SCHEMA_REF)])
            elif ref:
                visit(_resolved(document, node))  # a shared response or header
            else:
                for value in node.values():
                    visit(value)

    for _, _, operation in operations(document):
        visit([response for status, response in operation["responses"].items() if str(status).startswith("2")])
    objects = sorted(name for name in reached if schemas[name].get("type") == "object")
    return {name: _inlined(document, schemas[name]) for name in objects}


# --- variants ------------------------------------------------------------------------------------


def variants(schema: Schema) -> dict[str, Schema]:
    """The narrowed variants of one object schema (its own properties only)."""
    properties: dict[str, Schema] = schema.get("properties", {})
    sizes = [len(values) for child in properties.values() for values in _enums(child)]
    named = {"nulls": _nulls(schema)}
    for k in range(max(sizes, default=1)):
        named[f"complete-{k}"] = _complete(schema, k)
    return named


def enum_values(schema: Any) -> set[Any]:
    """Every enum value anywhere in `schema`."""
    if isinstance(schema, list):
        return {value for item in schema for value in enum_values(item)}
    if not isinstance(schema, dict):
        return set()
    return set(schema.get("enum", [])) | {value for child in schema.values() for value in enum_values(child)}


def _enums(node: Schema) -> list[list[Any]]:
    """The enums a property's value can take directly: its own, its union's, its items'."""
    found = [node["enum"]] if "enum" in node else []
    for child in [*node.get("anyOf", []), *node.get("oneOf", []), *([node["items"]] if "items" in node else [])]:
        found += _enums(child)
    return found


def _admits_null(node: Schema) -> bool:
    types = node.get("type")
    nullable = types == "null" or (isinstance(types, list) and "null" in types)
    return nullable or any(map(_admits_null, [*node.get("anyOf", []), *node.get("oneOf", [])]))


def _nulls(schema: Schema) -> Schema:
    properties = schema.get("properties", {})
    return {
        **schema,
        "properties": {name: {"type": "null"} if _admits_null(child) else child for name, child in properties.items()},
        "required": sorted(properties),
    }


def _complete(schema: Schema, k: int) -> Schema:
    properties = {name: _pinned(child, k) for name, child in schema.get("properties", {}).items()}
    if schema.get("additionalProperties", True) is True:
        properties[UNKNOWN_FIELD] = {}  # any JSON value
    return {**schema, "properties": properties, "required": sorted(properties)}


def _pinned(node: Schema, k: int) -> Schema:
    """`node` without null, with every enum it can take directly fixed to its k-th value."""
    node = dict(node)
    if isinstance(node.get("type"), list):
        node["type"] = [t for t in node["type"] if t != "null"]
    if "enum" in node:
        values = node.pop("enum")
        node["const"] = values[k % len(values)]
    for key in ("anyOf", "oneOf"):
        if key in node:
            branches = [_pinned(b, k) for b in node[key] if b.get("type") != "null"]
            node[key] = [b for b in branches if "const" in b] or branches  # an open enum takes its enum
    if isinstance(node.get("items"), dict):
        node["items"] = _pinned(node["items"], k)
        node["minItems"] = max(1, node.get("minItems", 0))
    return node


# --- drawing -------------------------------------------------------------------------------------


@cache
def _synthetic_schema(api: str) -> Any:
    schemas = {f"/operations/{op}": schema for op, (_, schema) in success_schemas(api).items()}
    for name, schema in response_components(api).items():
        schemas.update({f"/components/{name}/{variant}": narrowed for variant, narrowed in variants(schema).items()})
    paths = {
        path: {
            "post": {
                "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
                "responses": {"200": {"description": "unused"}},
            }
        }
        for path, schema in schemas.items()
    }
    document = {"openapi": "3.1.0", "info": {"title": f"{api} response bodies", "version": "1"}, "paths": paths}
    return schemathesis.openapi.from_dict(document, config=SchemathesisConfig())  # not schemathesis.toml: no server


def _bodies(api: str, path: str) -> st.SearchStrategy[Any]:
    operation = _synthetic_schema(api)[path]["POST"]
    cases: st.SearchStrategy[Any] = operation.as_strategy(generation_mode=GenerationMode.POSITIVE)
    return cases.map(lambda case: case.body)


def operation_bodies(api: str, operation_id: str) -> st.SearchStrategy[Any]:
    return _bodies(api, f"/operations/{operation_id}")


def component_bodies(api: str, component: str, variant: str) -> st.SearchStrategy[Any]:
    return _bodies(api, f"/components/{component}/{variant}")
