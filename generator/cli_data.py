"""What the generated command line (`<package>/cli.py`) declares, read from the spec alone.

Every operation becomes a command `<resource> <method>` (its `x-resource` names). Its options come from the
operation itself: path parameters are positional arguments; query parameters and the JSON body's top-level
fields are options named after them in kebab case; a top-level object whose fields are all scalars or lists of
scalars (a filter, a page request) has those fields as options too (`--policy-severities` of `filter`); any other
object is one option taking JSON. The optional `x-cli` extension adds the table's default columns, the
`--where` rule-group query and option renames (specs/EXTENSIONS.md).

`problems(spec)` reports what cannot work (a column the records do not have, a `--where` the body cannot take,
two options with one name) with its JSON pointer; `python -m generator validate` shows them with the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from attrs import define, field
from auth_plugins.defaults import CLI_DERIVED_COLUMNS
from cli_runtime.spec import COMMAND_OPTIONS
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .resource_data import argument_name, one_line
from .specfile import pointer, requires_only, resolve_pointer, split_pointer
from .validate import operations

_SCALARS = ("string", "integer", "number", "boolean")
_WHERE_KEYS = ("combinator", "rules", "field", "operator", "value")
_SPEC_URI = "urn:spec"


class CliSpecError(Exception):
    """The spec asks for a command line that cannot work; `problems` holds (JSON pointer, message)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("\n".join(f"{where}: {message}" for where, message in problems))
        self.problems = problems


