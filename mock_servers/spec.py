"""The spec as the mock reads it: operations, routes, compiled validators, security schemes, x- extensions.

Every JSON Schema in the spec is compiled once with jsonschema-rs against a registry that holds the
whole document, so `$ref`s (recursive ones too) resolve exactly as the spec writes them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema_rs
import yaml

SPEC_URI = "urn:mock:spec"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PACKAGE_DIR = Path(__file__).resolve().parent
# MOCK_SPECS_DIR, else the copy a wheel ships in mock_servers/specs/ (setup.py), else the checkout's specs/.
_SHIPPED_SPECS = PACKAGE_DIR / "specs"
SPECS_DIR = Path(
    os.environ.get("MOCK_SPECS_DIR") or (_SHIPPED_SPECS if _SHIPPED_SPECS.is_dir() else PACKAGE_DIR.parent / "specs")
)
DATA_DIR = PACKAGE_DIR / "data"

Json = Any


class SpecLoadError(Exception):
    """The spec or the data file cannot be served; the message names the file and the place."""


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster


class _JsonLikeLoader(_BaseLoader):  # type: ignore[misc]
    """SafeLoader without YAML 1.1 timestamps: `2024-05-01T12:00:00Z` stays a string, as in JSON."""


_JsonLikeLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path) -> Json:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_JsonLikeLoader)  # noqa: S506 - a SafeLoader
    except FileNotFoundError:
        raise SpecLoadError(f"{path}: file not found") from None
    except yaml.YAMLError as exc:
        raise SpecLoadError(f"{path}: not valid YAML: {exc}") from None


def available_apis() -> list[str]:
    """The APIs this mock can serve by name: every spec in SPECS_DIR."""
    return sorted(path.stem for path in SPECS_DIR.glob("*.yaml"))


def spec_path(api: str | os.PathLike[str]) -> Path:
    """`sevco` -> specs/sevco.yaml; a path to a .yaml/.yml/.json file is taken as it is."""
    candidate = Path(api)
    if candidate.suffix in {".yaml", ".yml", ".json"}:
        return candidate
    return SPECS_DIR / f"{api}.yaml"


def pointer(*parts: str | int) -> str:
    """RFC 6901 pointer from segments: ('paths', '/v1/org', 'get') -> /paths/~1v1~1org/get."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def split_pointer(ptr: str) -> list[str]:
    if ptr in ("", "#", "/"):
        return []
    return [raw.replace("~1", "/").replace("~0", "~") for raw in ptr.lstrip("#").split("/")[1:]]


_MISSING = object()


def get_pointer(document: Json, ptr: str, default: Any = None) -> Any:
    node = document
    for key in split_pointer(ptr):
        if isinstance(node, list):
            try:
                node = node[int(key)]
            except (ValueError, IndexError):
                return default
        elif isinstance(node, dict):
            if key not in node:
                return default
            node = node[key]
        else:
            return default
    return node


def set_pointer(document: Json, ptr: str, value: Any) -> None:
    """Set `value` at `ptr`, creating objects on the way."""
    keys = split_pointer(ptr)
    node = document
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    node[keys[-1]] = value


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: dict[str, Json]  # resolved one level: $ref at the top followed
    schema_ptr: str | None
    explode: bool
    style: str

    @property
    def is_array(self) -> bool:
        return "array" in _types(self.schema)


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # "200", "4XX", "default"
    content_type: str | None  # first JSON-ish media type, or the first declared one
    schema_ptr: str | None
    headers: dict[str, dict[str, Json]]  # header name (lowercase) -> {name, required, schema}
    example: Json = None  # the media type's `example` (or first of `examples`), if any
    has_example: bool = False


@dataclass
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    node: dict[str, Json]
    parameters: list[Parameter]
    body_required: bool
    body_media_types: list[str]
    body_schema_ptr: str | None
    responses: dict[str, ResponseSpec]
    security: list[dict[str, list[str]]]  # alternatives, as in OpenAPI; [] = no auth
    path_regex: re.Pattern[str]
    literal_segments: int
    path_param_names: list[str]
    extensions: dict[str, Json] = field(default_factory=dict)

    def response_for(self, status: int) -> ResponseSpec | None:
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in self.responses:
                return self.responses[key]
        return None

    def success_status(self, preferred: int | None = None) -> int:
        codes = sorted(int(code) for code in self.responses if code.isdigit() and code.startswith("2"))
        if preferred is not None and (preferred in codes or not codes):
            return preferred
        return codes[0] if codes else 200

    @property
    def documented_statuses(self) -> list[str]:
        return list(self.responses)


def _types(schema: Mapping[str, Json]) -> set[str]:
    value = schema.get("type")
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {str(item) for item in value}
    return set()


_SPECS: dict[tuple[str, int], Spec] = {}


