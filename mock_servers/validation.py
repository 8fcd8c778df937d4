"""Request parsing and validation against the operation's parameters and request body schema."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from .spec import Json, Operation, Parameter, Spec, _is_json, _types


@dataclass(frozen=True)
class Problem:
    location: str  # path | query | header | body
    field: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"location": self.location, "field": self.field, "reason": self.reason}


@dataclass
class RequestData:
    """A request as handlers see it; `document()` is what data-file pointers (`/body/...`) address."""

    method: str
    path_params: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    raw_query: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: Json = None
    raw_body: bytes = b""

    def document(self) -> dict[str, Any]:
        return {"path": self.path_params, "query": self.query, "headers": self.headers, "body": self.body}


class RequestInvalid(Exception):
    """400 (cannot be read) or 422 (read but does not fit the schema), with the problems found."""

    def __init__(self, status: int, problems: list[Problem]) -> None:
        self.status = status
        self.problems = problems
        super().__init__("; ".join(f"{p.location} {p.field}: {p.reason}".replace("  ", " ") for p in problems))


def _coerce_scalar(raw: str, schema: dict[str, Json]) -> Any:
    types = _types(schema)
    if not types and "enum" in schema:
        return raw
    if "integer" in types:
        try:
            return int(raw)
        except ValueError:
            pass
    if "number" in types:
        try:
            number = float(raw)
            return int(number) if number.is_integer() and "e" not in raw.lower() and "." not in raw else number
        except ValueError:
            pass
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    if "null" in types and raw in ("", "null") and "string" not in types:
        return None
    return raw


def coerce_parameter(param: Parameter, values: list[str], spec: Spec) -> Any:
    """Turn the wire strings of one parameter into the JSON value its schema describes."""
    schema = param.schema
    if param.is_array:
        items, _ = spec.resolve(schema.get("items", {}))
        items = items if isinstance(items, dict) else {}
        if param.explode and param.location == "query":
            raw_items = values
        else:
            delimiter = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
            raw_items = [piece for value in values for piece in value.split(delimiter)] if values else []
        return [_coerce_scalar(item, items) for item in raw_items]
    return _coerce_scalar(values[-1] if param.location != "query" else values[0], schema)


def _field_path(path: list[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_and_validate(
    spec: Spec,
    operation: Operation,
    raw_path_params: dict[str, str],
    query_string: bytes,
    headers: dict[str, str],
    raw_body: bytes,
) -> RequestData:
    """Read the request as the operation declares it. Raises RequestInvalid with every problem found."""
    problems: list[Problem] = []
    data = RequestData(method=operation.method, headers=headers, raw_body=raw_body)
    data.raw_query = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    multi: dict[str, list[str]] = {}
    for key, value in data.raw_query:
        multi.setdefault(key, []).append(value)
    unprocessable = False
    for param in operation.parameters:
        if param.location == "path":
            raw = raw_path_params.get(param.name)
            values = [unquote(raw)] if raw is not None else []
        elif param.location == "query":
            values = multi.get(param.name, [])
        elif param.location == "header":
            header = headers.get(param.name.lower())
            values = [header] if header is not None else []
        else:  # cookie
            values = _cookies(headers.get("cookie", "")).get(param.name, [])
        if not values:
            if param.required:
                problems.append(Problem(param.location, param.name, "required but missing"))
            continue
        value = coerce_parameter(param, values, spec)
        target = {"path": data.path_params, "query": data.query, "header": {}, "cookie": {}}[param.location]
        target[param.name] = value
        if param.schema_ptr:
            for error in spec.validator(param.schema_ptr).iter_errors(value):
                suffix = _field_path(list(error.instance_path))
                name = param.name + (("." + suffix) if suffix and not suffix.startswith("[") else suffix)
                problems.append(Problem(param.location, name, error.message))
    if operation.body_media_types:
        content_type = headers.get("content-type", "")
        if not raw_body.strip():
            if operation.body_required:
                problems.append(Problem("body", "", "a request body is required"))
        elif content_type and not _is_json(content_type) and operation.body_schema_ptr:
            problems.append(Problem("body", "", f"unsupported content type {content_type!r}; send application/json"))
        elif operation.body_schema_ptr:
            try:
                data.body = json.loads(raw_body)
            except (ValueError, UnicodeDecodeError) as exc:
                problems.append(Problem("body", "", f"not valid JSON: {exc}"))
            except RecursionError:
                problems.append(Problem("body", "", "not valid JSON: nested too deep"))
            else:
                for count, error in enumerate(spec.validator(operation.body_schema_ptr).iter_errors(data.body)):
                    if count >= 20:
                        break
                    problems.append(Problem("body", _field_path(list(error.instance_path)), error.message))
                    unprocessable = True
    elif raw_body.strip() and operation.method in ("GET", "DELETE", "HEAD"):
        # a body the operation does not declare is ignored, as most servers do
        pass
    if problems:
        only_body_schema = unprocessable and all(p.location == "body" for p in problems)
        raise RequestInvalid(422 if only_body_schema else 400, problems)
    return data


def _cookies(header: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in header.split(";"):
        if "=" in part:
            name, value = part.split("=", 1)
            out.setdefault(name.strip(), []).append(value.strip())
    return out
