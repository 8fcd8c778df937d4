"""`make generate` and `make api-diff` on a real spec edit, in a git repository copied from this one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.specfile import REPO_ROOT

_COPIED = ("Makefile", "pyproject.toml", "README.md", "generator", "specs", "generated", "auth_plugins")
_NEW_YEAR_2026 = "1767225600"  # SOURCE_DATE_EPOCH of 2026-01-01


def _run(repo: Path, *command: str, epoch: str = _NEW_YEAR_2026) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    return subprocess.run(
        list(command), cwd=repo, env=environment, capture_output=True, text=True, timeout=600, check=False
    )


def _make(repo: Path, *targets: str, epoch: str = _NEW_YEAR_2026) -> subprocess.CompletedProcess[str]:
    # This checkout's set-up virtualenv; the copy's pyproject.toml is made older than its stamp, so
    # make does not set one up again.
    return _run(repo, "make", "--no-print-directory", f"VENV={Path(sys.prefix)}", *targets, epoch=epoch)


def _git(repo: Path, *args: str) -> None:
    command = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args]
    subprocess.run(command, cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The generator, specs, ledgers and generated packages as committed in a fresh repository."""
    repo = tmp_path / "repo"
    for name in _COPIED:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            repo.mkdir(exist_ok=True)
            shutil.copy(source, repo / name)
    os.utime(repo / "pyproject.toml", (0, 0))
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "as released")
    return repo


def _remove_org_slug(repo: Path) -> None:
    """A real edit of the YAML text: drop the `org_slug` property of the Org schema."""
    spec = repo / "specs" / "sevco.yaml"
    text = spec.read_text(encoding="utf-8")
    org = text.index("\n    Org:\n")
    field = "        org_slug:\n          type: string\n"
    at = text.index(field, org)
    spec.write_text(text[:at] + text[at + len(field) :], encoding="utf-8")


def _ledger(repo: Path) -> list[dict[str, object]]:
    releases: list[dict[str, object]] = json.loads((repo / "specs/releases/sevco.json").read_text())["releases"]
    return releases


def test_make_generate_reports_records_a_release_and_regenerates_reproducibly(repo: Path) -> None:
    (*_, released) = _ledger(repo)
    major = int(str(released["version"]).split(".")[0])
    expected = f"{major + 1}.0.0"  # a breaking change: the next major version
    _remove_org_slug(repo)
    result = _make(repo, "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sevco: spec 1.0.0 -> 1.0.0: 2 breaking, 0 possibly breaking, 0 non-breaking" in result.stdout
    assert "response-field-removed: Org.org_slug removed [list_orgs]" in result.stdout
    assert "old /components/schemas/Org/properties/org_slug  new /components/schemas/Org" in result.stdout
    assert "python-removed: sevco_client.models.org.Org.org_slug removed" in result.stdout
    assert f"sevco: recorded release {expected}" in result.stdout
    assert "cyberhaven: spec" not in result.stdout  # unchanged since the last commit: no report

    (*_, previous, recorded) = _ledger(repo)
    assert previous == released
    assert (recorded["version"], recorded["date"]) == (expected, "2026-01-01")
    package = repo / "generated" / "sevco_client"
    assert f'__version__ = "{expected}"' in (package / "_version.py").read_text()
    assert '__spec_version__ = "1.0.0"' in (package / "_version.py").read_text()
    changelog = (package / "CHANGELOG.md").read_text()
    assert changelog.index(f"## {expected} (2026-01-01, spec 1.0.0)") < changelog.index(f"## {released['version']} (")
    assert "- `response-field-removed` Org.org_slug removed [list_orgs]" in changelog
    assert "org_slug" not in (package / "models" / "org.py").read_text()

    check = _run(repo, sys.executable, "-m", "generator", "check")
    assert check.returncode == 0, check.stderr

    # Again before committing, another day: the pending release is kept as it is, not added to.
    ledger = (repo / "specs/releases/sevco.json").read_bytes()
    assert _make(repo, "generate", epoch="1767312000").returncode == 0
    assert (repo / "specs/releases/sevco.json").read_bytes() == ledger

    # The edit undone: the pending release goes, the package is as released again, exactly as committed.
    _git(repo, "checkout", "--", "specs/sevco.yaml")
    assert _make(repo, "generate").returncode == 0
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, capture_output=True, text=True, check=True)
    assert status.stdout == ""


def test_check_fails_when_the_spec_changed_without_make_generate(repo: Path) -> None:
    _remove_org_slug(repo)
    check = _run(repo, sys.executable, "-m", "generator", "check")
    assert check.returncode == 1
    assert "specs/releases/sevco.json (does not record the current spec: run `make generate`)" in check.stderr
    assert "sevco_client/models/org.py (differs)" in check.stderr


def test_make_api_diff_fails_on_a_breaking_change_unless_it_is_accepted(repo: Path) -> None:
    _remove_org_slug(repo)
    assert _make(repo, "generate").returncode == 0
    _git(repo, "commit", "-qam", "vendor dropped org_slug")

    gate = _make(repo, "api-diff", "BASE=HEAD~1")
    assert gate.returncode != 0
    assert "response-field-removed: Org.org_slug removed" in gate.stdout

    accepted = repo / "specs" / "releases" / "accepted-changes.yaml"
    accepted.write_text(
        "accepted:\n"
        "  - {api: sevco, kind: response-field-removed, location: /components/schemas/Org/properties/org_slug,\n"
        "     reason: Dropped by the vendor.}\n"
        "  - {api: sevco, kind: python-removed, location: sevco_client.models.org.Org.org_slug,\n"
        "     reason: Dropped by the vendor.}\n",
        encoding="utf-8",
    )
    gate = _make(repo, "api-diff", "BASE=HEAD~1")
    assert gate.returncode == 0, gate.stdout + gate.stderr
    assert "(2 breaking accepted)" in gate.stdout