def problems(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Every reason the spec's command line cannot be generated, with its JSON pointer."""
    return _Reader(spec).read()[1]


def context(spec: dict[str, Any]) -> dict[str, Any]:
    """The `cli.py` template's context: the program name and one command per operation."""
    commands, found = _Reader(spec).read()
    if found:
        raise CliSpecError(found)
    return {"cli_name": _program(spec), "commands": commands}


def _program(spec: dict[str, Any]) -> str:
    """The program's name: the package name without `_client`, in kebab case (`cyberhaven`)."""
    return str(spec["x-client"]["package"]).removesuffix("_client").replace("_", "-")


@define
class _Shape:
    """What a schema accepts, as far as a command line cares."""

    kind: str  # a scalar kind, "array", "object" or "json"
    items: str | None = None
    choices: tuple[str, ...] = ()
    strict: bool = True
    format: str | None = None
    default: Any = None
    description: str = ""
    sensitive: bool = False
    properties: dict[str, Any] = field(factory=dict)
    required: tuple[str, ...] = ()


@define
class _Reader:
    spec: dict[str, Any]
    found: list[tuple[str, str]] = field(factory=list)

    def read(self) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
        # the settings that are options of every command (secret ones are read from the environment only)
        settings = {
            name.replace("_", "-")
            for name, setting in self.spec["x-client"]["settings"].items()
            if not setting.get("secret")
        }
        commands = [
            self._command(path, method, operation, settings) for path, method, operation in operations(self.spec)
        ]
        return commands, self.found

    # -- one operation ----------------------------------------------------------------------------------------

    def _command(self, path: str, method: str, operation: dict[str, Any], settings: set[str]) -> dict[str, Any]:
        where = ("paths", path, method)
        resource = operation["x-resource"]
        cli = operation.get("x-cli", {})
        renames = resource.get("arguments", {})
        pagination = operation.get("x-pagination")
        hidden = _page_position(pagination)
        arguments, options = [], []
        for parameter in self._parameters(path, operation):
            shape = self._shape(parameter.get("schema", {}))
            description = one_line(parameter.get("description") or shape.description)
            if parameter["in"] == "path":
                arguments.append(
                    {"name": parameter["name"], "help": description, "kind": _scalar(shape), "choices": shape.choices}
                )
            elif parameter["in"] == "query" and (parameter["name"],) != hidden:
                option = _option(
                    parameter["name"], argument_name(parameter["name"], "query", renames), (), shape, place="query"
                )
                option.update(help=description, required=bool(parameter.get("required")), panel="Query parameters")
                options.append(option)
        body = self._request_schema(operation)
        body_fields: dict[str, str] = {}
        if body is not None:
            shape = self._shape(body)
            for name, schema in shape.properties.items():
                if (name,) == hidden:
                    continue
                argument = argument_name(name, "body", renames)
                body_fields[name] = argument
                options += self._body_options(name, argument, schema, name in shape.required, hidden)
        self._name_options(options, cli.get("options", {}), settings, where)
        items = pagination["items"] if pagination else resource.get("items")
        record = self._record_schema(operation, items)
        return {
            "resource": resource["name"],
            "method": resource["method"],
            "operation_id": operation["operationId"],
            "http": f"{method.upper()} {path}",
            "summary": one_line(operation.get("summary", "")),
            "description": _reflowed(operation.get("description", "")),
            "arguments": arguments,
            "options": options,
            "has_body": body is not None,
            "body_fields": body_fields,
            "paginated": pagination is not None,
            "items": items,
            "columns": self._columns(cli.get("columns"), record, items, (*where, "x-cli", "columns")),
            "where": self._where(cli.get("where"), body, body_fields, (*where, "x-cli", "where")),
            "sensitive": tuple(sorted(set(self._sensitive(record, (), set())))) if record is not None else (),
        }

    def _parameters(self, path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
        item = self.spec["paths"][path]
        found = [self._resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
        order = re.findall(r"\{([^}]+)\}", path)
        in_path = sorted((p for p in found if p["in"] == "path"), key=lambda p: order.index(p["name"]))
        return [*in_path, *(p for p in found if p["in"] == "query")]

    def _request_schema(self, operation: dict[str, Any]) -> dict[str, Any] | None:
        body = self._resolve(operation.get("requestBody", {}))
        schema = body.get("content", {}).get("application/json", {}).get("schema")
        return None if schema is None else self._resolve(schema)

    def _body_options(
        self, name: str, argument: str, schema: Any, required: bool, hidden: tuple[str, ...] | None
    ) -> list[dict[str, Any]]:
        shape = self._shape(schema)
        if shape.kind == "object" and shape.properties and all(self._flat(s) for s in shape.properties.values()):
            # a filter-like object: each of its fields is an option of its own
            options = []
            for inner, inner_schema in shape.properties.items():
                if (name, inner) == hidden:
                    continue  # the pager sends the page position
                option = _option(inner, argument, (inner,), self._shape(inner_schema), parent=name)
                option.update(required=inner in shape.required, panel=f"{name} (request body)")
                options.append(option)
            return options
        option = _option(name, argument, (), shape)
        option.update(required=required, panel="Request body")
        return [option]

    def _flat(self, schema: Any) -> bool:
        shape = self._shape(schema)
        return shape.kind in _SCALARS or (shape.kind == "array" and shape.items in _SCALARS)

    # -- option names ----------------------------------------------------------------------------------------

    def _name_options(
        self, options: list[dict[str, Any]], renames: dict[str, str], settings: set[str], where: tuple[str, ...]
    ) -> None:
        """Flags in kebab case; a field of a flattened object that shares its name with another option is
        prefixed with its object's name (`--page-request-id`), one that has the name of the CLI's own option with
        its place (`--body-format`, `--query-limit`); `x-cli.options` renames any option."""
        keys = {option["key"]: option for option in options}
        for key, flag in renames.items():
            if key not in keys:
                known = ", ".join(sorted(keys)) or "none"
                self.found.append((pointer(*where, "x-cli", "options", key), f"no option {key!r} (options: {known})"))
            else:
                keys[key]["flag"] = flag
        counts: dict[str, int] = {}
        for option in options:
            counts[option["flag"]] = counts.get(option["flag"], 0) + 1
        reserved = COMMAND_OPTIONS | settings
        for option in options:
            if option["key"] in renames:
                continue
            if option["parent"] and counts[option["flag"]] > 1:
                option["flag"] = _kebab(f"{option['parent']}_{option['flag']}")
            if option["flag"] in reserved:  # e.g. a body field `format`: --body-format, as --format is the output's
                option["flag"] = f"{option['place']}-{option['flag']}"
        seen: dict[str, str] = {}
        for option in options:
            flag, key = option["flag"], option["key"]
            clash = seen.get(flag) or (
                f"the CLI's own --{flag}" if flag in reserved or flag.startswith("no-") else None
            )
            if clash:
                self.found.append(
                    (
                        pointer(*where),
                        f"option --{flag} of {key!r} clashes with {clash}; rename it with x-cli.options: "
                        f"{{{key}: <another-name>}}",
                    )
                )
            seen.setdefault(flag, f"the option of {key!r}")
        for option in options:
            del option["key"], option["parent"], option["place"]

    # -- records: columns and secrets --------------------------------------------------------------------------

    def _record_schema(self, operation: dict[str, Any], items: str | None) -> dict[str, Any] | None:
        """The schema of one record of the answer: the items' schema, or the whole success body."""
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            schema = self._resolve(response).get("content", {}).get("application/json", {}).get("schema")
            if schema is None:
                continue
            node = self._resolve(schema)
            for key in split_pointer(items) if items else []:
                node = self._resolve(self._shape(node).properties.get(key, {}))
            if items:
                node = self._resolve(node.get("items", {}))
            return node
        return None

    def _columns(
        self, declared: list[str] | None, record: dict[str, Any] | None, items: str | None, where: tuple[str, ...]
    ) -> tuple[str, ...]:
        if declared is None:
            if record is None or items is None:
                return ()  # one answer: shown field by field
            scalars = [k for k, s in self._shape(record).properties.items() if self._shape(s).kind in _SCALARS]
            return tuple(scalars[:CLI_DERIVED_COLUMNS])
        for index, column in enumerate(declared):
            problem = self._path_problem(record or {}, column.split("."))
            if problem:
                self.found.append((pointer(*where, index), f"column {column!r}: {problem}"))
        return tuple(declared)

    def _path_problem(self, schema: dict[str, Any], keys: list[str]) -> str | None:
        node = schema
        for depth, key in enumerate(keys):
            shape = self._shape(node)
            if shape.kind == "array" and key.isdigit():
                node = self._resolve(self._resolve(node).get("items", {}))
                continue
            if key not in shape.properties:
                at = ".".join(keys[:depth]) or "a record"
                return f"{at} has no field {key!r} (fields: {', '.join(shape.properties) or 'none'})"
            node = shape.properties[key]
        return None

    def _sensitive(self, schema: Any, at: tuple[str, ...], seen: set[str]) -> Iterator[tuple[str, ...]]:
        """Paths of the fields marked `format: password` (a `*` step for each list)."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            if schema["$ref"] in seen:
                return  # a recursive schema: walked once
            seen = seen | {schema["$ref"]}
        node = self._resolve(schema)
        if node.get("format") == "password" and at:
            yield at
        for alternative in [*node.get("anyOf", []), *node.get("oneOf", []), *node.get("allOf", [])]:
            yield from self._sensitive(alternative, at, seen)
        for key, child in node.get("properties", {}).items():
            yield from self._sensitive(child, (*at, key), seen)
        if "items" in node:
            yield from self._sensitive(node["items"], (*at, "*"), seen)

    # -- --where ------------------------------------------------------------------------------------------------

    def _where(
        self,
        where: dict[str, Any] | None,
        body: dict[str, Any] | None,
        body_fields: dict[str, str],
        at: tuple[str, ...],
    ) -> dict[str, Any] | None:
        if where is None:
            return None
        body_field = where["body-field"]
        if body is None or body_field not in body_fields:
            known = ", ".join(body_fields) or "none: the operation has no JSON body"
            self.found.append((pointer(*at, "body-field"), f"no body field {body_field!r} (fields: {known})"))
            return None
        keys = {key: where.get("keys", {}).get(key, key) for key in _WHERE_KEYS}
        group = self._shape(self._shape(body).properties[body_field])
        missing = [keys[k] for k in ("combinator", "rules") if keys[k] not in group.properties]
        if missing:
            self.found.append((pointer(*at), f"body field {body_field!r} is not a rule group: no {missing}"))
            return None
        rule = self._rule_schema(group.properties[keys["rules"]], [keys[k] for k in ("field", "operator", "value")])
        if rule is None:
            self.found.append(
                (
                    pointer(*at),
                    f"the rules of {body_field!r} have no rule with {keys['field']}, {keys['operator']}, "
                    f"{keys['value']}",
                )
            )
            return None
        rule_schema, rule_pointer = rule
        combinators = self._shape(group.properties[keys["combinator"]]).choices
        all_value, any_value = (
            where.get("combinators", {}).get("all", "and"),
            where.get("combinators", {}).get("any", "or"),
        )
        for name, value in (("all", all_value), ("any", any_value)):
            if combinators and value not in combinators:
                self.found.append(
                    (pointer(*at, "combinators", name), f"{value!r} is not a combinator ({', '.join(combinators)})")
                )
        constants = where.get("rule", {})
        properties = self._shape(rule_schema).properties
        for name, value in constants.items():
            if name not in properties:
                self.found.append((pointer(*at, "rule", name), f"a rule has no field {name!r}"))
                continue
            for error in self._validator(rule_pointer + pointer("properties", name)).iter_errors(value):
                self.found.append((pointer(*at, "rule", name), f"does not fit the rule's schema: {error.message}"))
        return {
            "argument": body_fields[body_field],
            "operators": self._shape(properties.get(keys["operator"], {})).choices,
            "constants": constants,
            **{f"{key}_key": keys[key] for key in _WHERE_KEYS},
            "all": all_value,
            "any": any_value,
        }

    def _rule_schema(self, rules: Any, needed: list[str]) -> tuple[dict[str, Any], str] | None:
        """The element schema of `rules` that is a rule (has the field, operator and value keys), and its pointer."""
        items = self._resolve(rules).get("items", {})
        candidates = [items]
        resolved = self._resolve(items)
        candidates += [*resolved.get("anyOf", []), *resolved.get("oneOf", [])]
        for candidate in candidates:
            node, at = self._resolve_at(candidate)
            if at and all(key in node.get("properties", {}) for key in needed):
                return node, at
        return None

    def _validator(self, schema_pointer: str) -> Draft202012Validator:
        registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(self.spec, default_specification=DRAFT202012)
        )
        return Draft202012Validator({"$ref": f"{_SPEC_URI}#{schema_pointer}"}, registry=registry)

    # -- schemas ------------------------------------------------------------------------------------------------

    def _resolve(self, node: Any) -> dict[str, Any]:
        return self._resolve_at(node)[0]

    def _resolve_at(self, node: Any) -> tuple[dict[str, Any], str | None]:
        """`node` with its `$ref`s followed, and the pointer of the schema reached by the last one."""
        at = None
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            at = node["$ref"].lstrip("#")
            node = resolve_pointer(self.spec, node["$ref"])
        return (node if isinstance(node, dict) else {}), at

    def _shape(self, schema: Any) -> _Shape:
        node = self._resolve(schema)
        description = one_line(node.get("description", ""))
        alternatives = [
            a
            for a in [*node.get("anyOf", []), *node.get("oneOf", [])]
            if self._resolve(a) != {"type": "null"} and not requires_only(a)
        ]
        if alternatives:
            shapes = [self._shape(a) for a in alternatives]
            if len(shapes) == 1:
                return _with_description(shapes[0], description)
            if all(s.kind == "string" for s in shapes):
                choices = tuple(dict.fromkeys(c for s in shapes for c in s.choices))
                strict = all(s.choices for s in shapes)
                return _Shape(
                    "string", choices=choices, strict=strict, description=description or shapes[0].description
                )
            return _Shape("json", description=description)
        types = node.get("type")
        kinds = [t for t in (types if isinstance(types, list) else [types]) if t not in (None, "null")]
        if not kinds and "enum" in node:
            kinds = sorted({_json_kind(v) for v in node["enum"] if v is not None})
        if not kinds and "properties" in node:
            kinds = ["object"]
        if len(kinds) != 1:
            return _Shape("json", description=description)
        kind = kinds[0]
        shape = _Shape(
            kind,
            choices=tuple(str(v) for v in node.get("enum", []) if v is not None),
            format=node.get("format"),
            default=node.get("default"),
            description=description,
            sensitive=node.get("format") == "password",
        )
        if kind == "array":
            inner = self._shape(node.get("items", {}))
            shape.items, shape.choices, shape.strict = inner.kind, inner.choices, inner.strict
            if not shape.description:
                shape.description = inner.description
        elif kind == "object":
            shape.properties = dict(node.get("properties", {}))
            shape.required = tuple(node.get("required", []))
        return shape


def _option(
    name: str, argument: str, path: tuple[str, ...], shape: _Shape, parent: str | None = None, place: str = "body"
) -> dict[str, Any]:
    if shape.kind in _SCALARS:
        kind = shape.kind
    elif shape.kind == "array" and shape.items in _SCALARS:
        kind = "array"
    else:
        kind = "json"  # an object or a list of them: given as JSON
    return {
        "key": f"{parent}.{name}" if parent else name,
        "parent": parent,
        "place": place,
        "flag": _kebab(name if path else argument),  # a top-level one as x-resource.arguments renames it
        "argument": argument,
        "path": path,
        "kind": kind,
        "items": shape.items if kind == "array" else None,
        "choices": shape.choices,
        "strict": shape.strict,
        "default": shape.default,
        "format": shape.format,
        "help": shape.description,
        "sensitive": shape.sensitive,
    }


def _with_description(shape: _Shape, description: str) -> _Shape:
    if description:
        shape.description = description
    return shape


def _scalar(shape: _Shape) -> str:
    return shape.kind if shape.kind in _SCALARS else "string"


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string" if isinstance(value, str) else "json"


def _page_position(pagination: dict[str, Any] | None) -> tuple[str, ...] | None:
    """The body path or query parameter that carries the page position: the pager sends it, not the user."""
    if pagination is None:
        return None
    if "page-param" in pagination:
        return (pagination["page-param"],)
    request = pagination.get("request-cursor") or pagination.get("request-page")
    return tuple(split_pointer(request)) if request else None


def _kebab(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _reflowed(text: Any) -> str:
    """Prose with the spec's line breaks inside paragraphs joined (help is wrapped to the terminal); lines of a
    list kept."""
    paragraphs = []
    for paragraph in str(text).strip().split("\n\n"):
        lines = paragraph.splitlines()
        if any(line.lstrip().startswith(("-", "*", "|")) for line in lines):
            paragraphs.append(paragraph)
        else:
            paragraphs.append(" ".join(" ".join(lines).split()))
    return "\n\n".join(paragraphs)
