"""Compare two versions of one API: the spec (operations, schemas, connection, extensions) and the
Python surface of the packages generated from each."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from ..build import GenerationError, generate
from ..specfile import SpecError, pointer
from ..validate import validate_file
from .changes import PYTHON, Change, Report, merge_operations
from .connection import connection_changes
from .extension_changes import Place, extension_changes
from .operations import operation_changes
from .surface import load, surface_changes


def compare_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The classified changes between two validated specs."""
    changes, places = operation_changes(old, new)
    places.insert(0, Place(old, "", new, "", "the API"))
    old_schemes = old.get("components", {}).get("securitySchemes", {})
    new_schemes = new.get("components", {}).get("securitySchemes", {})
    for name in sorted(old_schemes.keys() & new_schemes.keys()):
        at = pointer("components", "securitySchemes", name)
        places.append(Place(old_schemes[name], at, new_schemes[name], at, f"security scheme {name}"))
    changes += connection_changes(old, new)
    changes += extension_changes(old, new, places)
    return merge_operations(changes)


def compare_packages(old_spec: Path, new_spec: Path) -> list[Change]:
    """Generate a package from each spec into a scratch directory and compare their public Python API."""
    with tempfile.TemporaryDirectory(prefix="api-diff-") as scratch:
        new_package = generate(str(new_spec), Path(scratch) / "new")
        try:
            old_package = generate(str(old_spec), Path(scratch) / "old")
        except (SpecError, GenerationError) as exc:
            # Written for an older extension vocabulary: this generator cannot build it, so the surfaces
            # cannot be compared. Say so in the report rather than leave the layer silently empty.
            reason = exc.problems[0][1] if isinstance(exc, SpecError) and exc.problems else str(exc).splitlines()[0]
            return [Change("python-not-compared", f"old package not generated: {reason}", "", "", layer=PYTHON)]
        return surface_changes(
            load(old_package.parent, old_package.name),
            load(new_package.parent, new_package.name),
        )


def compare(api: str, old_spec: Path | None, new_spec: Path, *, python: bool = True) -> Report:
    """The report for `api` from `old_spec` (None: the API is new) to `new_spec`. Both are validated
    first (SpecError on a bad one)."""
    new = validate_file(new_spec)
    if old_spec is None:
        added = Change("api-added", f"new API {new['info']['title']}", "", "")
        return Report(api, None, new["info"]["version"], [added])
    old = validate_file(old_spec, our_extensions=False)
    changes = compare_specs(old, new)
    if python:
        changes += compare_packages(old_spec, new_spec)
    return Report(api, old["info"]["version"], new["info"]["version"], changes)
