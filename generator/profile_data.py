"""Read the runtime facts (auth, settings, limits, operations) out of a validated spec.

The result feeds the templates of `profile.py` and `connect.py` in each generated package."""

from __future__ import annotations

from typing import Any

from auth_plugins.profile import IDEMPOTENT_METHODS
from openapi_python_client.strings import ClassName

from .extensions import errors_in_body_operations
from .specfile import pointer, resolve_pointer
from .validate import operations


def auth(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each alternative of the document's `security`, in order, as keyword arguments of its AuthSpec class."""
    return [
        _scheme(spec["components"]["securitySchemes"][name]) for requirement in spec["security"] for name in requirement
    ]


def _scheme(scheme: dict[str, Any]) -> dict[str, Any]:
    if scheme["x-auth-plugin"] == "token-header":
        return {
            "class": "TokenHeaderAuthSpec",
            "kwargs": {
                "token_setting": scheme["x-token-setting"],
                "header": scheme.get("name", "Authorization") if scheme.get("type") == "apiKey" else "Authorization",
                "prefix": scheme["x-token-prefix"],
                "extra_headers": dict(scheme.get("x-extra-headers", {})),
            },
        }
    exchange = scheme["x-token-exchange"]
    return {
        "class": "TokenExchangeAuthSpec",
        "kwargs": {
            "path": exchange["path"],
            "key_setting": exchange["key-setting"],
            "request_field": exchange["request-field"],
            "response_field": exchange["response-field"],
            "expires_in_field": exchange["expires-in-field"],
            "default_lifetime": float(exchange["default-lifetime"]),
            "refresh_margin": float(exchange["refresh-margin"]),
        },
    }


def errors_in_body(spec: dict[str, Any]) -> dict[str, Any] | None:
    """`x-errors-in-body` as keyword arguments of ErrorsInBody, with the operations it applies to."""
    rule = spec.get("x-errors-in-body")
    if rule is None:
        return None
    return {
        "errors": rule["errors"],
        "code": rule["code"],
        "message": rule["message"],
        "ok_codes": tuple(rule["ok-codes"]),
        "payload": rule["payload"],
        "operations": frozenset(errors_in_body_operations(spec, rule["errors"])),
    }


def settings(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": name,
            "env": tuple(setting.get("env", ())),
            "secret": bool(setting.get("secret", False)),
            "default": setting.get("default"),
            "description": setting.get("description", ""),
        }
        for name, setting in spec["x-client"]["settings"].items()
    ]


def env_prefix(spec: dict[str, Any]) -> str:
    """`x-client.env-prefix`, else the package name less a `_client` suffix, upper-cased (`CYBERHAVEN`)."""
    client = spec["x-client"]
    if "env-prefix" in client:
        return str(client["env-prefix"])
    package = str(client["package"])
    return package.removesuffix("_client").upper()


def operation_table(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "operation_id": operation["operationId"],
            "method": method.upper(),
            "path": path,
            "safe_to_retry": method.upper() in IDEMPOTENT_METHODS or bool(operation.get("x-safe-to-retry", False)),
            "authenticated": operation.get("security", spec.get("security", [])) != [],
        }
        for path, method, operation in operations(spec)
    ]


def error_message_pointer(spec: dict[str, Any]) -> str | None:
    """Where `$message` stands in `x-error-body`, as a JSON pointer into an error response."""

    def find(node: Any, where: tuple[str | int, ...]) -> str | None:
        if node == "$message":
            return pointer(*where)
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in children:
            found = find(child, (*where, key))
            if found is not None:
                return found
        return None

    return find(spec.get("x-error-body"), ())


def rate_limits(spec: dict[str, Any]) -> dict[str, int | None]:
    limits = spec.get("x-rate-limits", {})
    return {
        "requests_per_minute": limits.get("requests-per-minute"),
        "max_concurrent_per_operation": limits.get("max-concurrent-per-operation"),
    }


def context(spec: dict[str, Any], *, name: str, spec_sha256: str) -> dict[str, Any]:
    schemes = auth(spec)
    return {
        "name": name,
        "title": spec["info"]["title"],
        "version": spec["info"]["version"],
        "server_url": spec["servers"][0]["url"],
        "package": spec["x-client"]["package"],
        "env_prefix": env_prefix(spec),
        "settings": settings(spec),
        "auth": schemes[0],
        "auth_alternatives": schemes[1:],
        "auth_classes": sorted({scheme["class"] for scheme in schemes}),
        "errors_in_body": errors_in_body(spec),
        "rate_limits": rate_limits(spec),
        "operations": operation_table(spec),
        "error_message_pointer": error_message_pointer(spec),
        "spec_sha256": spec_sha256,
    }


def paginated_operations(spec: dict[str, Any], field_prefix: str) -> list[dict[str, Any]]:
    """Context for paginate.py: per `x-pagination` operation, its record class and request body class."""
    found = []
    for _, _, operation in operations(spec):
        rules = operation.get("x-pagination")
        if rules is None:
            continue
        response_schema = _json_schema(operation["responses"][_success_status(operation)])
        body = operation.get("requestBody")
        body_schema = _json_schema(body) if body else None
        found.append(
            {
                "operation_id": operation["operationId"],
                "item_class": _item_class(spec, response_schema, rules["items"], field_prefix),
                "body_class": body_schema and _class_name(body_schema["$ref"], field_prefix),
                "body_required": bool(body_schema and _resolve(spec, body_schema).get("required")),
            }
        )
    return found


def _success_status(operation: dict[str, Any]) -> str:
    statuses: list[str] = list(operation["responses"])
    return next(status for status in statuses if status.startswith("2"))


def _json_schema(holder: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = holder["content"]["application/json"]["schema"]
    return schema


def _keys(json_pointer: str | None) -> list[str]:
    return [] if json_pointer is None else json_pointer.strip("/").split("/")


def _class_name(ref: str, field_prefix: str) -> str:
    name: str = ClassName(ref.rsplit("/", 1)[-1], field_prefix)
    return name


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = resolve_pointer(spec, schema["$ref"])
    return schema


def _item_class(spec: dict[str, Any], response_schema: dict[str, Any], items: str, field_prefix: str) -> str | None:
    schema = _resolve(spec, response_schema)
    for key in _keys(items):
        schema = _resolve(spec, schema["properties"][key])
    item = schema.get("items", {})
    return _class_name(str(item["$ref"]), field_prefix) if "$ref" in item else None
