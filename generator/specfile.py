"""Loading a spec file: YAML as plain JSON data, its sha256, and JSON pointers for error messages."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = REPO_ROOT / "specs"
GENERATED_DIR = REPO_ROOT / "generated"


class _JsonLikeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader (libyaml's when installed: ten times faster) without YAML 1.1's implicit timestamps:
    `2024-05-01T12:00:00Z` stays a string, as it would in JSON, so examples validate against
    `format: date-time` string schemas."""


_JsonLikeLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class SpecError(Exception):
    """A spec is wrong. The message names the file and the JSON pointer of each problem."""

    def __init__(self, path: Path, problems: list[tuple[str, str]]) -> None:
        self.path = path
        self.problems = problems
        lines = [f"{_display(path)}#{pointer}: {message}" for pointer, message in problems]
        super().__init__(f"{len(problems)} problem(s) in {_display(path)}:\n  " + "\n  ".join(lines))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def spec_path(api: str) -> Path:
    """`sevco` -> specs/sevco.yaml; a path to a .yaml/.json file is taken as it is."""
    candidate = Path(api)
    if candidate.suffix in {".yaml", ".yml", ".json"}:
        return candidate
    return SPECS_DIR / f"{api}.yaml"


def available_apis() -> list[str]:
    return sorted(path.stem for path in SPECS_DIR.glob("*.yaml"))


def load(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_JsonLikeLoader)  # noqa: S506 - a SafeLoader
    except FileNotFoundError:
        raise SpecError(path, [("", "file not found")]) from None
    except yaml.YAMLError as exc:
        raise SpecError(path, [("", f"not valid YAML: {exc}")]) from None
    if not isinstance(data, dict):
        raise SpecError(path, [("", "the document must be a mapping")])
    return data


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pointer(*parts: str | int) -> str:
    """RFC 6901 JSON pointer from path segments: ('paths', '/v1/org', 'get') -> /paths/~1v1~1org/get."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def split_pointer(json_pointer: str) -> list[str]:
    """The segments of an RFC 6901 JSON pointer (the inverse of `pointer`): /paths/~1v1~1org -> ['paths', '/v1/org']."""
    return [raw.replace("~1", "/").replace("~0", "~") for raw in json_pointer.split("/")[1:]]


def resolve_pointer(document: Any, ref: str) -> Any:
    """Follow a local `#/a/b` reference inside `document`."""
    node = document
    for key in split_pointer(ref.lstrip("#")):
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def requires_only(branch: Any) -> bool:
    """An `anyOf`/`oneOf` branch that only says which properties are required ("send api_key or
    refresh_token"): it constrains values, not the shape of the object."""
    return isinstance(branch, dict) and set(branch) <= {"required", "description"} and "required" in branch
