"""JSON Schemas of our `x-` extensions (specs/EXTENSIONS.md says what each means), and the check
that every `x-` key in a spec is one of ours and well-formed. Unknown keys are errors: a typo such
as `x-token-prefx` must fail generation, not silently drop auth."""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from .specfile import pointer, resolve_pointer, split_pointer

_SETTING_NAME = "^[a-z][a-z0-9_]*$"
# connect() takes these itself, so a setting may not be called so.
RESERVED_SETTING_NAMES = frozenset(
    {"timeout", "retry", "rate_limits", "transport", "async_transport", "max_response_bytes", "shared_state", "strict"}
)
_JSON_POINTER = {"type": "string", "pattern": "^(/[^/]+)+$"}
_POSITIVE_NUMBER = {"type": "number", "exclusiveMinimum": 0}

_SETTING = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "env": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]*$"}, "minItems": 1},
        "secret": {"type": "boolean"},
        "default": {"type": "string"},
        "description": {"type": "string"},
    },
}

ROOT: dict[str, dict[str, Any]] = {
    "x-client": {
        "type": "object",
        "additionalProperties": False,
        "required": ["package", "settings"],
        "properties": {
            "package": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
            "env-prefix": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]*[A-Z0-9]$"},
            "settings": {
                "type": "object",
                "required": ["base_url"],
                "propertyNames": {"pattern": _SETTING_NAME, "not": {"enum": sorted(RESERVED_SETTING_NAMES)}},
                "additionalProperties": _SETTING,
            },
        },
    },
    "x-error-body": {"type": "object", "minProperties": 1},
    "x-rate-limits": {
        "type": "object",
        "additionalProperties": False,
        "minProperties": 1,
        "properties": {
            "requests-per-minute": {"type": "integer", "minimum": 1},
            "max-concurrent-per-operation": {"type": "integer", "minimum": 1},
        },
    },
    "x-errors-in-body": {
        "type": "object",
        "additionalProperties": False,
        "required": ["errors", "code", "message", "ok-codes", "payload"],
        "properties": {
            "errors": _JSON_POINTER,
            "code": {"type": "string", "minLength": 1},
            "message": {"type": "string", "minLength": 1},
            "ok-codes": {"type": "array", "minItems": 1, "items": {"type": ["integer", "string"]}},
            "payload": _JSON_POINTER,
        },
    },
}

SECURITY_SCHEME: dict[str, dict[str, Any]] = {
    "x-auth-plugin": {"enum": ["token-header", "token-exchange"]},
    "x-token-setting": {"type": "string", "pattern": _SETTING_NAME},
    "x-token-prefix": {"type": "string", "minLength": 1, "pattern": "^\\S+$"},
    "x-extra-headers": {
        "type": "object",
        "propertyNames": {"pattern": "^[A-Za-z0-9-]+$"},
        "additionalProperties": {"type": "string", "pattern": _SETTING_NAME},
    },
    "x-token-exchange": {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "path",
            "key-setting",
            "request-field",
            "response-field",
            "expires-in-field",
            "default-lifetime",
            "refresh-margin",
        ],
        "properties": {
            "path": {"type": "string", "pattern": "^/"},
            "key-setting": {"type": "string", "pattern": _SETTING_NAME},
            "request-field": {"type": "string", "minLength": 1},
            "response-field": {"type": "string", "minLength": 1},
            "expires-in-field": {"type": "string", "minLength": 1},
            "default-lifetime": _POSITIVE_NUMBER,
            "refresh-margin": {"type": "number", "minimum": 0},
            "request-field-aliases": {"type": "array", "items": {"type": "string", "minLength": 1}},
        },
    },
}

