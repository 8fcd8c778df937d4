"""What a comparison finds: changes, each with its class and where it is in both versions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from attrs import Factory, evolve, field, frozen

from .rules import Severity, rule

SPEC = "spec"
PYTHON = "python"


@frozen
class Change:
    """One change. `old_location` / `new_location` are JSON pointers into the old and new spec (layer
    "spec") or dotted Python paths in the old and new package (layer "python"). When something was
    added or removed, the side that lacks it names the nearest place that holds it (its parent)."""

    kind: str
    summary: str
    old_location: str
    new_location: str
    layer: str = SPEC
    operations: tuple[str, ...] = ()
    accepted: str | None = None  # the reason, when the accepted-changes file lists this change
    # From the rules table; a recorded release keeps the class it was given then.
    severity: Severity = field(default=Factory(lambda self: rule(self.kind).severity, takes_self=True))

    @property
    def why(self) -> str:
        return rule(self.kind).why

    @property
    def blocks_gate(self) -> bool:
        """Whether this change fails the gate: breaking and not accepted."""
        return self.severity is Severity.BREAKING and self.accepted is None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "severity": self.severity.value,
            "layer": self.layer,
            "summary": self.summary,
            "old_location": self.old_location,
            "new_location": self.new_location,
        }
        if self.operations:
            data["operations"] = list(self.operations)
        if self.accepted is not None:
            data["accepted"] = self.accepted
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        return cls(
            kind=data["kind"],
            summary=data["summary"],
            old_location=data["old_location"],
            new_location=data["new_location"],
            layer=data.get("layer", SPEC),
            operations=tuple(data.get("operations", ())),
            severity=Severity(data["severity"]),
        )


def merge_operations(changes: Iterable[Change]) -> list[Change]:
    """One entry per change however many operations reach it (a shared schema is reached by several)."""
    merged: dict[tuple[str, str, str, str, str], Change] = {}
    for change in changes:
        key = (change.layer, change.kind, change.summary, change.old_location, change.new_location)
        if key in merged:
            operations = sorted({*merged[key].operations, *change.operations})
            merged[key] = evolve(merged[key], operations=tuple(operations))
        else:
            merged[key] = change
    return list(merged.values())


def bump_of(changes: Iterable[Change]) -> str:
    """The semver part a set of changes bumps: major, minor or patch (patch also when nothing was
    classified, e.g. only descriptions changed)."""
    bumps = {"major" if c.severity is Severity.BREAKING else rule(c.kind).bump for c in changes}
    return next((b for b in ("major", "minor") if b in bumps), "patch")


def _order(change: Change) -> tuple[int, int, str, str]:
    return (change.severity.rank, change.layer != SPEC, change.new_location or change.old_location, change.kind)


def _in_order(changes: Iterable[Change]) -> tuple[Change, ...]:
    return tuple(sorted(changes, key=_order))


@frozen
class Report:
    """The changes between two versions of one API, in a stable order (worst first)."""

    api: str
    old_version: str | None
    new_version: str
    changes: tuple[Change, ...] = field(converter=_in_order)

    def of(self, severity: Severity) -> list[Change]:
        return [c for c in self.changes if c.severity is severity]

    @property
    def breaking(self) -> list[Change]:
        """Breaking changes not accepted: what makes the gate fail."""
        return [c for c in self.changes if c.blocks_gate]

    @property
    def bump(self) -> str:
        """The semver part this report bumps: major, minor or patch (patch also when nothing was classified,
        e.g. only descriptions changed)."""
        return bump_of(self.changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "old_version": self.old_version,
            "new_version": self.new_version,
            "counts": {s.value: len(self.of(s)) for s in Severity},
            "breaking_not_accepted": len(self.breaking),
            "changes": [c.as_json() for c in self.changes],
        }
