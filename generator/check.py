"""The drift check: regenerate into a scratch directory and compare with the committed generated/."""

from __future__ import annotations

import filecmp
import tempfile
from pathlib import Path

from .build import generate
from .diff.ledger import unrecorded
from .specfile import GENERATED_DIR, spec_path

_IGNORED = {"__pycache__"}


def stale_files(apis: list[str], generated_root: Path = GENERATED_DIR) -> list[str]:
    """Paths (relative to generated/) that differ from, are missing from, or are extra to what the specs produce;
    and release ledgers that do not record their spec (the version and CHANGELOG.md would be stale)."""
    differing = [problem for api in apis if (problem := unrecorded(spec_path(api)))]
    with tempfile.TemporaryDirectory(prefix="generator-check-") as scratch:
        for api in apis:
            fresh = generate(api, Path(scratch))
            committed = generated_root / fresh.name
            differing += _compare(fresh, committed, Path(fresh.name))
    return sorted(differing)


def _compare(fresh: Path, committed: Path, relative: Path) -> list[str]:
    if not committed.is_dir():
        return [f"{relative}/ (missing)"]
    comparison = filecmp.dircmp(fresh, committed, ignore=list(_IGNORED))
    found = [f"{relative / name} (missing)" for name in comparison.left_only]
    found += [f"{relative / name} (not generated from the spec)" for name in comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(fresh, committed, comparison.common_files, shallow=False)
    found += [f"{relative / name} (differs)" for name in mismatch + errors]
    for sub in comparison.common_dirs:
        found += _compare(fresh / sub, committed / sub, relative / sub)
    return found
