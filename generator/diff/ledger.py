"""The release ledger: a committed file per API (`specs/releases/<api>.json`) listing each release of its
generated package: semver, date, spec version and sha256, and the classified changes.

Generation only *reads* it, so `python -m generator check` stays a pure function of the committed files:
`__version__` and CHANGELOG.md come from the ledger, never from the clock or git. Only `python -m generator
generate` (`make generate`) *writes* it, and only when the spec differs from the last release: it compares
the spec at HEAD with the working tree and records one release on top of the releases committed at HEAD.
Running it again before committing replaces that pending release (keeping its date), so edits to the spec
before a commit make one release, not one per run.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from ..specfile import REPO_ROOT, sha256
from .changes import Change

FIRST_VERSION = "1.0.0"


def ledger_path(spec: Path) -> Path:
    return spec.parent / "releases" / f"{spec.stem}.json"


@frozen
class Release:
    version: str
    date: str
    spec_version: str
    spec_sha256: str
    changes: tuple[Change, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "date": self.date,
            "spec_version": self.spec_version,
            "spec_sha256": self.spec_sha256,
            "changes": [c.as_json() for c in self.changes],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Release:
        return cls(
            version=data["version"],
            date=data["date"],
            spec_version=data["spec_version"],
            spec_sha256=data["spec_sha256"],
            changes=tuple(Change.from_json(c) for c in data.get("changes", ())),
        )


@frozen
class Ledger:
    releases: tuple[Release, ...] = ()

    @property
    def latest(self) -> Release | None:
        return self.releases[-1] if self.releases else None

    @classmethod
    def parse(cls, text: str | bytes | None) -> Ledger:
        if not text:
            return cls()
        return cls(tuple(Release.from_json(r) for r in json.loads(text)["releases"]))

    @classmethod
    def read(cls, path: Path) -> Ledger:
        return cls.parse(path.read_bytes() if path.exists() else None)

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        document = {"releases": [r.as_json() for r in self.releases]}
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def next_version(previous: str, bump: str) -> str:
    major, minor, patch = (int(part) for part in previous.split("+")[0].split("."))
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def today() -> str:
    """Today's UTC date, or the date of SOURCE_DATE_EPOCH when set (reproducible builds' convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch else datetime.datetime.now(datetime.UTC)
    return moment.date().isoformat()


@frozen
class PackageRelease:
    """What generation writes into a package: its versions and the releases for CHANGELOG.md."""

    version: str
    spec_version: str
    releases: tuple[Release, ...]
    recorded: bool  # False: the ledger does not record this spec (run `make generate`)


def package_release(spec_file: Path, spec: Mapping[str, Any]) -> PackageRelease:
    """The version of the package generated from `spec_file` now, read from its ledger only."""
    ledger = Ledger.read(ledger_path(spec_file))
    latest = ledger.latest
    recorded = latest is not None and latest.spec_sha256 == sha256(spec_file)
    if latest is None:
        version = "0.0.0+unreleased"
    else:
        version = latest.version if recorded else f"{latest.version}+unreleased"
    return PackageRelease(version, str(spec["info"]["version"]), tuple(reversed(ledger.releases)), recorded)


def unrecorded(spec_file: Path) -> str | None:
    """A problem line for `check` when the ledger does not record the current spec, else None."""
    ledger = Ledger.read(ledger_path(spec_file))
    if ledger.latest is not None and ledger.latest.spec_sha256 == sha256(spec_file):
        return None
    path = ledger_path(spec_file).resolve()
    shown = path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path
    return f"{shown} (does not record the current spec: run `make generate`)"
