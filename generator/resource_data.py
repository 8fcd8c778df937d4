"""What the resource client templates need, from the spec's `x-resource` and openapi-python-client's parser.

The parser (`GeneratorData`) is the one that wrote the low-level modules, so the Python names used here
(parameter keyword arguments such as `type_`, model classes, module paths) are exactly the generated ones.
Descriptions and JSON Schemas come from the spec itself.
"""

from __future__ import annotations

import copy
import json
import keyword
import re
from collections.abc import Iterator
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import ClassName, PythonIdentifier

from .extensions import PAGING_ARGUMENTS
from .specfile import resolve_pointer, split_pointer
from .validate import operations

_SCHEMA_NOISE = ("description", "example", "examples", "title", "deprecated", "readOnly", "writeOnly")
_REF = re.compile(r"^#/components/schemas/(.+)$")


class ResourceError(Exception):
    """The spec asks for a resource method Python cannot have (a clash of argument names, a bad pointer)."""


def context(spec: dict[str, Any], data: GeneratorData, field_prefix: str) -> dict[str, Any]:
    """Context for endpoints.py and resources.py: the client's class name, resources, methods, schemas."""
    endpoints = {
        str(endpoint.name): (tag, endpoint) for tag, collection in _collections(data) for endpoint in collection
    }
    methods = []
    for path, method, operation in operations(spec):
        tag, endpoint = endpoints[operation["operationId"]]
        methods.append(_method(spec, path, method, operation, tag, endpoint, field_prefix))
    resources: dict[str, list[dict[str, Any]]] = {}
    for entry in methods:
        resources.setdefault(entry["resource"], []).append(entry)
    body_schemas = [entry["body"]["schema_name"] for entry in methods if entry["body"]]
    return {
        "client_class": str(ClassName(spec["x-client"]["package"].removesuffix("_client"), field_prefix)),
        "methods": methods,
        "resources": [
            {"name": name, "class": str(ClassName(name, field_prefix)), "methods": entries}
            for name, entries in resources.items()
        ],
        "schema_defs": _schema_defs(spec, body_schemas),
        "model_imports": sorted({name for entry in methods for name in entry["imports"]} & _model_classes(data)),
        "types_imports": sorted({name for entry in methods for name in entry["imports"]} & TYPES_NAMES),
    }


# Names annotations may use from the package's generated types.py (a binary response is a `File`).
TYPES_NAMES = frozenset({"File"})


def _model_classes(data: GeneratorData) -> set[str]:
    return {str(model.class_info.name) for model in [*data.models, *data.enums]}


def _collections(data: GeneratorData) -> Iterator[tuple[str, list[Any]]]:
    for tag, collection in data.endpoint_collections_by_tag.items():
        yield str(tag), collection.endpoints


def _method(
    spec: dict[str, Any], path: str, http_method: str, operation: dict[str, Any], tag: str, endpoint: Any, prefix: str
) -> dict[str, Any]:
    resource = operation["x-resource"]
    operation_id = operation["operationId"]
    where = f"{http_method.upper()} {path} ({operation_id})"
    pagination = operation.get("x-pagination")
    renames = resource.get("arguments", {})
    imports: set[str] = set()
    spec_params = {
        p["name"]: p
        for p in (
            _resolve(spec, raw)
            for raw in [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]
        )
    }
    arguments: list[dict[str, Any]] = []
    page_param = pagination.get("page-param") if pagination else None
    path_order = re.findall(r"\{([^}]+)\}", path)
    params = sorted(endpoint.path_parameters, key=lambda p: path_order.index(_untrusted(p.name)))
    for kind, properties in (("path", params), ("query", endpoint.query_parameters)):
        for prop in properties:
            name = _untrusted(prop.name)
            if name == page_param:
                continue  # the pager sends it
            arguments.append(
                {
                    "name": argument_name(name, kind, renames),
                    "json": name,
                    "target": str(prop.python_name),
                    "kind": kind,
                    "annotation": _annotation(prop, imports),
                    "required": bool(prop.required),
                    "description": one_line(spec_params.get(name, {}).get("description", "")),
                }
            )
    body = None
    if endpoint.bodies:
        body = _body(spec, operation, endpoint.bodies[0].prop, renames, pagination, imports, arguments)
    _check_names(arguments, pagination is not None, where)
    items_pointer = pagination["items"] if pagination else resource.get("items")
    returns, item_class = _returns(endpoint, items_pointer, where, imports)
    successes = [_resolve(spec, r) for status, r in operation["responses"].items() if status.startswith("2")]
    if not any(r.get("content") for r in successes):
        returns = "None"
    params = [a for a in arguments if a["kind"] != "body"]
    fields = [a for a in arguments if a["kind"] == "body"]
    return {
        "params_literal": "{" + ", ".join(f"{json.dumps(a['target'])}: {a['name']}" for a in params) + "}",
        "body_literal": "{" + ", ".join(f"{json.dumps(a['json'])}: {a['name']}" for a in fields) + "}"
        if body
        else "None",
        "operation_id": operation_id,
        "module": f".api.{tag}.{PythonIdentifier(operation_id, prefix)}",
        "resource": resource["name"],
        "method": resource["method"],
        "summary": operation.get("summary", operation_id),
        "description": operation.get("description", ""),
        "arguments": arguments,
        "body": body,
        "items": _keys_as_attributes(resource.get("items"), prefix),
        "paging": _paging(pagination, endpoint, prefix) if pagination else None,
        "records": _record_stream(endpoint) if pagination else None,
        "returns": returns,
        "item_class": item_class,
        "imports": sorted(imports),
    }


