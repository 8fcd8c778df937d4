"""The drift report: what each operation answered, the drift found, and what no answer showed; as text or JSON.

A finding stands for every occurrence of one drift (same operation, kind, spec location and subject: the field,
the enum value, the status, ...), with the first place it was seen and how often. Findings hold short
descriptions only (a JSON type, a value of at most 40 characters, redacted); bodies are never kept.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from typing import Any

from attrs import field, frozen

from generator.specfile import split_pointer

from .kinds import DRIFT_KINDS, ExitStatus, Severity

__all__ = ["CoverageNote", "DriftReport", "Finding", "OperationResult", "Outcome", "render_json", "render_text"]


class Outcome(enum.Enum):
    CHECKED = "checked"  # a success answer, checked against the spec
    ERROR = "error status"  # an error status: its body checked against the error schema
    SKIPPED = "skipped"  # not called (a write, filtered out, or no request could be built)
    FAILED = "failed"  # no usable answer (timeout, rate limit, too large)
    NOT_RUN = "not run"  # the time budget was spent, or the run stopped


@frozen
class OperationResult:
    operation_id: str
    method: str
    path: str
    outcome: Outcome
    status: int | None = None
    note: str = ""


@frozen
class Finding:
    """One drift. `schema` is the JSON pointer of the spec's schema (or response) it concerns, `pointer` the
    first place in an answer where it was seen (empty for a status), `count` how many places showed it."""

    kind: str
    operation: str
    status: int
    pointer: str
    schema: str
    subject: str
    expected: str
    got: str
    count: int = 1
    types: tuple[str, ...] = ()  # JSON types seen (unknown fields)
    value: Any = field(default=None, eq=False)  # the enum value seen (redacted), for --suggest

    @property
    def severity(self) -> Severity:
        return DRIFT_KINDS[self.kind].severity

    @property
    def label(self) -> str:
        """Where in the spec, for people: `Incident.risk_score`, `EndpointStatus`, or the pointer."""
        return schema_label(self.schema)


@frozen
class CoverageNote:
    """Documented properties of an object schema that no answer carried (or only as null): not drift, since a
    small sample may simply lack them, but worth a look when a field the pipeline needs is among them."""

    schema: str
    objects: int
    never_seen: tuple[str, ...] = ()
    only_null: tuple[str, ...] = ()


@frozen
class DriftReport:
    api: str
    base_url: str
    spec: str
    spec_version: str
    checked_at: str
    duration_seconds: float
    operations: tuple[OperationResult, ...]
    findings: tuple[Finding, ...]
    coverage: tuple[CoverageNote, ...] = ()
    warnings: tuple[str, ...] = ()
    fatal: str | None = None  # why the check could not run

    @property
    def worst(self) -> Severity | None:
        ranks = [finding.severity for finding in self.findings]
        return min(ranks, key=lambda severity: severity.rank) if ranks else None

    @property
    def checked(self) -> int:
        return sum(1 for result in self.operations if result.outcome is Outcome.CHECKED)

    @property
    def exit_status(self) -> ExitStatus:
        if self.fatal is not None or not self.checked:
            return ExitStatus.COULD_NOT_RUN
        return ExitStatus.for_severity(self.worst)

    def by_severity(self) -> dict[Severity, list[Finding]]:
        grouped: dict[Severity, list[Finding]] = {severity: [] for severity in Severity}
        for finding in self.findings:
            grouped[finding.severity].append(finding)
        return grouped


def schema_label(pointer: str) -> str:
    """A spec location for people: `Incident.risk_score`, `EndpointStatus`, `GET /v2/incidents responses`."""
    parts = split_pointer(pointer)
    if parts[:2] == ["components", "schemas"] and len(parts) in (3, 5) and parts[3:4] in ([], ["properties"]):
        return ".".join(parts[2::2])
    if parts[:2] == ["components", "headers"] and len(parts) >= 3:
        return f"header {parts[2]}"
    if parts[:1] == ["paths"] and len(parts) >= 3:
        return " ".join([parts[2].upper(), parts[1], *parts[3:]])
    return pointer


# -- text --------------------------------------------------------------------------------------------------

_HEADINGS = {
    Severity.BREAKING: "BREAKING: the client fails on these answers",
    Severity.POSSIBLY_BREAKING: "POSSIBLY BREAKING: the client parses them; code using the values may break",
    Severity.NON_BREAKING: "TOLERATED: the client takes these in its stride",
}


def render_text(report: DriftReport) -> str:
    lines = [
        f"Drift report: {report.api} at {report.base_url} against {report.spec} (spec {report.spec_version})",
        f"run {report.checked_at}, {report.duration_seconds:.1f} s: {_counts(report.operations)}",
    ]
    lines += [f"warning: {warning}" for warning in report.warnings]
    if report.fatal:
        lines.append(f"could not run: {report.fatal}")
    for severity, findings in report.by_severity().items():
        if findings:
            lines += ["", f"{_HEADINGS[severity]} ({len(findings)})"]
            lines += [_finding_line(finding) for finding in findings]
    if not report.findings and not report.fatal:
        lines += ["", "No drift: every answer fits the spec."]
    lines += ["", "Operations"]
    width = max((len(r.operation_id) for r in report.operations), default=0)
    path_width = max((len(r.path) for r in report.operations), default=0)
    for result in report.operations:
        shown = str(result.status) if result.status is not None else "-"
        note = f": {result.note}" if result.note else ""
        lines.append(
            f"  {result.operation_id:<{width}}  {result.method:<6} {result.path:<{path_width}}  {shown:>3}  "
            f"{result.outcome.value}{note}"
        )
    if report.coverage:
        lines += ["", "Documented but not seen (not drift: a small sample may lack them)"]
        for coverage in report.coverage:
            parts = []
            if coverage.never_seen:
                parts.append("never " + ", ".join(coverage.never_seen))
            if coverage.only_null:
                parts.append("only null " + ", ".join(coverage.only_null))
            lines.append(f"  {schema_label(coverage.schema)} ({coverage.objects} seen): {'; '.join(parts)}")
    status = report.exit_status
    lines += ["", f"exit status {status.value}: {status.meaning}"]
    return "\n".join(lines) + "\n"


def _counts(results: Iterable[OperationResult]) -> str:
    tally: dict[Outcome, int] = {}
    for result in results:
        tally[result.outcome] = tally.get(result.outcome, 0) + 1
    return ", ".join(f"{count} {outcome.value}" for outcome, count in tally.items()) or "no operations"


def _finding_line(finding: Finding) -> str:
    where = f" {finding.pointer}" if finding.pointer else ""
    times = f"; {finding.count} times" if finding.count > 1 else ""
    return (
        f"  {finding.kind}  {finding.operation} {finding.status}{where}: expected {finding.expected}, "
        f"got {finding.got}  ({finding.label}{times})"
    )


# -- JSON --------------------------------------------------------------------------------------------------


def render_json(report: DriftReport) -> str:
    document = {
        "api": report.api,
        "base_url": report.base_url,
        "spec": report.spec,
        "spec_version": report.spec_version,
        "checked_at": report.checked_at,
        "duration_seconds": round(report.duration_seconds, 3),
        "exit_status": int(report.exit_status),
        "worst": report.worst.value if report.worst else None,
        "fatal": report.fatal,
        "warnings": list(report.warnings),
        "findings": [
            {
                "kind": f.kind,
                "class": f.severity.value,
                "operation": f.operation,
                "status": f.status,
                "pointer": f.pointer,
                "schema": f.schema,
                "label": f.label,
                "subject": f.subject,
                "expected": f.expected,
                "got": f.got,
                "count": f.count,
                **({"types": list(f.types)} if f.types else {}),
            }
            for f in report.findings
        ],
        "operations": [
            {
                "operation": r.operation_id,
                "method": r.method,
                "path": r.path,
                "outcome": r.outcome.value,
                "status": r.status,
                "note": r.note,
            }
            for r in report.operations
        ],
        "coverage": [
            {"schema": c.schema, "objects": c.objects, "never_seen": list(c.never_seen), "only_null": list(c.only_null)}
            for c in report.coverage
        ],
    }
    return json.dumps(document, indent=2) + "\n"
