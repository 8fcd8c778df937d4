"""The spec's response schemas in strict terms, and what an answer breaks of them.

The specs are open on purpose: no schema forbids unknown fields, and a response enum is `anyOf [<enum>,
string]` so that the lenient client takes any value. To see drift, `StrictSpec` validates answers against a
copy of the spec made strict: every object schema that lists `properties` (and says nothing about others)
gets `additionalProperties: false`, and the catch-all `{type: string}` branch of an open enum is dropped.
One jsonschema validator then reports every kind of drift, each error classified by its keyword. Each schema
of the copy carries `x-origin`, its JSON pointer in the spec, so a problem names the schema it concerns.

Formats are checked as the client parses them: date-time, date and uuid with client_runtime.parsing's own
parsers (a value those refuse is kept as sent by the client: a type mismatch), the others with jsonschema's.

`Coverage` walks the same schemas beside the answers to see which documented fields came at all, and keeps
the values of `format: password` fields, so the report can treat them as secrets.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final, cast

from attrs import field, frozen
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from auth_plugins.secrets import Secret
from client_runtime.parsing import describe_value, parse_date, parse_date_time
from generator.specfile import pointer as make_pointer
from generator.specfile import resolve_pointer

__all__ = ["Coverage", "Problem", "StrictSpec", "json_type"]

STRICT_URI: Final = "urn:contract-check:strict-spec"
ORIGIN: Final = "x-origin"
PARSED_FORMATS: Final = frozenset({"date-time", "date", "uuid"})  # what the generated models parse

# Keywords whose values are subschemas (one, a list, or a map of them).
_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames")
_LIST = ("anyOf", "oneOf", "allOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs")


def json_type(value: object) -> str:
    """The JSON Schema type name of a parsed JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


@frozen
class Problem:
    """One place where an answer breaks the strict spec.

    pointer: where in the answer (JSON pointer); schema: where in the spec (the schema's `x-origin`);
    subject: what the problem is about (a field name, an enum value, a header name, ...), which with the kind
    and the schema says which occurrences are the same drift; expected / got: short texts for people;
    value: the offending value itself, for the spec suggestion (never rendered).
    """

    kind: str
    pointer: str
    schema: str
    subject: str
    expected: str
    got: str
    value: Any = field(default=None, eq=False, repr=False)


def _formats() -> FormatChecker:
    """jsonschema's format checks, with date-time, date and uuid checked by the parsers the models use."""
    checker = FormatChecker()
    for name, parse in (("date-time", parse_date_time), ("date", parse_date), ("uuid", uuid.UUID)):
        checker.checks(name, raises=ValueError)(_parsed_by(parse))
    return checker


def _parsed_by(parse: Callable[[str], object]) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        if isinstance(value, str):
            parse(value)  # ValueError: the format check fails
        return True

    return check


