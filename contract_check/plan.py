"""Which operations the check calls, in which order, and the request it sends to each, all from the spec.

- Read-only operations only, unless writes were asked for: GET/HEAD/OPTIONS, and the POST/PATCH the spec
  marks `x-safe-to-retry` (a POST that only reads, specs/EXTENSIONS.md). Writes come after every read, deletes
  last.
- An operation that an OpenAPI `links` entry leads to runs after the operations it leads from, and takes its
  parameters and body from their answers (`$response.body#/resources/0/id`): an incident id from a list ->
  the incident's event lineage -> the lineage's events.
- Requests are as small as the spec allows: required parameters and body fields only (their values from the
  spec's examples, defaults or enums), the smallest page the spec allows up to the page size asked for, and the
  first page. Writes send the spec's request example as it is.
- The page size is the integer sibling of the page position (`x-pagination.request-cursor` or `request-page`)
  named size, page_size, per_page, limit or count, or a query parameter of that name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

from attrs import evolve, field, frozen
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.specfile import pointer, resolve_pointer, split_pointer
from generator.validate import operations as spec_operations

__all__ = [
    "MISSING",
    "Answer",
    "Call",
    "CannotCall",
    "Link",
    "Requests",
    "SpecOperation",
    "evaluate",
    "order",
    "read_operations",
]

PAGE_SIZE_NAMES: Final = ("size", "page_size", "per_page", "limit", "count")
READ_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})
_SPEC_URI: Final = "urn:contract-check:spec"


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()


@frozen
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: Mapping[str, Any]
    example: Any = MISSING


@frozen
class Link:
    """An OpenAPI link of a success response: `parameters` by (location or "") and name, `body` as written."""

    source: str
    target: str
    parameters: Mapping[str, Any]
    body: Any = MISSING


@frozen
class SpecOperation:
    operation_id: str
    method: str  # upper case
    path: str
    read_only: bool
    parameters: tuple[Parameter, ...]
    body_schema: Mapping[str, Any] | None  # the JSON request body's schema ($ref kept), None without one
    body_schema_at: str | None  # its JSON pointer in the spec
    body_required: bool
    body_example: Any
    pagination: Mapping[str, Any] | None
    links: tuple[Link, ...]


@frozen
class Answer:
    """What a link's runtime expressions read: the answer of its source operation, and the request sent."""

    status: int
    headers: Mapping[str, str] = field(repr=False)  # the answer may carry a token: never in a repr
    body: Any = field(repr=False)
    request: Call


def _names_only(values: Any) -> str:
    """A repr of parameters or a body that shows the names, never the values (the token exchange sends the key)."""
    return repr(sorted(values)) if isinstance(values, Mapping) else repr(values) if values is MISSING else "..."


@frozen
class Call:
    """One request: path, query and header parameters by their spec names, and the JSON body (or MISSING)."""

    operation: SpecOperation = field(repr=lambda op: op.operation_id)
    path: Mapping[str, Any] = field(factory=dict, repr=_names_only)
    query: Mapping[str, Any] = field(factory=dict, repr=_names_only)
    headers: Mapping[str, Any] = field(factory=dict, repr=_names_only)
    body: Any = field(default=MISSING, repr=_names_only)


class CannotCall(Exception):
    """The spec gives no way to build this operation's request (the message says what is lacking)."""


# -- reading the spec ------------------------------------------------------------------------------------