class Spec:
    """A loaded OpenAPI 3.1 document with compiled validators, shared by every request."""

    def __init__(self, document: dict[str, Json], source: str = "<dict>") -> None:
        if not isinstance(document, dict) or "paths" not in document:
            raise SpecLoadError(f"{source}: not an OpenAPI document (no `paths`)")
        self.document = document
        self.source = source
        self._registry = jsonschema_rs.Registry([(SPEC_URI, document)])
        self._validators: dict[str, jsonschema_rs.Validator] = {}
        self.operations: dict[str, Operation] = {}
        self.paths: dict[str, dict[str, Operation]] = {}
        self._build()

    @classmethod
    def load(cls, api: str | os.PathLike[str]) -> Spec:
        """Load and compile a spec; the same unchanged file gives the same (shared, read-only) Spec."""
        path = spec_path(api).resolve()
        try:
            stamp = path.stat().st_mtime_ns
        except FileNotFoundError:
            raise SpecLoadError(f"{path}: file not found") from None
        key = (str(path), stamp)
        found = _SPECS.get(key)
        if found is None:
            found = cls(load_yaml(path), str(path))
            _SPECS[key] = found
        return found

    # -- references ---------------------------------------------------------------------------
    def resolve(self, node: Json, ptr: str | None = None) -> tuple[Json, str | None]:
        """Follow `$ref`s at the top of `node`; return the target and its pointer."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
            ptr = node["$ref"][1:]
            node = get_pointer(self.document, ptr, _MISSING)
            if node is _MISSING:
                raise SpecLoadError(f"{self.source}: unresolvable $ref #{ptr}")
            seen += 1
            if seen > 50:
                raise SpecLoadError(f"{self.source}: $ref cycle at #{ptr}")
        return node, ptr

    def schema_at(self, ptr: str) -> dict[str, Json]:
        node, _ = self.resolve(get_pointer(self.document, ptr, {}), ptr)
        return node if isinstance(node, dict) else {}

    def validator(self, ptr: str) -> jsonschema_rs.Validator:
        """The compiled validator for the schema at `ptr` (compiled once, then cached)."""
        found = self._validators.get(ptr)
        if found is None:
            ref = SPEC_URI + "#" + quote(ptr, safe="/~")
            try:
                found = jsonschema_rs.validator_for(
                    {"$ref": ref}, registry=self._registry, validate_formats=True, ignore_unknown_formats=True
                )
            except Exception as exc:
                raise SpecLoadError(f"{self.source}#{ptr}: cannot compile schema: {exc}") from exc
            self._validators[ptr] = found
        return found

    # -- model ----------------------------------------------------------------------------------
    @property
    def extensions(self) -> dict[str, Json]:
        return {key: value for key, value in self.document.items() if key.startswith("x-")}

    @property
    def security_schemes(self) -> dict[str, dict[str, Json]]:
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        return {name: self.resolve(scheme)[0] for name, scheme in schemes.items()}

    @cached_property
    def server_prefixes(self) -> tuple[str, ...]:
        """The path parts of `servers` URLs (`/public` of `https://{tenant}.example.io/public`), longest first:
        the mock serves every operation under each of them as well as at the root."""
        prefixes = set()
        for server in self.document.get("servers", []):
            url = str(server.get("url", ""))
            path = "/" + url.split("://", 1)[-1].partition("/")[2]
            if "{" not in path and path.rstrip("/"):
                prefixes.add(path.rstrip("/"))
        return tuple(sorted(prefixes, key=len, reverse=True))

    def without_server_prefix(self, path: str) -> str:
        for prefix in self.server_prefixes:
            if path.startswith(prefix + "/"):
                return path[len(prefix) :]
        return path

    def iter_operations(self) -> Iterator[Operation]:
        return iter(self.operations.values())

    def _build(self) -> None:
        root_security = self.document.get("security", [])
        for path, raw_item in self.document.get("paths", {}).items():
            item, item_ptr = self.resolve(raw_item, pointer("paths", path))
            item_ptr = item_ptr or pointer("paths", path)
            shared = item.get("parameters", [])
            regex, literal, names = _compile_path(path)
            self.paths[path] = {}
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                node = item[method]
                op_ptr = (
                    pointer("paths", path, method) if item_ptr == pointer("paths", path) else item_ptr + pointer(method)
                )
                operation_id = node.get("operationId") or f"{method}_{re.sub(r'[^a-zA-Z0-9]+', '_', path).strip('_')}"
                if operation_id in self.operations:
                    raise SpecLoadError(f"{self.source}#{op_ptr}: duplicate operationId {operation_id!r}")
                params = self._parameters(shared, item_ptr, node.get("parameters", []), op_ptr)
                body_required, media, body_ptr = self._request_body(node, op_ptr)
                responses = self._responses(node, op_ptr)
                operation = Operation(
                    operation_id=operation_id,
                    method=method.upper(),
                    path=path,
                    node=node,
                    parameters=params,
                    body_required=body_required,
                    body_media_types=media,
                    body_schema_ptr=body_ptr,
                    responses=responses,
                    security=node.get("security", root_security),
                    path_regex=regex,
                    literal_segments=literal,
                    path_param_names=names,
                    extensions={key: value for key, value in node.items() if key.startswith("x-")},
                )
                self.operations[operation_id] = operation
                self.paths[path][operation.method] = operation
                # compile eagerly so that a broken schema fails at start, not on the first request
                for param in params:
                    if param.schema_ptr:
                        self.validator(param.schema_ptr)
                if body_ptr:
                    self.validator(body_ptr)
                for response in responses.values():
                    if response.schema_ptr:
                        self.validator(response.schema_ptr)

    def _parameters(self, shared: list[Json], item_ptr: str, own: list[Json], op_ptr: str) -> list[Parameter]:
        merged: dict[tuple[str, str], Parameter] = {}
        for base, raw_list in ((item_ptr + "/parameters", shared), (op_ptr + "/parameters", own)):
            for index, raw in enumerate(raw_list):
                param, ptr = self.resolve(raw, f"{base}/{index}")
                ptr = ptr or f"{base}/{index}"
                location = param["in"]
                schema_ptr: str | None = ptr + "/schema" if "schema" in param else None
                if schema_ptr is None and "content" in param:
                    media = next(iter(param["content"]))
                    schema_ptr = ptr + pointer("content", media, "schema")
                schema = self.schema_at(schema_ptr) if schema_ptr else {}
                style = param.get("style", "form" if location in ("query", "cookie") else "simple")
                merged[(param["name"].lower() if location == "header" else param["name"], location)] = Parameter(
                    name=param["name"],
                    location=location,
                    required=bool(param.get("required", location == "path")),
                    schema=schema,
                    schema_ptr=schema_ptr,
                    explode=bool(param.get("explode", style == "form")),
                    style=style,
                )
        return list(merged.values())

    def _request_body(self, node: dict[str, Json], op_ptr: str) -> tuple[bool, list[str], str | None]:
        if "requestBody" not in node:
            return False, [], None
        body, ptr = self.resolve(node["requestBody"], op_ptr + "/requestBody")
        ptr = ptr or op_ptr + "/requestBody"
        content = body.get("content", {})
        media = list(content)
        schema_ptr = None
        for media_type in media:
            if _is_json(media_type) and "schema" in content[media_type]:
                schema_ptr = ptr + pointer("content", media_type, "schema")
                break
        return bool(body.get("required", False)), media, schema_ptr

    def _responses(self, node: dict[str, Json], op_ptr: str) -> dict[str, ResponseSpec]:
        out: dict[str, ResponseSpec] = {}
        for status, raw in node.get("responses", {}).items():
            response, ptr = self.resolve(raw, op_ptr + pointer("responses", str(status)))
            ptr = ptr or op_ptr + pointer("responses", str(status))
            content = response.get("content", {}) or {}
            content_type = None
            schema_ptr = None
            example: Json = None
            has_example = False
            for media_type in content:
                if _is_json(media_type):
                    content_type = media_type
                    media = content[media_type] or {}
                    if "schema" in media:
                        schema_ptr = ptr + pointer("content", media_type, "schema")
                    if "example" in media:
                        example, has_example = media["example"], True
                    elif media.get("examples"):
                        first, _ = self.resolve(next(iter(media["examples"].values())))
                        if isinstance(first, dict) and "value" in first:
                            example, has_example = first["value"], True
                    break
            if content_type is None and content:
                content_type = next(iter(content))
            headers: dict[str, dict[str, Json]] = {}
            for name, raw_header in (response.get("headers") or {}).items():
                header, header_ptr = self.resolve(raw_header, ptr + pointer("headers", name))
                header_ptr = header_ptr or ptr + pointer("headers", name)
                headers[name.lower()] = {
                    "name": name,
                    "required": bool(header.get("required", False)),
                    "schema": self.schema_at(header_ptr + "/schema") if "schema" in header else {},
                }
            out[str(status)] = ResponseSpec(str(status), content_type, schema_ptr, headers, example, has_example)
        return out


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base == "*/*"


def _compile_path(path: str) -> tuple[re.Pattern[str], int, list[str]]:
    """`/v1/admin/user/{email}` -> regex with named groups, and the count of literal segments."""
    parts = []
    literal = 0
    names: list[str] = []
    for segment in path.strip("/").split("/"):
        pieces = re.split(r"(\{[^}]+\})", segment)
        out = []
        is_literal = True
        for piece in pieces:
            if piece.startswith("{") and piece.endswith("}"):
                is_literal = False
                name = piece[1:-1]
                group = f"p{len(names)}"
                names.append(name)
                out.append(f"(?P<{group}>[^/]+)")
            else:
                out.append(re.escape(piece))
        literal += int(is_literal)
        parts.append("".join(out))
    pattern = re.compile("^/" + "/".join(parts) + "$") if path.strip("/") else re.compile("^/$")
    return pattern, literal, names
