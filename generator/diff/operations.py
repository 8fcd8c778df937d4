"""Changes of operations: added, removed, renamed or moved; their parameters, request body and success response."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from attrs import evolve, frozen

from ..specfile import pointer
from ..validate import operations
from .changes import Change
from .extension_changes import Place
from .schemas import Located, SchemaComparison, deref, shape


@frozen
class Operation:
    path: str
    method: str
    node: dict[str, Any]

    @property
    def at(self) -> str:
        return pointer("paths", self.path, self.method)

    @property
    def operation_id(self) -> str:
        return str(self.node.get("operationId", f"{self.method} {self.path}"))

    @property
    def title(self) -> str:
        return f"{self.operation_id} ({self.method.upper()} {self.path})"


def match_operations(
    old: dict[str, Any], new: dict[str, Any]
) -> tuple[list[tuple[Operation, Operation]], list[Operation], list[Operation]]:
    """(pairs, removed, added): matched by path and method first, then by operationId (a moved operation)."""
    old_ops = {(p, m): Operation(p, m, op) for p, m, op in operations(old)}
    new_ops = {(p, m): Operation(p, m, op) for p, m, op in operations(new)}
    pairs = [(old_ops.pop(key), new_ops.pop(key)) for key in list(old_ops) if key in new_ops]
    new_by_id = {op.operation_id: key for key, op in new_ops.items()}
    for key, op in list(old_ops.items()):
        if op.operation_id in new_by_id:
            pairs.append((old_ops.pop(key), new_ops.pop(new_by_id[op.operation_id])))
    return pairs, list(old_ops.values()), list(new_ops.values())


def operation_changes(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> tuple[list[Change], list[Place]]:
    """The changes, and the matched operations as places whose `x-` extensions are compared."""
    pairs, removed, added = match_operations(old_doc, new_doc)
    changes = [
        Change("operation-removed", f"{op.title} removed", op.at, _nearest(new_doc, op), operations=(op.operation_id,))
        for op in removed
    ]
    changes += [
        Change("operation-added", f"{op.title} added", _nearest(old_doc, op), op.at, operations=(op.operation_id,))
        for op in added
    ]
    places = []
    for old_op, new_op in pairs:
        changes += _OperationPair(old_doc, new_doc, old_op, new_op).changes()
        places.append(Place(old_op.node, old_op.at, new_op.node, new_op.at, new_op.operation_id, new_op.operation_id))
    return changes, places


def _nearest(document: dict[str, Any], op: Operation) -> str:
    """Where an operation missing from `document` would be: its path item if there is one, else /paths."""
    return pointer("paths", op.path) if op.path in document.get("paths", {}) else "/paths"


@frozen
class _OperationPair:
    old_doc: dict[str, Any]
    new_doc: dict[str, Any]
    old: Operation
    new: Operation

    def changes(self) -> list[Change]:
        found = list(self._identity())
        body_changes = list(self._request_body())
        found += self._parameters(body_changes)
        found += body_changes
        found += self._response()
        return [evolve(c, operations=(self.new.operation_id,)) for c in found]

    def _change(self, kind: str, summary: str, old_at: str | None = None, new_at: str | None = None) -> Change:
        return Change(kind, f"{self.new.operation_id}: {summary}", old_at or self.old.at, new_at or self.new.at)

    def _identity(self) -> Iterator[Change]:
        if self.old.operation_id != self.new.operation_id:
            yield self._change("operation-renamed", f"operationId {self.old.operation_id} renamed")
        if (self.old.path, self.old.method) != (self.new.path, self.new.method):
            yield self._change("operation-moved", f"moved from {self.old.method.upper()} {self.old.path}")
        if self.new.node.get("deprecated") and not self.old.node.get("deprecated"):
            yield self._change("operation-deprecated", "deprecated")
        if self.old.node.get("security") != self.new.node.get("security"):
            yield self._change("operation-security-changed", "operation-level security changed")

    def _parameters(self, body_changes: list[Change]) -> Iterator[Change]:
        old_params, new_params = _parameters(self.old_doc, self.old), _parameters(self.new_doc, self.new)
        old_fields, new_fields = _body_fields(self.old_doc, self.old), _body_fields(self.new_doc, self.new)
        removed = {key: old_params[key] for key in old_params.keys() - new_params.keys()}
        added = {key: new_params[key] for key in new_params.keys() - old_params.keys()}
        for (place, name), param in sorted(removed.items()):
            moved_to = next((p for (pl, n), p in added.items() if n == name), None)
            if moved_to is not None:
                added.pop((moved_to.node["in"], name))
                summary = f"parameter {name} moved from {place} to {moved_to.node['in']}"
                yield self._change("parameter-moved", summary, param.at, moved_to.at)
            elif name in new_fields and name not in old_fields:
                # The body's new field replaces the parameter: one change, not a removal and an addition.
                body_changes[:] = [c for c in body_changes if c.new_location != new_fields[name].at]
                summary = f"parameter {name} moved from {place} to body"
                yield self._change("parameter-moved", summary, param.at, new_fields[name].at)
            else:
                yield self._change("parameter-removed", f"{place} parameter {name} removed", param.at)
        for (place, name), param in sorted(added.items()):
            if name in old_fields and name not in new_fields:
                body_changes[:] = [c for c in body_changes if c.old_location != old_fields[name].at]
                summary = f"parameter {name} moved from body to {place}"
                yield self._change("parameter-moved", summary, old_fields[name].at, param.at)
                continue
            kind = "parameter-added-required" if param.node.get("required") else "parameter-added"
            yield self._change(kind, f"{place} parameter {name} added", None, param.at)
        for key in sorted(old_params.keys() & new_params.keys()):
            before, after = old_params[key], new_params[key]
            if bool(before.node.get("required")) != bool(after.node.get("required")):
                kind = "parameter-made-required" if after.node.get("required") else "parameter-made-optional"
                summary = f"{key[0]} parameter {key[1]} {kind.removeprefix('parameter-')}"
                yield self._change(kind, summary, before.at, after.at)
            if "schema" in before.node and "schema" in after.node:
                yield from self._schemas(
                    "request",
                    Located(before.node["schema"], before.at + "/schema"),
                    Located(after.node["schema"], after.at + "/schema"),
                    f"{self.new.operation_id} parameter {key[1]}",
                )

    def _request_body(self) -> Iterator[Change]:
        old_body, new_body = _request_body(self.old_doc, self.old), _request_body(self.new_doc, self.new)
        if new_body is None:
            if old_body is not None:
                yield self._change("request-body-removed", "request body removed", old_body.at)
            return
        if old_body is None:
            kind = "request-body-added-required" if new_body.node.get("required") else "request-body-added"
            yield self._change(kind, "request body added", None, new_body.at)
            return
        if bool(old_body.node.get("required")) != bool(new_body.node.get("required")):
            kind = "request-body-made-required" if new_body.node.get("required") else "request-body-made-optional"
            yield self._change(kind, kind.replace("-", " "), old_body.at, new_body.at)
        old_schema, new_schema = _json_schema(old_body), _json_schema(new_body)
        if old_schema is not None and new_schema is not None:
            label = f"{self.new.operation_id} body"
            yield from self._schemas("request", old_schema, new_schema, label)

    def _response(self) -> Iterator[Change]:
        old_schema, new_schema = _success_schema(self.old_doc, self.old), _success_schema(self.new_doc, self.new)
        if old_schema is not None and new_schema is None:
            yield self._change("response-body-removed", "JSON response body removed", old_schema.at)
        elif old_schema is None and new_schema is not None:
            yield self._change("response-body-added", "JSON response body added", None, new_schema.at)
        elif old_schema is not None and new_schema is not None:
            yield from self._schemas("response", old_schema, new_schema, f"{self.new.operation_id} response")

    def _schemas(self, direction: str, old: Located, new: Located, label: str) -> Iterator[Change]:
        comparison = SchemaComparison(
            self.old_doc,
            self.new_doc,
            "request" if direction == "request" else "response",
            self.new.operation_id,
        )
        yield from comparison.compare(old, new, label)


def _parameters(document: dict[str, Any], op: Operation) -> dict[tuple[str, str], Located]:
    """The effective parameters, {(in, name): parameter}: the path item's, overridden by the operation's."""
    found: dict[tuple[str, str], Located] = {}
    item = document["paths"][op.path]
    for holder, at in ((item, pointer("paths", op.path)), (op.node, op.at)):
        for index, raw in enumerate(holder.get("parameters", [])):
            param, _ = deref(document, Located(raw, f"{at}/parameters/{index}"))
            found[(param.node["in"], param.node["name"])] = param
    return found


def _request_body(document: dict[str, Any], op: Operation) -> Located | None:
    if "requestBody" not in op.node:
        return None
    body, _ = deref(document, Located(op.node["requestBody"], op.at + "/requestBody"))
    return body


def _json_schema(holder: Located) -> Located | None:
    media = holder.node.get("content", {}).get("application/json")
    if not isinstance(media, dict) or "schema" not in media:
        return None
    return Located(media["schema"], holder.at + "/content/application~1json/schema")


def _body_fields(document: dict[str, Any], op: Operation) -> dict[str, Located]:
    body = _request_body(document, op)
    schema = _json_schema(body) if body is not None else None
    return {} if schema is None else shape(document, schema).properties


def _success_schema(document: dict[str, Any], op: Operation) -> Located | None:
    """The JSON schema of the first 2xx response with one: what the generated function returns."""
    responses = op.node.get("responses", {})
    for status in sorted(responses):
        if status.startswith("2"):
            response, _ = deref(document, Located(responses[status], f"{op.at}/responses/{status}"))
            schema = _json_schema(response)
            if schema is not None:
                return schema
    return None