def read_operations(spec: Mapping[str, Any]) -> list[SpecOperation]:
    """Every operation of the spec, in document order."""
    found = []
    document = dict(spec)
    for path, method, operation in spec_operations(document):
        item = document["paths"][path]
        parameters = tuple(
            _parameter(document, raw) for raw in [*item.get("parameters", []), *operation.get("parameters", [])]
        )
        body_at = pointer("paths", path, method, "requestBody")
        raw_body = operation.get("requestBody")
        while isinstance(raw_body, dict) and isinstance(raw_body.get("$ref"), str):
            body_at = raw_body["$ref"].lstrip("#")
            raw_body = resolve_pointer(document, raw_body["$ref"])
        body = raw_body if isinstance(raw_body, dict) else {}
        media = (body.get("content") or {}).get("application/json") or {}
        schema = media.get("schema")
        example = media.get("example", MISSING)
        if example is MISSING and isinstance(schema, dict):
            example = _resolve(document, schema).get("example", MISSING)
        found.append(
            SpecOperation(
                operation_id=operation["operationId"],
                method=method.upper(),
                path=path,
                read_only=method.upper() in READ_METHODS or operation.get("x-safe-to-retry") is True,
                parameters=parameters,
                body_schema=schema if isinstance(schema, dict) else None,
                body_schema_at=f"{body_at}/content/application~1json/schema" if isinstance(schema, dict) else None,
                body_required=bool(body.get("required")),
                body_example=example,
                pagination=operation.get("x-pagination"),
                links=tuple(_links(document, operation)),
            )
        )
    return found


def _parameter(document: dict[str, Any], raw: Mapping[str, Any]) -> Parameter:
    resolved = _resolve(document, raw)
    schema = _resolve(document, resolved.get("schema"))
    example = resolved.get("example", MISSING)
    if example is MISSING and isinstance(resolved.get("examples"), dict) and resolved["examples"]:
        first = _resolve(document, next(iter(resolved["examples"].values())))
        example = first.get("value", MISSING)
    return Parameter(
        name=str(resolved["name"]),
        location=str(resolved["in"]),
        required=bool(resolved.get("required")),
        schema=schema,
        example=example,
    )


def _links(document: dict[str, Any], operation: Mapping[str, Any]) -> Iterator[Link]:
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        for raw in (_resolve(document, response).get("links") or {}).values():
            link = _resolve(document, raw)
            if "operationId" in link:
                yield Link(
                    source=operation["operationId"],
                    target=str(link["operationId"]),
                    parameters=dict(link.get("parameters") or {}),
                    body=link.get("requestBody", MISSING),
                )


def _resolve(document: Mapping[str, Any], node: Any) -> dict[str, Any]:
    hops = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and hops < 32:
        node, hops = resolve_pointer(document, node["$ref"]), hops + 1
    return node if isinstance(node, dict) else {}


# -- order -----------------------------------------------------------------------------------------------


def order(chosen: Iterable[SpecOperation]) -> list[SpecOperation]:
    """Reads, then writes (deletes last); within each, an operation after the chosen ones linking to it."""
    chosen = list(chosen)
    reads = [op for op in chosen if op.read_only]
    writes = [op for op in chosen if not op.read_only and op.method != "DELETE"]
    deletes = [op for op in chosen if not op.read_only and op.method == "DELETE"]
    sources: dict[str, set[str]] = {op.operation_id: set() for op in chosen}
    for op in chosen:
        for link in op.links:
            if link.target in sources and link.target != op.operation_id:
                sources[link.target].add(op.operation_id)
    ordered: list[SpecOperation] = []
    for group in (reads, writes, deletes):
        pending = list(group)
        group_ids = {op.operation_id for op in group}
        while pending:
            done = {op.operation_id for op in ordered}
            ready = next((op for op in pending if sources[op.operation_id] & group_ids <= done), None)
            chosen_next = ready if ready is not None else pending[0]  # a cycle of links: document order
            ordered.append(chosen_next)
            pending.remove(chosen_next)
    return ordered


# -- runtime expressions ---------------------------------------------------------------------------------

_EXPRESSION: Final = re.compile(r"^\$(?P<source>response|request)\.(?P<part>body|header|path|query)(?P<rest>.*)$")