class StrictSpec:
    """A spec document, strict, with one compiled validator per schema location used."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.spec = document
        self.document: dict[str, Any] = copy.deepcopy(dict(document))
        for where, schema in list(_schema_positions(self.document)):
            _strictify(self.document, schema, where)
        self._registry: Registry[Any] = Registry().with_resource(
            STRICT_URI, Resource.from_contents(self.document, default_specification=DRAFT202012)
        )
        self._format_checker = _formats()
        self._validators: dict[str, Draft202012Validator] = {}

    def validator(self, schema_at: str) -> Draft202012Validator:
        found = self._validators.get(schema_at)
        if found is None:
            found = Draft202012Validator(
                {"$ref": f"{STRICT_URI}#{schema_at}"}, registry=self._registry, format_checker=self._format_checker
            )
            self._validators[schema_at] = found
        return found

    def node(self, ref_or_pointer: str) -> dict[str, Any]:
        """The strict schema at a local `#/...` reference or a JSON pointer."""
        resolved = resolve_pointer(self.document, ref_or_pointer)
        return resolved if isinstance(resolved, dict) else {}

    def resolve(self, schema: Any) -> dict[str, Any]:
        """A schema with its `$ref`s followed (local references only, as the specs use)."""
        hops = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and hops < 32:
            schema, hops = self.node(schema["$ref"]), hops + 1
        return schema if isinstance(schema, dict) else {}

    def problems(self, schema_at: str, instance: Any) -> list[Problem]:
        """Every place where `instance` breaks the strict schema at `schema_at`, each once."""
        found: dict[tuple[str, str, str], Problem] = {}
        for error in self.validator(schema_at).iter_errors(instance):
            for problem in self._classify(error):
                found.setdefault((problem.kind, problem.pointer, problem.subject), problem)
        return list(found.values())

    # -- classifying jsonschema's errors --------------------------------------------------------------

    def _classify(self, error: ValidationError) -> Iterator[Problem]:
        where = make_pointer(*error.absolute_path)
        origin = str(error.schema.get(ORIGIN, "")) if isinstance(error.schema, dict) else ""
        keyword, declared, instance = error.validator, cast(Any, error.validator_value), error.instance
        if keyword in ("anyOf", "oneOf") and error.context:
            yield from self._classify_union(error, where, origin)
        elif keyword == "additionalProperties" and declared is False and isinstance(instance, dict):
            schema = error.schema if isinstance(error.schema, dict) else {}
            for key in _unknown_keys(schema, instance):
                value = instance[key]
                yield Problem(
                    "unknown-field", where + make_pointer(key), origin, key, "no such field", json_type(value), value
                )
        elif keyword in ("enum", "const"):
            listed = list(declared) if keyword == "enum" else [declared]
            if any(json_type(option) == json_type(instance) for option in listed):
                got = describe_value(instance)
                yield Problem("unknown-enum-value", where, origin, repr(instance), _one_of(listed), got, instance)
            else:
                yield _type_problem(where, origin, _one_of(listed), instance)
        elif keyword == "type":
            yield _type_problem(where, origin, _types(declared), instance)
        elif keyword == "required" and isinstance(instance, dict):
            for name in declared:
                if name not in instance:
                    missing_at = where + make_pointer(name)
                    yield Problem(
                        "required-field-missing", missing_at, origin, str(name), "a value (a required field)", "nothing"
                    )
        elif keyword == "format" and declared in PARSED_FORMATS:
            yield Problem(
                "type-mismatch", where, origin, str(declared), str(declared), describe_value(instance), instance
            )
        else:
            expected = f"{keyword} {declared!r}"[:80]
            yield Problem(
                "constraint-violated", where, origin, str(keyword), expected, describe_value(instance), instance
            )

    def _classify_union(self, error: ValidationError, where: str, origin: str) -> Iterator[Problem]:
        """anyOf/oneOf that no branch fits: the problems of the branch that came closest, the one whose type
        fits the value and that has the fewest errors; a type mismatch when no branch's type fits."""
        branches: dict[int, list[ValidationError]] = defaultdict(list)
        for sub in error.context or ():
            branches[int(sub.relative_schema_path[0])].append(sub)

        def root_types(errors: list[ValidationError]) -> list[str]:
            """The types a branch declares for the value itself, when the value is of none of them."""
            return [_types(sub.validator_value) for sub in errors if sub.validator == "type" and not sub.relative_path]

        best = min(branches.values(), key=lambda errors: (bool(root_types(errors)), len(errors)))
        if root_types(best):
            expected = " or ".join(kind for errors in branches.values() for kind in root_types(errors))
            yield _type_problem(where, origin, expected, error.instance)
            return
        for sub in best:
            yield from self._classify(sub)


def _type_problem(where: str, origin: str, expected: str, instance: Any) -> Problem:
    if instance is None:
        return Problem("unexpected-null", where, origin, "null", expected, "null")
    return Problem("type-mismatch", where, origin, json_type(instance), expected, describe_value(instance), instance)


def _types(value: Any) -> str:
    return " or ".join(value) if isinstance(value, list) else str(value)


def _one_of(values: list[Any]) -> str:
    shown = ", ".join(repr(v) for v in values[:8]) + (", ..." if len(values) > 8 else "")
    return f"one of {shown}"


def _unknown_keys(schema: Mapping[str, Any], instance: Mapping[str, Any]) -> list[str]:
    properties = schema.get("properties") or {}
    patterns = [re.compile(p) for p in schema.get("patternProperties") or {}]
    return [key for key in instance if key not in properties and not any(p.search(key) for p in patterns)]


# -- making the copy strict -----------------------------------------------------------------------------