def _body(
    spec: dict[str, Any],
    operation: dict[str, Any],
    prop: Any,
    renames: dict[str, str],
    pagination: dict[str, Any] | None,
    imports: set[str],
    arguments: list[dict[str, Any]],
) -> dict[str, Any]:
    if not isinstance(prop, ModelProperty):
        raise ResourceError(f"{operation['operationId']}: only JSON object bodies become keyword arguments")
    class_name = str(prop.class_info.name)
    imports.add(class_name)
    schema_ref = operation["requestBody"]["content"]["application/json"]["schema"]
    match = _REF.match(schema_ref.get("$ref", ""))
    if match is None:
        raise ResourceError(f"{operation['operationId']}: the request body must be a $ref to components/schemas")
    schema = _resolve(spec, schema_ref)
    request = pagination and (pagination.get("request-cursor") or pagination.get("request-page"))
    hidden = request.strip("/").split("/")[0] if request and request.count("/") == 1 else None
    body_required = bool(operation["requestBody"].get("required"))
    fields = {}
    for field in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
        name = _untrusted(field.name)
        if name == hidden:
            continue
        argument = argument_name(name, "body", renames)
        fields[name] = argument
        arguments.append(
            {
                "name": argument,
                "json": name,
                "target": None,
                "kind": "body",
                "annotation": _annotation(field, imports),
                "required": body_required and bool(field.required),
                "description": one_line(
                    _resolve(spec, schema.get("properties", {}).get(name, {})).get("description", "")
                ),
            }
        )
    return {"class": class_name, "schema_name": match.group(1), "fields": fields, "required": body_required}


def argument_name(name: str, kind: str, renames: dict[str, str]) -> str:
    """The keyword argument for a spec name: renamed by `x-resource.arguments` (`<kind>.<name>` first, for a body
    field named like a path parameter, then `<name>`), else the name made a Python identifier."""
    for key in (f"{kind}.{name}", name):
        if key in renames:
            return renames[key]
    python = re.sub(r"\W", "_", name)
    if not python.isidentifier() or keyword.iskeyword(python) or python[0].isdigit():
        python = f"{python}_"
    return python


def _check_names(arguments: list[dict[str, Any]], paginated: bool, where: str) -> None:
    seen: dict[str, str] = {}
    reserved = PAGING_ARGUMENTS | {"self"} if paginated else {"self"}
    for argument in arguments:
        name = argument["name"]
        if name in reserved or name in seen:
            other = seen.get(name, "the pager's own argument" if name in PAGING_ARGUMENTS else "reserved")
            raise ResourceError(
                f"{where}: argument {name!r} ({argument['kind']} {argument['json']!r}) clashes with {other}; "
                f"rename it with x-resource.arguments: {{{argument['json']}: <new name>}}"
            )
        seen[name] = f"{argument['kind']} {argument['json']!r}"


def _annotation(prop: Any, imports: set[str]) -> str:
    """The type an argument accepts: the generated type, or plain data that converts to it."""
    if isinstance(prop, ModelProperty):
        imports.add(str(prop.class_info.name))
        return f"{prop.class_info.name} | Mapping[str, Any]"
    if isinstance(prop, EnumProperty):
        imports.add(str(prop.class_info.name))
        return f"{prop.class_info.name} | {'int' if prop.value_type is int else 'str'}"
    if isinstance(prop, ListProperty):
        return f"Sequence[{_annotation(prop.inner_property, imports)}]"
    if isinstance(prop, UnionProperty):
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in _annotation(inner, imports).split(" | "):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    simple: dict[type, str] = {
        DateTimeProperty: "datetime.datetime | str",
        DateProperty: "datetime.date | str",
        StringProperty: "str",
        IntProperty: "int",
        FloatProperty: "float",
        BooleanProperty: "bool",
        NoneProperty: "None",
    }
    for kind, annotation in simple.items():
        if isinstance(prop, kind):
            return annotation
    return "Any"


