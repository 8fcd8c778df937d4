"""`--suggest`: a YAML fragment that adds what the tenant sent and the spec lacks, marked `x-source: observed <date>`.

The fragment is shaped like the spec itself (`components: schemas: Endpoint: properties: ...`), holding only the
places to change: each unknown field as a new property typed by the JSON types seen, and each enum that got a
value it does not list, with the full list (a YAML list replaces, it does not merge). Merge it into the spec,
review it, and `make generate`: the change report then classifies the additions (non-breaking).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import yaml

from generator.specfile import resolve_pointer, split_pointer

from .report import DriftReport, Finding

__all__ = ["observed_source", "suggestion", "suggestion_yaml"]


def observed_source(day: datetime.date) -> str:
    """The `x-source` value of a fact seen in a tenant's answers on `day` (specs/EXTENSIONS.md)."""
    return f"observed {day.isoformat()}"


def suggestion(report: DriftReport, spec: Mapping[str, Any], day: datetime.date) -> dict[str, Any]:
    """The fragment for a report's unknown fields and enum values (empty when there are none)."""
    source = observed_source(day)
    fragment: dict[str, Any] = {}
    new_values: dict[str, list[Any]] = {}
    for finding in report.findings:
        if finding.kind == "unknown-field" and finding.schema:
            _place(fragment, [*split_pointer(finding.schema), "properties", finding.subject], _field(finding, source))
        elif finding.kind == "unknown-enum-value" and finding.schema and finding.value is not None:
            values = new_values.setdefault(finding.schema, [])
            if finding.value not in values:
                values.append(finding.value)
    for where, values in new_values.items():
        schema = _at(spec, where)
        listed = list(schema.get("enum") or [])
        _place(
            fragment,
            split_pointer(where),
            {"enum": listed + [v for v in values if v not in listed], "x-source": _with_source(schema, source)},
        )
    return fragment


def suggestion_yaml(report: DriftReport, spec: Mapping[str, Any], day: datetime.date) -> str | None:
    """The fragment as a YAML document with a header saying where it came from; None when there is nothing."""
    fragment = suggestion(report, spec, day)
    if not fragment:
        return None
    header = (
        f"# Suggested additions to {report.spec}, from what {report.base_url} answered on {day.isoformat()}\n"
        "# (api-contract-check --suggest). Shaped like the spec: merge each mapping into the spec at the same\n"
        "# place (an enum list replaces the spec's), review, then `make generate`.\n"
    )
    return header + yaml.safe_dump(fragment, sort_keys=False, allow_unicode=True)


def _field(finding: Finding, source: str) -> dict[str, Any]:
    kinds = set(finding.types)
    if {"integer", "number"} <= kinds:
        kinds.discard("integer")
    ordered = sorted(kinds - {"null"}) + (["null"] if "null" in kinds else [])
    declared: Any = ordered[0] if len(ordered) == 1 else ordered
    return {"type": declared, "x-source": source} if ordered else {"x-source": source}


def _with_source(schema: Mapping[str, Any], source: str) -> Any:
    existing = schema.get("x-source")
    if existing is None:
        return source
    listed = list(existing) if isinstance(existing, list) else [existing]
    return listed if source in listed else [*listed, source]


def _at(spec: Mapping[str, Any], pointer: str) -> Mapping[str, Any]:
    try:
        found = resolve_pointer(spec, pointer)
    except (KeyError, IndexError, ValueError):
        return {}
    return found if isinstance(found, Mapping) else {}


def _place(fragment: dict[str, Any], keys: list[str], value: dict[str, Any]) -> None:
    node = fragment
    for key in keys[:-1]:
        node = node.setdefault(key, {})
    node.setdefault(keys[-1], {}).update(value)
