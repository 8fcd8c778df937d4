"""Validate a spec before anything is generated from it: OpenAPI structure, operationIds,
our `x-` extensions, and every example against its schema. Every problem is reported with
the file and the JSON pointer, all at once rather than one per run."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from . import extensions
from .specfile import SpecError, load, pointer

_SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_SPEC_URI = "urn:spec"


def validate_file(path: Path, *, our_extensions: bool = True) -> dict[str, Any]:
    """Load and validate a spec; return it, or raise SpecError listing every problem.

    `our_extensions=False` skips the rules of our `x-` vocabulary: for the old side of a diff, written
    before the vocabulary last changed (e.g. before an extension became required)."""
    spec = load(path)
    found = list(problems(spec, our_extensions=our_extensions))
    if found:
        raise SpecError(path, found)
    return spec


def problems(spec: dict[str, Any], *, our_extensions: bool = True) -> Iterator[tuple[str, str]]:
    structural = [
        (pointer(*error.absolute_path), error.message) for error in OpenAPIV31SpecValidator(spec).iter_errors()
    ]
    yield from structural
    if structural:
        return  # the checks below assume a well-formed document
    yield from _operation_id_problems(spec)
    if our_extensions:
        found = list(extensions.problems(spec))
        yield from found
        if not found:  # the command line's checks read well-formed extensions
            from . import cli_data  # here: cli_data reads operations() from this module

            yield from cli_data.problems(spec)
    yield from _example_problems(spec)


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in extensions.HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def _operation_id_problems(spec: dict[str, Any]) -> Iterator[tuple[str, str]]:
    seen: dict[str, str] = {}
    for path, method, operation in operations(spec):
        where = pointer("paths", path, method)
        operation_id = operation.get("operationId")
        if operation_id is None:
            yield where, "operation has no operationId"
            continue
        if not _SNAKE_CASE.match(operation_id):
            yield where + "/operationId", f"{operation_id!r} is not snake_case"
        if operation_id in seen:
            yield where + "/operationId", f"duplicate operationId {operation_id!r} (also at {seen[operation_id]})"
        seen[operation_id] = where


def _example_problems(spec: dict[str, Any]) -> Iterator[tuple[str, str]]:
    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    for where, schema_pointer, example in _examples(spec, spec, ()):
        validator = Draft202012Validator(
            {"$ref": f"{_SPEC_URI}#{schema_pointer}"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        for error in validator.iter_errors(example):
            yield pointer(*where, *error.absolute_path), f"example does not fit its schema: {error.message}"


def _examples(
    spec: dict[str, Any], node: Any, where: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str, Any]]:
    """(where the example is, pointer of its schema, example) for media types and parameters."""
    if isinstance(node, dict):
        if "schema" in node and ("example" in node or "examples" in node):
            schema_pointer = pointer(*where, "schema")
            if "example" in node:
                yield (*where, "example"), schema_pointer, node["example"]
            for name, example in node.get("examples", {}).items():
                if isinstance(example, dict) and "value" in example:
                    yield (*where, "examples", name, "value"), schema_pointer, example["value"]
        for key, value in node.items():
            if key not in ("example", "examples", "schema"):
                yield from _examples(spec, value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(spec, value, (*where, index))
