"""Recording a release in the ledger when the spec changed (`python -m generator generate`, `make generate`)."""

from __future__ import annotations

import sys

from attrs import frozen

from ..specfile import load, sha256, spec_path
from . import render, sources
from .changes import Report, bump_of
from .compare import compare
from .ledger import FIRST_VERSION, Ledger, Release, ledger_path, next_version, today


@frozen
class Recorded:
    """What `record` did: the report of the spec's changes since HEAD (None when unchanged or new), and
    the release it wrote (None when the ledger already recorded the spec)."""

    report: Report | None
    release: Release | None


def record(api: str, *, ref: str = "HEAD") -> Recorded:
    """Bring `api`'s ledger up to date with its spec (the rules: generator/diff/ledger.py)."""
    spec_file = spec_path(api)
    ledger_file = ledger_path(spec_file)
    current_sha = sha256(spec_file)
    committed = Ledger.parse(sources.show(ref, ledger_file))
    with sources.at_ref(ref, spec_file) as base:
        changed = base is None or base.read_bytes() != spec_file.read_bytes()
        report = compare(api, base, spec_file) if changed else None
    latest = committed.latest
    if latest is not None and latest.spec_sha256 == current_sha:
        if Ledger.read(ledger_file) != committed:
            committed.write(ledger_file)  # the spec is back to the last release: drop a pending one
        return Recorded(report, None)
    pending = Ledger.read(ledger_file)
    kept_date = pending.latest.date if pending.latest and pending.releases[:-1] == committed.releases else None
    changes = report.changes if report is not None and latest is not None else ()
    release = Release(
        version=FIRST_VERSION if latest is None else next_version(latest.version, bump_of(changes)),
        date=kept_date or today(),
        spec_version=str(load(spec_file)["info"]["version"]),
        spec_sha256=current_sha,
        changes=changes,
    )
    Ledger((*committed.releases, release)).write(ledger_file)
    return Recorded(report, release)


def record_and_report(api: str) -> None:
    """For `python -m generator generate`: print what changed since the last commit and the release recorded.
    Outside a git repository nothing is recorded (a warning says so): the package is marked unreleased."""
    try:
        recorded = record(api)
    except sources.GitError as exc:
        print(f"warning: {api}: no release recorded: {exc}", file=sys.stderr)
        return
    if recorded.report is not None:
        sys.stdout.write(render.text([recorded.report]))
    if recorded.release is not None:
        print(f"{api}: recorded release {recorded.release.version} in {ledger_path(spec_path(api))}")
