"""The kinds of drift the check reports, their class, and the exit statuses. One table each.

A drift is classified for callers of the generated client, as the change report (`python -m generator diff`)
classifies a spec change: where a drift has an equivalent spec change ("the API now sends a field the spec
lacks" = `response-field-added`), its class *is* that change's class in generator/diff/rules.py, so the two
reports can never disagree. The kinds with no equivalent change (statuses, headers, bodies that do not parse)
state their class here, judged the same way: against what the lenient client does with the answer.
"""

from __future__ import annotations

import enum

from attrs import frozen

from generator.diff.rules import Severity, rule

__all__ = ["DRIFT_KINDS", "DriftKind", "ExitStatus", "Severity", "exit_status_markdown", "kinds_markdown"]


@frozen
class DriftKind:
    """One row: its class comes from the change-report rule `change`, or is `own` where none fits."""

    why: str
    change: str | None = None
    own: Severity | None = None

    @property
    def severity(self) -> Severity:
        if self.change is not None:
            return rule(self.change).severity
        assert self.own is not None, "a drift kind needs an equivalent change or a class of its own"
        return self.own


DRIFT_KINDS: dict[str, DriftKind] = {
    "unknown-field": DriftKind("the lenient models keep it (`additional_properties`)", change="response-field-added"),
    "unknown-enum-value": DriftKind(
        "the lenient models keep the string the enum does not list", change="response-enum-value-added"
    ),
    "type-mismatch": DriftKind(
        "another JSON type, or a date, date-time or uuid that does not parse: kept as sent; code using it may break",
        change="response-type-changed",
    ),
    "unexpected-null": DriftKind(
        "null where the spec does not allow it: the attribute is None; code using it may break",
        change="response-type-widened",
    ),
    "required-field-missing": DriftKind(
        "a required field is absent: the attribute is Unset; code reading it may break",
        change="response-field-made-optional",
    ),
    "constraint-violated": DriftKind(
        "a value breaks minimum, maxLength, pattern, an email/uri format or the like: the models do not check those",
        own=Severity.NON_BREAKING,
    ),
    "undocumented-success": DriftKind(
        "a 2xx the operation does not document: the client raises UnexpectedStatusError instead of answering",
        own=Severity.BREAKING,
    ),
    "undocumented-status": DriftKind(
        "an error status the operation does not document: the call fails as it would anyway, but with an error "
        "code written against the spec may not expect (UnexpectedStatusError for a 418)",
        own=Severity.POSSIBLY_BREAKING,
    ),
    "malformed-body": DriftKind(
        "a success body that is not JSON, or not the documented top-level kind: the client raises "
        "MalformedResponseError",
        own=Severity.BREAKING,
    ),
    "header-missing": DriftKind(
        "a documented response header is absent: the client falls back to its own backoff and limits",
        own=Severity.NON_BREAKING,
    ),
    "header-mismatch": DriftKind(
        "a documented response header does not fit its schema: the client ignores a value it cannot read",
        own=Severity.NON_BREAKING,
    ),
    "error-body-mismatch": DriftKind(
        "an error body that does not fit its schema: only where error messages find the server's text",
        change="x-error-body changed",
    ),
}


class ExitStatus(enum.IntEnum):
    """The exit statuses of the check, above the 0-9 the generated CLIs keep for their own errors.

    The drift statuses go by the worst class found, so a CI job can fail on what matters to it."""

    NO_DRIFT = 0
    TOLERATED = 10
    POSSIBLY_BREAKING = 11
    BREAKING = 12
    COULD_NOT_RUN = 13
    USAGE = 14

    @property
    def meaning(self) -> str:
        return _MEANINGS[self]

    @classmethod
    def for_severity(cls, worst: Severity | None) -> ExitStatus:
        if worst is None:
            return cls.NO_DRIFT
        return {
            Severity.NON_BREAKING: cls.TOLERATED,
            Severity.POSSIBLY_BREAKING: cls.POSSIBLY_BREAKING,
            Severity.BREAKING: cls.BREAKING,
        }[worst]


_MEANINGS = {
    ExitStatus.NO_DRIFT: "no drift: every answer fits the spec",
    ExitStatus.TOLERATED: "drift the client tolerates only (non-breaking: unknown fields, new enum values, ...)",
    ExitStatus.POSSIBLY_BREAKING: "possibly breaking drift: the client parses it, code using the values may break",
    ExitStatus.BREAKING: "breaking drift: the client fails on an answer",
    ExitStatus.COULD_NOT_RUN: "could not run: credentials refused, the API unreachable, a setting missing, "
    "or no operation answered",
    ExitStatus.USAGE: "usage error: a bad option, or writes asked for without the matching --sandbox-url",
}


def kinds_markdown() -> str:
    """The drift kinds as README.md shows them (a test keeps the two equal)."""
    lines = ["| drift | class | as the change report's | why |", "|---|---|---|---|"]
    for name, kind in DRIFT_KINDS.items():
        change = f"`{kind.change}`" if kind.change else "—"
        lines.append(f"| `{name}` | {kind.severity.value} | {change} | {kind.why} |")
    return "\n".join(lines) + "\n"


def exit_status_markdown() -> str:
    """The exit statuses as README.md shows them (a test keeps the two equal)."""
    lines = ["| exit status | meaning |", "|---|---|"]
    lines += [f"| {status.value} | {status.meaning} |" for status in ExitStatus]
    return "\n".join(lines) + "\n"
