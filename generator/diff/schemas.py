"""Comparing two JSON Schemas of the same place (a request body, a response, a parameter), `$ref`s resolved.

A schema is first flattened into a `Shape`: its JSON types (with format: `string:date-time`), enum values,
properties and required names, array items and model names, merged over `allOf`, `anyOf` and `oneOf`
(a union of what the branches allow). Two shapes are compared; properties, items and additional
properties recursively. Whether a difference breaks callers depends on the direction: a field removed
from what callers send breaks differently from one removed from what they read.

The `$ref` resolver is ours (a few lines over generator.specfile.resolve_pointer): we need, for every
node, the pointer where it is really written, which a validator's resolver does not give back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Literal

from attrs import field, frozen

from ..specfile import pointer, resolve_pointer, split_pointer
from .changes import Change

Direction = Literal["request", "response"]
_SCHEMAS_PREFIX = "#/components/schemas/"


@frozen
class Located:
    """A node of a spec and the JSON pointer where it is written."""

    node: Any
    at: str


def deref(document: dict[str, Any], located: Located) -> tuple[Located, str | None]:
    """Follow local `$ref`s; also return the component schema name reached last (the generated model's
    name), if any. A reference cycle without content (`A: {$ref: B}`, `B: {$ref: A}`) stops where it loops."""
    node, at, model = located.node, located.at, None
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        ref = node["$ref"]
        if ref in seen:
            break
        seen.add(ref)
        if ref.startswith(_SCHEMAS_PREFIX):
            model = ref[len(_SCHEMAS_PREFIX) :]
        node, at = resolve_pointer(document, ref), ref[1:]
    return Located(node, at), model


def _json_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


@frozen
class Shape:
    at: str
    types: frozenset[str] = frozenset()  # empty: any JSON value
    enum: dict[str, Any] | None = None  # json-encoded value -> value, when the node lists its values
    enum_at: str | None = None  # where the values are listed
    properties: dict[str, Located] = field(factory=dict)
    required: frozenset[str] = frozenset()
    items: Located | None = None
    additional: Located | None = None
    models: frozenset[str] = frozenset()


def shape(document: dict[str, Any], located: Located) -> Shape:
    """Flatten one schema (after `$ref`s) into what the comparison looks at."""
    target, model = deref(document, located)
    node, at = target.node, target.at
    if not isinstance(node, dict):
        return Shape(at=at)
    types = set(_declared_types(node))
    enum, enum_at = None, None
    if isinstance(node.get("enum"), list):
        enum, enum_at = {_json_key(v): v for v in node["enum"]}, at + "/enum"
    elif "const" in node:
        enum, enum_at = {_json_key(node["const"]): node["const"]}, at + "/const"
    properties = {
        name: Located(schema, pointer(*split_pointer(at), "properties", name))
        for name, schema in node.get("properties", {}).items()
    }
    required = set(node.get("required", []))
    items = Located(node["items"], at + "/items") if isinstance(node.get("items"), dict) else None
    extra = node.get("additionalProperties")
    additional = Located(extra, at + "/additionalProperties") if isinstance(extra, dict) and extra else None
    models = {model} if model and (properties or "object" in types) else set()
    for keyword in ("allOf", "anyOf", "oneOf"):
        for index, branch in enumerate(node.get(keyword, [])):
            part = shape(document, Located(branch, f"{at}/{keyword}/{index}"))
            types |= part.types
            if part.enum is not None:
                enum, enum_at = {**(enum or {}), **part.enum}, enum_at or part.enum_at
            properties = {**part.properties, **properties}
            if keyword == "allOf":
                required |= part.required
            items = items or part.items
            additional = additional or part.additional
            models |= part.models
    if not types:
        types = _inferred_types(properties, items, enum)
    return Shape(
        at, frozenset(types), enum, enum_at, properties, frozenset(required), items, additional, frozenset(models)
    )


def _declared_types(node: dict[str, Any]) -> Iterator[str]:
    declared = node.get("type", [])
    for name in [declared] if isinstance(declared, str) else declared:
        yield f"string:{node['format']}" if name == "string" and "format" in node else name


def _inferred_types(properties: dict[str, Located], items: Located | None, enum: dict[str, Any] | None) -> set[str]:
    if properties:
        return {"object"}
    if items is not None:
        return {"array"}
    if enum:
        names = {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}
        return {names.get(type(v), "object") for v in enum.values()}
    return set()


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of `narrow` is a value of `wide` (empty = any; a number covers an integer)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _describe(types: frozenset[str]) -> str:
    return " | ".join(sorted(types)) or "any"


@frozen
class SchemaComparison:
    """Compares the schemas reached from one operation; `operation` is recorded on every change."""

    old_doc: dict[str, Any]
    new_doc: dict[str, Any]
    direction: Direction
    operation: str
    _seen: set[tuple[str, str]] = field(factory=set, init=False)

    def compare(self, old: Located, new: Located, label: str) -> Iterator[Change]:
        old_shape, new_shape = shape(self.old_doc, old), shape(self.new_doc, new)
        if (old_shape.at, new_shape.at) in self._seen:
            return  # recursive schemas: each pair once
        self._seen.add((old_shape.at, new_shape.at))
        if len(old_shape.models) == 1 and len(new_shape.models) == 1 and old_shape.models != new_shape.models:
            (before,), (after,) = old_shape.models, new_shape.models
            yield self._change("model-renamed", f"{label}: model {before} renamed {after}", old_shape, new_shape)
        if len(new_shape.models) == 1:
            (label,) = new_shape.models
        yield from self._types(old_shape, new_shape, label)
        yield from self._enum(old_shape, new_shape, label)
        yield from self._properties(old_shape, new_shape, label)
        if old_shape.items is not None and new_shape.items is not None:
            yield from self.compare(old_shape.items, new_shape.items, f"{label}[]")
        if old_shape.additional is not None and new_shape.additional is not None:
            yield from self.compare(old_shape.additional, new_shape.additional, f"{label}{{}}")

    def _change(self, what: str, summary: str, old: Shape | str, new: Shape | str) -> Change:
        return Change(
            kind=f"{self.direction}-{what}",
            summary=summary,
            old_location=old if isinstance(old, str) else old.at,
            new_location=new if isinstance(new, str) else new.at,
            operations=(self.operation,),
        )

    def _types(self, old: Shape, new: Shape, label: str) -> Iterator[Change]:
        if old.types == new.types:
            return
        if _covers(new.types, old.types):
            what = "type-widened"
        elif self.direction == "response" and _covers(old.types, new.types):
            what = "type-narrowed"
        else:
            what = "type-changed"
        summary = f"{label}: type {_describe(old.types)} -> {_describe(new.types)}"
        yield self._change(what, summary, old, new)

    def _enum(self, old: Shape, new: Shape, label: str) -> Iterator[Change]:
        if old.enum is None and new.enum is None:
            return
        if old.enum is None or new.enum is None:
            # A closed list of values became open (widened) or an open value became a closed list (narrowed).
            closed = new.enum is not None
            what = ("type-narrowed" if self.direction == "response" else "type-changed") if closed else "type-widened"
            summary = f"{label}: {'now limited to listed values' if closed else 'no longer limited to listed values'}"
            yield self._change(what, summary, old.enum_at or old.at, new.enum_at or new.at)
            return
        where = (old.enum_at or old.at, new.enum_at or new.at)
        if where[1].startswith("/components/schemas/"):
            label = split_pointer(where[1])[2]  # a shared enum: one entry, whichever field reached it
        for key in sorted(old.enum.keys() - new.enum.keys()):
            yield self._change("enum-value-removed", f"{label}: value {key} removed", *where)
        for key in sorted(new.enum.keys() - old.enum.keys()):
            yield self._change("enum-value-added", f"{label}: value {key} added", *where)

    def _properties(self, old: Shape, new: Shape, label: str) -> Iterator[Change]:
        request = self.direction == "request"
        for name in old.properties.keys() - new.properties.keys():
            yield self._change("field-removed", f"{label}.{name} removed", old.properties[name].at, new.at)
        for name in new.properties.keys() - old.properties.keys():
            required = request and name in new.required
            what = "field-added-required" if required else "field-added"
            yield self._change(what, f"{label}.{name} added", old.at, new.properties[name].at)
        for name in sorted(old.properties.keys() & new.properties.keys()):
            before, after = old.properties[name], new.properties[name]
            was, now = name in old.required, name in new.required
            if was != now:
                what = "field-made-required" if now else "field-made-optional"
                yield self._change(what, f"{label}.{name} {what.removeprefix('field-')}", before.at, after.at)
            yield from self.compare(before, after, f"{label}.{name}")