def evaluate(value: Any, answer: Answer) -> Any:
    """A link value with its OpenAPI runtime expressions filled from `answer` (objects and lists too, as
    schemathesis does); MISSING when one does not resolve. `$statusCode`, `$response.body#/ptr`,
    `$response.header.Name`, `$request.path.name`, `$request.query.name`, `$request.header.Name`,
    `$request.body#/ptr`; anything else is a literal.

    Hand-written: the only implementations at hand (schemathesis') are bound to their own test runner."""
    if isinstance(value, dict):
        filled = {key: evaluate(item, answer) for key, item in value.items()}
        return MISSING if any(item is MISSING for item in filled.values()) else filled
    if isinstance(value, list):
        items = [evaluate(item, answer) for item in value]
        return MISSING if any(item is MISSING for item in items) else items
    if not isinstance(value, str) or not value.startswith("$"):
        return value
    if value == "$statusCode":
        return answer.status
    match = _EXPRESSION.match(value)
    if match is None:
        return value
    source, part, rest = match["source"], match["part"], match["rest"]
    if part == "body":
        body = answer.body if source == "response" else answer.request.body
        return _at(body, rest[1:] if rest.startswith("#") else rest)
    name = rest.removeprefix(".")
    if source == "response":
        return answer.headers.get(name.lower(), MISSING) if part == "header" else MISSING
    values = {"path": answer.request.path, "query": answer.request.query, "header": answer.request.headers}[part]
    return values.get(name, MISSING)


def _at(document: Any, json_pointer: str) -> Any:
    node = document
    for key in split_pointer(json_pointer) if json_pointer else []:
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            return MISSING
    return node if node is not None else MISSING


# -- building a request ----------------------------------------------------------------------------------


