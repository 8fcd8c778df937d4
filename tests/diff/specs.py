"""Two versions of a real spec for the diff tests: the committed spec, and a copy changed by a mutation.

Examples are stripped from both: they only document, and a mutation would otherwise have to fix every
example it invalidates (the validator checks examples against their schemas)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.specfile import load, spec_path

Mutation = Callable[[dict[str, Any]], None]


def without_examples(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: without_examples(v) for k, v in node.items() if k not in ("example", "examples")}
    if isinstance(node, list):
        return [without_examples(v) for v in node]
    return node


def write(spec: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.dump(spec, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def spec_pair(tmp_path: Path, api: str, mutate: Mutation) -> tuple[Path, Path]:
    """(old, new) spec files named `<api>.yaml` (the name picks the generator config)."""
    old = without_examples(load(spec_path(api)))
    new = copy.deepcopy(old)
    mutate(new)
    return write(old, tmp_path / "old" / f"{api}.yaml"), write(new, tmp_path / "new" / f"{api}.yaml")


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found