_PAGE_ITEMS = {"items": _JSON_POINTER}
_IDENTIFIER = {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"}
# The resource client has these attributes itself (client_runtime.resources), so no resource may be called so.
RESERVED_RESOURCE_NAMES = frozenset(
    {
        "close",
        "aclose",
        "with_options",
        "with_raw_response",
        "with_headers",
        "with_timeout",
        "get_httpx_client",
        "set_httpx_client",
        "get_async_httpx_client",
        "set_async_httpx_client",
    }
)
# The paging arguments every paginated resource method takes (client_runtime.paging).
PAGING_ARGUMENTS = frozenset({"cursor", "limit"})
_FLAG = {"type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"}
_NAME = {"type": "string", "minLength": 1}
# The command line (cli_runtime): default table columns, option renames, the `--where` rule-group query.
_CLI = {
    "type": "object",
    "additionalProperties": False,
    "minProperties": 1,
    "properties": {
        "columns": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"type": "string", "pattern": "^[^.\\s]+(\\.[^.\\s]+)*$"},
        },
        "options": {"type": "object", "minProperties": 1, "additionalProperties": _FLAG},
        "where": {
            "type": "object",
            "additionalProperties": False,
            "required": ["body-field"],
            "properties": {
                "body-field": _NAME,
                "rule": {"type": "object"},
                "keys": {
                    "type": "object",
                    "additionalProperties": False,
                    "minProperties": 1,
                    "properties": {key: _NAME for key in ("combinator", "rules", "field", "operator", "value")},
                },
                "combinators": {
                    "type": "object",
                    "additionalProperties": False,
                    "minProperties": 1,
                    "properties": {"all": _NAME, "any": _NAME},
                },
            },
        },
    },
}

OPERATION: dict[str, dict[str, Any]] = {
    "x-safe-to-retry": {"type": "boolean"},
    "x-pagination": {
        "oneOf": [
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["style", "items", "request-cursor", "response-cursor"],
                "properties": {
                    "style": {"const": "cursor"},
                    **_PAGE_ITEMS,
                    "request-cursor": _JSON_POINTER,
                    "response-cursor": _JSON_POINTER,
                    "total": _JSON_POINTER,
                },
            },
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["style", "items", "first-page"],
                "properties": {
                    "style": {"const": "page"},
                    **_PAGE_ITEMS,
                    "request-page": _JSON_POINTER,
                    "page-param": {"type": "string"},
                    "first-page": {"enum": [0, 1]},
                    "total": _JSON_POINTER,
                },
                "oneOf": [{"required": ["request-page"]}, {"required": ["page-param"]}],
            },
        ]
    },
    "x-resource": {
        "type": "object",
        "additionalProperties": False,
        "required": ["name", "method"],
        "properties": {
            "name": {**_IDENTIFIER, "not": {"enum": sorted(RESERVED_RESOURCE_NAMES)}},
            "method": _IDENTIFIER,
            "items": _JSON_POINTER,
            "arguments": {"type": "object", "additionalProperties": _IDENTIFIER, "minProperties": 1},
        },
    },
    "x-cli": _CLI,
}

# A public source: `owner/repo` or `owner/repo:path` (GitHub), `doc: <vendor page title or URL>`, or
# `observed <date>`: seen in a tenant's answers on that day (`api-contract-check --suggest`).
_DATE = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"
_SOURCE = {
    "type": "string",
    "pattern": f"^(doc: \\S.*|observed {_DATE}|[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+(:\\S+)?)$",
}
_INFERRED = {"const": "inferred"}
ANYWHERE: dict[str, dict[str, Any]] = {
    "x-source": {
        "oneOf": [
            _INFERRED,
            _SOURCE,
            {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"anyOf": [_INFERRED, _SOURCE]}},
        ]
    },
    "x-source-note": {"type": "string"},
}

