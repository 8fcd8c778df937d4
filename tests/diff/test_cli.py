"""`python -m generator diff` as a real subprocess: exit statuses, formats, --since, --accepted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.specfile import REPO_ROOT
from tests.diff.specs import schema, spec_pair, write


def diff(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", *map(str, args)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _remove_response_field(spec: dict[str, Any]) -> None:
    del schema(spec, "Org")["properties"]["org_slug"]


def _widen_response_enum(spec: dict[str, Any]) -> None:
    schema(spec, "WarningStatus")["enum"].append("snoozed")


def test_exit_0_when_nothing_changed(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, "sevco", lambda spec: None)
    result = diff(old, new, "--spec-only")  # no surface change either: test_surface.py
    assert result.returncode == 0, result.stderr
    assert "sevco: spec 1.0.0 -> 1.0.0: 0 breaking, 0 possibly breaking, 0 non-breaking" in result.stdout


def test_exit_0_when_no_change_is_breaking(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, "cyberhaven", _widen_response_enum)
    result = diff(old, new)
    assert result.returncode == 0, result.stderr
    assert 'response-enum-value-added: WarningStatus: value "snoozed" added' in result.stdout
    assert "python-added: cyberhaven_client.models.warning_status.WarningStatus.SNOOZED added" in result.stdout


def test_exit_1_on_a_breaking_change_with_both_layers_and_both_pointers(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, "sevco", _remove_response_field)
    result = diff(old, new)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "sevco: spec 1.0.0 -> 1.0.0: 2 breaking, 0 possibly breaking, 0 non-breaking"
    assert lines[1:6] == [
        "  BREAKING",
        "    response-field-removed: Org.org_slug removed [list_orgs]",
        "        old /components/schemas/Org/properties/org_slug  new /components/schemas/Org",
        "    python-removed: sevco_client.models.org.Org.org_slug removed",
        "        old sevco_client.models.org.Org.org_slug  new sevco_client.models.org.Org",
    ]


def test_json_and_markdown_formats(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, "sevco", _remove_response_field)
    result = diff(old, new, "--format", "json", "--spec-only")
    assert result.returncode == 1
    (report,) = json.loads(result.stdout)["reports"]
    assert report["counts"] == {"breaking": 1, "possibly breaking": 0, "non-breaking": 0}
    assert report["changes"] == [
        {
            "kind": "response-field-removed",
            "severity": "breaking",
            "layer": "spec",
            "summary": "Org.org_slug removed",
            "old_location": "/components/schemas/Org/properties/org_slug",
            "new_location": "/components/schemas/Org",
            "operations": ["list_orgs"],
        }
    ]
    markdown = diff(old, new, "--format", "markdown", "--spec-only").stdout
    assert markdown.startswith("## sevco: spec 1.0.0 -> 1.0.0: 1 breaking")
    assert "**Breaking**" in markdown
    assert "`/components/schemas/Org/properties/org_slug` → `/components/schemas/Org`" in markdown


def test_exit_2_on_usage_errors(tmp_path: Path) -> None:
    old, _ = spec_pair(tmp_path, "sevco", lambda spec: None)
    for args in ([old], [old, old, old], ["--format", "xml", old, old]):
        result = diff(*args)
        assert result.returncode == 2, args
        assert "usage: python -m generator diff" in result.stderr


def test_exit_2_on_an_invalid_spec_naming_file_and_pointer(tmp_path: Path) -> None:
    def typo(spec: dict[str, Any]) -> None:
        scheme = spec["components"]["securitySchemes"]["ApiToken"]
        scheme["x-token-prefx"] = scheme.pop("x-token-prefix")

    old, new = spec_pair(tmp_path, "sevco", typo)
    result = diff(old, new)
    assert result.returncode == 2
    assert f"{new}#/components/securitySchemes/ApiToken/x-token-prefx: unknown extension" in result.stderr
    assert diff(old, tmp_path / "missing.yaml").returncode == 2


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo, check=True, capture_output=True
    )


def test_since_a_git_ref(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, "sevco", _remove_response_field)
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    spec = repo / "specs" / "sevco.yaml"
    write({}, spec).write_bytes(old.read_bytes())
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "spec")
    spec.write_bytes(new.read_bytes())

    result = diff("--since", "HEAD", spec, "--spec-only")
    assert result.returncode == 1, result.stderr
    assert "response-field-removed: Org.org_slug removed" in result.stdout

    unknown = diff("--since", "no-such-ref", spec)
    assert unknown.returncode == 2
    assert "unknown git ref 'no-such-ref'" in unknown.stderr

    fresh = repo / "specs" / "cyberhaven.yaml"  # not in the commit: the whole API is new
    write({}, fresh).write_bytes(new.read_bytes())
    result = diff("--since", "HEAD", fresh)
    assert result.returncode == 0, result.stderr
    assert "api-added: new API Sevco API" in result.stdout


def test_an_accepted_breaking_change_passes_the_gate(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, "sevco", _remove_response_field)
    accepted = tmp_path / "accepted.yaml"
    entry = {
        "api": "sevco",
        "kind": "response-field-removed",
        "location": "/components/schemas/Org/properties/org_slug",
        "reason": "Nobody reads it.",
    }
    stale = {**entry, "kind": "operation-removed", "location": "/paths/~1v1~1gone/get"}
    write({"accepted": [entry, stale]}, accepted)
    result = diff(old, new, "--spec-only", "--accepted", accepted)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(1 breaking accepted)" in result.stdout
    assert "response-field-removed: Org.org_slug removed [list_orgs] (accepted: Nobody reads it.)" in (result.stdout)
    assert "note: accepted change not in this report: sevco operation-removed /paths/~1v1~1gone/get" in result.stderr

    # The Python-surface twin of the change is not accepted by the spec entry: it still fails the gate.
    assert diff(old, new, "--accepted", accepted).returncode == 1


@pytest.mark.parametrize(
    "document",
    [{"accepted": [{"api": "sevco", "kind": "response-field-removed", "location": "/x"}]}, {"accept": []}],
)
def test_exit_2_on_a_malformed_accepted_changes_file(tmp_path: Path, document: dict[str, Any]) -> None:
    old, new = spec_pair(tmp_path, "sevco", _remove_response_field)
    accepted = write(document, tmp_path / "accepted.yaml")
    result = diff(old, new, "--spec-only", "--accepted", accepted)
    assert result.returncode == 2
    assert f"{accepted}#" in result.stderr
