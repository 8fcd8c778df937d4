"""Reading the generated packages from tests: an operation's module, and parsed models as JSON again."""

from __future__ import annotations

import importlib
import re
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from dateutil.parser import isoparse

from generator.specfile import load, spec_path

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


@cache
def package(api: str) -> ModuleType:
    """The generated package the spec's `x-client.package` names, imported."""
    return importlib.import_module(load(spec_path(api))["x-client"]["package"])


def models(api: str) -> ModuleType:
    return importlib.import_module(f"{package(api).__name__}.models")


def endpoint_module(api: str, operation_id: str) -> ModuleType:
    """`<package>.api.<tag>.<operation_id>`, wherever openapi-python-client put the tag."""
    root = package(api)
    assert root.__file__ is not None
    directory = Path(root.__file__).parent
    (path,) = (directory / "api").rglob(f"{operation_id}.py")
    return importlib.import_module(f"{root.__name__}." + ".".join(path.relative_to(directory).with_suffix("").parts))


def to_plain(parsed: Any) -> Any:
    """A parsed body as JSON again: to_dict() of the model, or of each model of a list."""
    if isinstance(parsed, list):
        return [to_plain(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def as_instants(value: Any) -> Any:
    """The same JSON with date-times as datetimes: to_dict() writes isoformat() (`+00:00`, no zero
    microseconds) where the server wrote `Z`; the instant must survive, not its spelling. The models
    parse with dateutil's isoparse, so this does too; a string that only looks like one stays a string."""
    if isinstance(value, dict):
        return {key: as_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_instants(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        try:
            return isoparse(value)
        except ValueError:
            return value
    return value