_VALIDATORS = {
    name: Draft202012Validator(schema)
    for group in (ROOT, SECURITY_SCHEME, OPERATION, ANYWHERE)
    for name, schema in group.items()
}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def problems(spec: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield (JSON pointer, message) for every malformed or unknown `x-` key in the spec."""
    yield from _check_place(spec, (), ROOT)
    if "x-client" not in spec:
        yield "", "missing x-client (see specs/EXTENSIONS.md)"
    yield from _check_security(spec)
    yield from _check_errors_in_body(spec)
    schemes = spec.get("components", {}).get("securitySchemes", {})
    for name, scheme in schemes.items():
        where = ("components", "securitySchemes", name)
        yield from _check_place(scheme, where, SECURITY_SCHEME)
        yield from _check_scheme(spec, scheme, where)
    resources: dict[tuple[str, str], str] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield from _check_place(item[method], ("paths", path, method), OPERATION)
                if item[method].get("x-safe-to-retry") is not None and method not in {"post", "patch"}:
                    at = pointer("paths", path, method, "x-safe-to-retry")
                    yield at, f"only POST/PATCH take x-safe-to-retry; {method.upper()} is retried anyway"
                yield from _check_resource(spec, path, method, resources)
    yield from _check_anywhere(spec, ())


def _check_place(node: dict[str, Any], where: tuple[str, ...], allowed: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for key, value in node.items():
        if not key.startswith("x-") or key in ANYWHERE:
            continue
        if key not in allowed:
            known = ", ".join(sorted([*allowed, *ANYWHERE]))
            yield pointer(*where, key), f"unknown extension {key!r} here (known: {known})"
            continue
        for error in _VALIDATORS[key].iter_errors(value):
            yield pointer(*where, key, *error.absolute_path), error.message


def _check_scheme(spec: dict[str, Any], scheme: dict[str, Any], where: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """Cross-field rules the per-key schemas cannot express."""
    plugin = scheme.get("x-auth-plugin")
    settings = spec.get("x-client", {}).get("settings", {})
    required = {
        "token-header": ("x-token-setting", "x-token-prefix"),
        "token-exchange": ("x-token-exchange",),
    }.get(plugin or "", ())
    if plugin is None:
        yield pointer(*where), "security scheme without x-auth-plugin: no plugin would send its credentials"
    for key in required:
        if key not in scheme:
            yield pointer(*where), f"x-auth-plugin {plugin} needs {key}"
    named_settings = [("x-token-setting", scheme.get("x-token-setting"))]
    named_settings += [(f"x-extra-headers/{h}", s) for h, s in scheme.get("x-extra-headers", {}).items()]
    exchange = scheme.get("x-token-exchange", {})
    named_settings.append(("x-token-exchange/key-setting", exchange.get("key-setting")))
    for key, setting in named_settings:
        if isinstance(setting, str) and setting not in settings:
            yield pointer(*where) + "/" + key, f"names setting {setting!r}, which x-client.settings lacks"
    token_path = exchange.get("path")
    if isinstance(token_path, str) and "post" not in spec.get("paths", {}).get(token_path, {}):
        yield pointer(*where, "x-token-exchange", "path"), f"no POST operation at {token_path}"


def _check_resource(
    spec: dict[str, Any], path: str, method: str, seen: dict[tuple[str, str], str]
) -> Iterator[tuple[str, str]]:
    """x-resource: present on every operation, one operation per (resource, method), names Python can use,
    `items` only where no paging already says where the records are, `arguments` renaming real arguments."""
    operation = spec["paths"][path][method]
    where = ("paths", path, method)
    resource = operation.get("x-resource")
    if resource is None:
        yield pointer(*where), "operation without x-resource: the resource client and the CLI would not reach it"
        return
    if not isinstance(resource, dict) or not all(isinstance(resource.get(k), str) for k in ("name", "method")):
        return  # the schema check has reported it
    for key in ("name", "method"):
        if keyword.iskeyword(resource[key]):
            yield pointer(*where, "x-resource", key), f"{resource[key]!r} is a Python keyword"
    pair = (resource["name"], resource["method"])
    if pair in seen:
        yield pointer(*where, "x-resource"), f"{'.'.join(pair)} is already the operation at {seen[pair]}"
    seen.setdefault(pair, pointer(*where))
    if "items" in resource and "x-pagination" in operation:
        yield pointer(*where, "x-resource", "items"), "a paginated operation's records are x-pagination.items"
    arguments = set(_argument_names(spec, path, method))
    for name, new_name in (resource.get("arguments") or {}).items():
        if name not in arguments:
            known = ", ".join(sorted(arguments)) or "none"
            yield pointer(*where, "x-resource", "arguments", name), f"no argument {name!r} (arguments: {known})"
        if isinstance(new_name, str) and new_name in arguments - {name}:
            yield pointer(*where, "x-resource", "arguments", name), f"{new_name!r} is another argument already"


def _argument_names(spec: dict[str, Any], path: str, method: str) -> Iterator[str]:
    """The names `x-resource.arguments` may rename: each parameter's and JSON body top-level property's spec
    name, plain and as `<kind>.<name>` (`path.id`, `query.limit`, `body.runner_id`)."""
    item = spec["paths"][path]
    for parameter in [*item.get("parameters", []), *item[method].get("parameters", [])]:
        resolved = _resolve(spec, parameter)
        yield str(resolved.get("name"))
        yield f"{resolved.get('in')}.{resolved.get('name')}"
    body = _resolve(spec, item[method].get("requestBody", {}))
    schema = _resolve(spec, body.get("content", {}).get("application/json", {}).get("schema", {}))
    for name in schema.get("properties", {}):
        yield name
        yield f"body.{name}"


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        node = resolve_pointer(spec, node["$ref"])
    return node if isinstance(node, dict) else {}


def _check_security(spec: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Each alternative of the document's `security` names one scheme: connect() picks one of them."""
    for index, requirement in enumerate(spec.get("security", [])):
        if len(requirement) != 1:
            yield (
                pointer("security", index),
                (
                    "each security alternative must name exactly one scheme (schemes required together are not supported)"
                ),
            )


def _check_errors_in_body(spec: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """x-errors-in-body applies to the operations whose success body declares the error list; each of
    them must declare the payload too, else a body with errors could never be told from a failure."""
    rule = spec.get("x-errors-in-body")
    if (
        not isinstance(rule, dict)
        or not isinstance(rule.get("errors"), str)
        or not isinstance(rule.get("payload"), str)
    ):
        return
    applies = errors_in_body_operations(spec, rule["errors"])
    if not applies:
        yield "/x-errors-in-body/errors", f"no success response of any operation declares {rule['errors']}"
    for operation_id, schema in applies.items():
        if schema_at(spec, schema, rule["payload"]) is None:
            yield (
                "/x-errors-in-body/payload",
                f"the success response of {operation_id} does not declare {rule['payload']}",
            )


def errors_in_body_operations(spec: dict[str, Any], errors: str) -> dict[str, dict[str, Any]]:
    """operationId -> success response schema, for the operations whose success body declares `errors`."""
    found = {}
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                response = _resolve(spec, response)
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if str(status).startswith("2") and schema and schema_at(spec, schema, errors) is not None:
                    found[operation.get("operationId", "")] = schema
    return found


def schema_at(spec: dict[str, Any], schema: dict[str, Any], json_pointer: str) -> dict[str, Any] | None:
    """The schema an object schema declares at a JSON pointer into its instances (through properties)."""
    node: Any = _resolve(spec, schema)
    for key in split_pointer(json_pointer):
        properties = node.get("properties", {}) if isinstance(node, dict) else {}
        if key not in properties:
            return None
        node = _resolve(spec, properties[key])
    return node if isinstance(node, dict) else None


def _check_anywhere(node: Any, where: tuple[str | int, ...]) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ANYWHERE:
                for error in _VALIDATORS[key].iter_errors(value):
                    yield pointer(*where, key), error.message
            elif key not in ("example", "examples") and key != "x-error-body":
                yield from _check_anywhere(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _check_anywhere(value, (*where, index))