def _returns(endpoint: Any, items: str | None, where: str, imports: set[str]) -> tuple[str, str | None]:
    """(the method's return annotation, the record class) from the success response's generated type."""
    successes = [r.prop for r in endpoint.responses if str(r.status_code.pattern).startswith("2")]
    prop = successes[0] if successes else None
    if items is None or prop is None:
        text = str(endpoint.response_type().as_unembedded_code())
        imports.update(re.findall(r"\b[A-Z]\w*", text))
        return text, None
    for key in items.strip("/").split("/"):
        if not isinstance(prop, ModelProperty):
            raise ResourceError(f"{where}: items pointer {items} passes through a non-object")
        found = [
            p
            for p in [*(prop.required_properties or []), *(prop.optional_properties or [])]
            if _untrusted(p.name) == key
        ]
        if not found:
            raise ResourceError(f"{where}: items pointer {items}: the response has no property {key!r}")
        prop = found[0]
    if not isinstance(prop, ListProperty):
        raise ResourceError(f"{where}: items pointer {items} does not point at an array")
    item = str(prop.inner_property.get_type_string(no_optional=True).as_unembedded_code())
    imports.update(re.findall(r"\b[A-Z]\w*", item))
    return f"list[{item}]", item


def _paging(pagination: dict[str, Any], endpoint: Any, prefix: str) -> dict[str, Any]:
    page_param = pagination.get("page-param")
    target = None
    if page_param:
        target = next(str(p.python_name) for p in endpoint.query_parameters if _untrusted(p.name) == page_param)
    request = pagination.get("request-cursor") or pagination.get("request-page")
    return {
        "style": pagination["style"],
        "items": _keys_as_attributes(pagination["items"], prefix),
        "request": tuple(request.strip("/").split("/")) if request else (),
        "request_param": target,
        "next_cursor": _keys_as_attributes(pagination.get("response-cursor"), prefix) or (),
        "first_page": pagination.get("first-page", 0),
        "total": _keys_as_attributes(pagination.get("total"), prefix),
        "items_json": tuple(split_pointer(pagination["items"])),
    }


def _record_stream(endpoint: Any) -> dict[str, Any] | None:
    """What a record walk reads a page with (client_runtime.streaming): the status whose body is the page and
    the name of its shape in the generated module; None when the first success is a range of statuses."""
    successes = [r for r in endpoint.responses.patterns if str(r.status_code.pattern).startswith("2")]
    if not successes or not isinstance(successes[0].prop, ModelProperty):
        return None
    low, high = successes[0].status_code.range
    return {"status": low, "shape": f"_SHAPE_{low}"} if low == high else None


def _keys_as_attributes(json_pointer: str | None, prefix: str) -> tuple[str, ...] | None:
    if json_pointer is None:
        return None
    return tuple(str(PythonIdentifier(key, prefix)) for key in json_pointer.strip("/").split("/"))


def _schema_defs(spec: dict[str, Any], roots: list[str]) -> dict[str, Any]:
    """The component schemas the request bodies reach, with `$ref`s rewritten to `#/$defs/<name>` and the
    words for humans (descriptions, examples) left out: what the runtime checks arguments against."""
    schemas = spec.get("components", {}).get("schemas", {})
    found: dict[str, Any] = {}
    pending = list(dict.fromkeys(roots))
    while pending:
        name = pending.pop()
        if name in found:
            continue
        found[name] = _clean(copy.deepcopy(schemas[name]), pending)
    return dict(sorted(found.items()))


def _clean(node: Any, pending: list[str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in _SCHEMA_NOISE or key.startswith("x-"):
                continue
            if key == "$ref" and isinstance(value, str) and (match := _REF.match(value)):
                pending.append(match.group(1))
                out[key] = f"#/$defs/{match.group(1)}"
            else:
                out[key] = _clean(value, pending)
        return out
    if isinstance(node, list):
        return [_clean(item, pending) for item in node]
    return node


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_pointer(spec, node["$ref"])
    return node


def _untrusted(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if callable(getter) else value)


def one_line(text: Any) -> str:
    """`text` with every run of whitespace, line breaks included, made one space."""
    return " ".join(str(text).split())