def _schema_positions(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every top-level schema of the spec a response can reach: components' schemas, and the schemas of
    responses and headers, in components and under each operation."""
    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield make_pointer("components", "schemas", name), schema
    for name, header in (components.get("headers") or {}).items():
        if isinstance(header, dict) and isinstance(header.get("schema"), dict):
            yield make_pointer("components", "headers", name, "schema"), header["schema"]
    for name, response in (components.get("responses") or {}).items():
        yield from _response_schemas(response, ("components", "responses", name))
    for path, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and isinstance(operation.get("responses"), dict):
                for status, response in operation["responses"].items():
                    yield from _response_schemas(response, ("paths", path, method, "responses", status))


def _response_schemas(response: Any, where: tuple[str, ...]) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(response, dict):
        return
    for media, content in (response.get("content") or {}).items():
        if isinstance(content, dict) and isinstance(content.get("schema"), dict):
            yield make_pointer(*where, "content", media, "schema"), content["schema"]
    for name, header in (response.get("headers") or {}).items():
        if isinstance(header, dict) and isinstance(header.get("schema"), dict):
            yield make_pointer(*where, "headers", name, "schema"), header["schema"]


def _strictify(document: dict[str, Any], schema: dict[str, Any], where: str) -> None:
    """Make one schema and its subschemas strict, in place, each marked with its pointer in the spec."""
    if ORIGIN in schema:
        return
    schema[ORIGIN] = where
    if "properties" in schema and not {"additionalProperties", "patternProperties", "allOf"} & schema.keys():
        schema["additionalProperties"] = False
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key)
        if isinstance(branches, list) and any(_is_enum(document, b) for b in branches):
            kept = [b for b in branches if not _is_plain_string(b)]
            if kept:
                schema[key] = kept
    for key in _ONE:
        if isinstance(schema.get(key), dict):
            _strictify(document, schema[key], f"{where}/{key}")
    for key in _LIST:
        for index, sub in enumerate(schema.get(key) or []):
            if isinstance(sub, dict):
                _strictify(document, sub, f"{where}/{key}/{index}")
    for key in _MAP:
        for name, sub in (schema.get(key) or {}).items():
            if isinstance(sub, dict):
                _strictify(document, sub, where + make_pointer(key, name))


def _is_enum(document: dict[str, Any], schema: Any) -> bool:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        schema = resolve_pointer(document, schema["$ref"])
    return isinstance(schema, dict) and "enum" in schema


def _is_plain_string(schema: Any) -> bool:
    """`{type: string}` with nothing but documentation: the catch-all branch of an open enum."""
    if not isinstance(schema, dict) or schema.get("type") != "string":
        return False
    return all(key in ("type", "description", "title", ORIGIN) or key.startswith("x-") for key in schema)


# -- coverage --------------------------------------------------------------------------------------------


class Coverage:
    """Which documented properties the answers carried, per object schema: never, only null, or with values.

    `observe(spec, schema_at, instance)` walks an answer beside its strict schema; anyOf/oneOf take the
    branch the value fits (else every branch whose type fits it). `passwords` holds the values of
    `format: password` strings seen as live `Secret`s, so `redact()` hides them from the report."""

    def __init__(self) -> None:
        self._objects: dict[str, int] = defaultdict(int)
        self._present: dict[tuple[str, str], int] = defaultdict(int)
        self._null: dict[tuple[str, str], int] = defaultdict(int)
        self._declared: dict[str, tuple[str, ...]] = {}
        self.passwords: dict[str, Secret] = {}  # held, so redact() hides them while this coverage lives

    def observe(self, spec: StrictSpec, schema_at: str, instance: Any) -> None:
        self._walk(spec, spec.node(schema_at), instance, 0)

    def _walk(self, spec: StrictSpec, schema: Any, instance: Any, depth: int) -> None:
        schema = spec.resolve(schema)
        if not schema or depth > 64:
            return
        if schema.get("format") == "password" and isinstance(instance, str) and instance:
            self.passwords.setdefault(instance, Secret(instance))
        for key in ("anyOf", "oneOf", "allOf"):
            if isinstance(schema.get(key), list):
                for branch in self._branches(spec, key, schema[key], instance):
                    self._walk(spec, branch, instance, depth + 1)
        if isinstance(instance, dict):
            properties = schema.get("properties") or {}
            if properties:
                origin = str(schema.get(ORIGIN, ""))
                self._declared[origin] = tuple(properties)
                self._objects[origin] += 1
                for name, value in instance.items():
                    if name in properties:
                        (self._null if value is None else self._present)[(origin, name)] += 1
            for name, value in instance.items():
                sub = properties.get(name, schema.get("additionalProperties"))
                if isinstance(sub, dict):
                    self._walk(spec, sub, value, depth + 1)
        elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
            for item in instance:
                self._walk(spec, schema["items"], item, depth + 1)

    def _branches(self, spec: StrictSpec, key: str, branches: list[Any], instance: Any) -> list[Any]:
        if key == "allOf":
            return branches
        fitting = [b for b in branches if isinstance(b, dict) and _fits(spec, b, instance)]
        if fitting:
            return fitting[:1]
        return [b for b in branches if _type_accepts(spec.resolve(b), instance)]

    def never_seen(self) -> dict[str, tuple[str, ...]]:
        """Object schema -> its documented properties no answer carried (for schemas some answer had)."""
        return {
            origin: missing
            for origin, names in self._declared.items()
            if (missing := tuple(n for n in names if not self._present[(origin, n)] and not self._null[(origin, n)]))
        }

    def only_null(self) -> dict[str, tuple[str, ...]]:
        """Object schema -> its documented properties that came, but only ever as null."""
        return {
            origin: nulls
            for origin, names in self._declared.items()
            if (nulls := tuple(n for n in names if self._null[(origin, n)] and not self._present[(origin, n)]))
        }

    def objects(self, origin: str) -> int:
        return self._objects[origin]


def _fits(spec: StrictSpec, branch: dict[str, Any], instance: Any) -> bool:
    origin = branch.get(ORIGIN)
    return isinstance(origin, str) and spec.validator(origin).is_valid(instance)


def _type_accepts(schema: Mapping[str, Any], instance: Any) -> bool:
    declared = schema.get("type")
    if declared is None:
        return isinstance(instance, dict) == ("properties" in schema)
    kinds = declared if isinstance(declared, list) else [declared]
    kind = json_type(instance)
    return kind in kinds or (kind == "integer" and "number" in kinds)
