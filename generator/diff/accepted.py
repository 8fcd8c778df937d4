"""The file of accepted breaking changes (`specs/releases/accepted-changes.yaml`): what `make api-diff` lets through.

Each entry names one change as the report prints it (API, kind, one of its two locations) and says why
it is accepted; a reason is required, so the file doubles as the record of who broke what on purpose.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from attrs import evolve, frozen
from jsonschema import Draft202012Validator

from ..specfile import SpecError, load, pointer
from .changes import Report

_NON_EMPTY = {"type": "string", "minLength": 1}
_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["accepted"],
    "properties": {
        "accepted": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["api", "kind", "location", "reason"],
                "properties": {"api": _NON_EMPTY, "kind": _NON_EMPTY, "location": _NON_EMPTY, "reason": _NON_EMPTY},
            },
        }
    },
}


@frozen
class Acceptance:
    api: str
    kind: str
    location: str
    reason: str


def read(path: Path) -> list[Acceptance]:
    """The entries of an accepted-changes file; SpecError (file and pointer) when it is malformed."""
    document: Any = load(path)
    problems = [
        (pointer(*error.absolute_path), error.message) for error in Draft202012Validator(_SCHEMA).iter_errors(document)
    ]
    if problems:
        raise SpecError(path, problems)
    return [Acceptance(**entry) for entry in document["accepted"]]


def apply(report: Report, acceptances: list[Acceptance]) -> tuple[Report, list[Acceptance]]:
    """The report with accepted breaking changes marked, and the entries of this API that matched nothing."""
    used: set[Acceptance] = set()
    changes = []
    for change in report.changes:
        match = next(
            (
                a
                for a in acceptances
                if a.api == report.api
                and a.kind == change.kind
                and a.location in (change.old_location, change.new_location)
            ),
            None,
        )
        if match is not None:
            used.add(match)
            change = evolve(change, accepted=match.reason)
        changes.append(change)
    unused = [a for a in acceptances if a.api == report.api and a not in used]
    return evolve(report, changes=changes), unused