class Requests:
    """Builds the request of each operation from the spec, the links' values and the page size."""

    def __init__(self, spec: Mapping[str, Any], *, page_size: int) -> None:
        self.spec = dict(spec)
        self.page_size = page_size
        self._registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(self.spec, default_specification=DRAFT202012)
        )

    def call_for(self, op: SpecOperation, linked: Iterable[tuple[Link, Answer]] = (), body: Any = MISSING) -> Call:
        """The request for `op`: values from the first answer whose link resolves, else from the spec.
        `body` overrides the body (the token exchange's). Raises CannotCall when a required value is lacking."""
        given: dict[tuple[str, str], Any] = {}
        linked_body: Any = MISSING
        for link, answer in linked:
            values = {name: evaluate(expr, answer) for name, expr in link.parameters.items()}
            link_body = evaluate(link.body, answer) if link.body is not MISSING else MISSING
            if any(v is MISSING for v in values.values()) or (link.body is not MISSING and link_body is MISSING):
                continue
            for name, value in values.items():
                location, _, plain = name.rpartition(".")
                given[(location, plain)] = value
            linked_body = link_body
            break
        call = Call(operation=op)
        groups: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        for parameter in op.parameters:
            if parameter.location not in groups:
                continue
            value = given.get((parameter.location, parameter.name), given.get(("", parameter.name), MISSING))
            if value is MISSING and parameter.required:
                value = _sample(parameter.schema, parameter.example)
                if value is MISSING:
                    raise CannotCall(
                        f"needs {parameter.location} parameter {parameter.name!r}: no link leads here with one, "
                        "and the spec gives no example"
                    )
            if value is not MISSING:
                groups[parameter.location][parameter.name] = value
        self._page(op, groups["query"])
        if body is MISSING:
            body = linked_body if linked_body is not MISSING else self._body(op)
        if body is not MISSING:
            body = self._page_in_body(op, body)
        return evolve(call, path=groups["path"], query=groups["query"], headers=groups["header"], body=body)

    # -- bodies
    def _body(self, op: SpecOperation) -> Any:
        if op.body_schema is None:
            return MISSING
        if not op.read_only:  # a write sends what the spec shows
            if op.body_example is MISSING and op.body_required:
                raise CannotCall("needs a request body: the spec gives no example")
            return op.body_example
        smallest = self._minimal(op.body_schema, op.body_example, 0)
        if smallest is not MISSING and self._fits(op, smallest):
            return smallest
        if op.body_example is not MISSING:
            return op.body_example
        if op.body_required:
            raise CannotCall("needs a request body: the spec gives no example")
        return MISSING

    def _minimal(self, schema: Any, example: Any, depth: int) -> Any:
        """The smallest value the schema allows: required fields only, as few list items as allowed,
        scalars from the example (else default, const, first enum value, schema example)."""
        resolved = _resolve(self.spec, schema) if isinstance(schema, dict) else {}
        if depth > 32:
            return MISSING
        if "properties" in resolved or resolved.get("type") == "object":
            properties = resolved.get("properties") or {}
            built = {}
            for name in resolved.get("required") or []:
                sub_example = example.get(name, MISSING) if isinstance(example, dict) else MISSING
                value = self._minimal(properties.get(name, {}), sub_example, depth + 1)
                if value is MISSING:
                    return MISSING
                built[name] = value
            return built
        if resolved.get("type") == "array":
            count = int(resolved.get("minItems") or 0)
            examples = example if isinstance(example, list) else []
            items = [self._minimal(resolved.get("items", {}), e, depth + 1) for e in examples[:count]]
            return MISSING if len(items) < count or MISSING in items else items
        return _sample(resolved, example)

    def _fits(self, op: SpecOperation, value: Any) -> bool:
        validator = Draft202012Validator({"$ref": f"{_SPEC_URI}#{op.body_schema_at}"}, registry=self._registry)
        return bool(validator.is_valid(value))

    # -- pages
    def _page(self, op: SpecOperation, query: dict[str, Any]) -> None:
        """Query parameters: the page size, and the first page of a page-numbered operation."""
        pagination = op.pagination or {}
        for parameter in op.parameters:
            if parameter.location != "query":
                continue
            if parameter.name == pagination.get("page-param"):
                query[parameter.name] = pagination.get("first-page", 0)
            elif parameter.name in PAGE_SIZE_NAMES and _is_integer(parameter.schema):
                query[parameter.name] = _bounded(self.page_size, parameter.schema)

    def _page_in_body(self, op: SpecOperation, body: Any) -> Any:
        """The body with the page size next to the page position, and the first page where pages are numbered."""
        pagination = op.pagination or {}
        position = pagination.get("request-cursor") or pagination.get("request-page")
        if not isinstance(position, str) or not isinstance(body, dict) or op.body_schema is None:
            return body
        keys = split_pointer(position)
        parent_schema: dict[str, Any] = _resolve(self.spec, op.body_schema)
        for key in keys[:-1]:
            parent_schema = _resolve(self.spec, (parent_schema.get("properties") or {}).get(key, {}))
        size_name = next(
            (
                name
                for name in PAGE_SIZE_NAMES
                if _is_integer(_resolve(self.spec, (parent_schema.get("properties") or {}).get(name, {})))
            ),
            None,
        )
        updated = _copy_path(body, keys[:-1])
        parent = updated
        for key in keys[:-1]:
            parent = parent[key]
        parent.pop(keys[-1], None)  # a cursor copied from an example: start at the first page
        if "request-page" in pagination:
            parent[keys[-1]] = pagination.get("first-page", 0)
        if size_name is not None:
            size_schema = _resolve(self.spec, parent_schema["properties"][size_name])
            parent[size_name] = _bounded(self.page_size, size_schema)
        return updated


def _copy_path(body: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    """A copy of `body` whose objects along `keys` are new (created when absent), the rest shared."""
    top = dict(body)
    node = top
    for key in keys:
        child = node.get(key)
        node[key] = dict(child) if isinstance(child, dict) else {}
        node = node[key]
    return top


def _sample(schema: Mapping[str, Any], example: Any) -> Any:
    if example is not MISSING:
        return example
    for key in ("default", "const", "example"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    return MISSING


def _is_integer(schema: Mapping[str, Any]) -> bool:
    declared = schema.get("type")
    return declared == "integer" or (isinstance(declared, list) and "integer" in declared)


def _bounded(size: int, schema: Mapping[str, Any]) -> int:
    low = schema.get("minimum")
    high = schema.get("maximum")
    if isinstance(high, int | float):
        size = min(size, int(high))
    if isinstance(low, int | float):
        size = max(size, int(low))
    return size
