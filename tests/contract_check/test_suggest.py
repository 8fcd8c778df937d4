"""`--suggest`: the YAML fragment adds exactly the unknown fields and enum values, marked `x-source: observed
<date>`; merged into the spec it validates, the check then finds only the other drifts, and the change report
classifies the additions as non-breaking."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import yaml

from contract_check import CheckOptions, check
from contract_check.suggest import suggestion
from generator.diff.compare import compare_specs
from generator.specfile import load
from generator.validate import validate_file
from mock_servers.pytest_plugin import MockService
from mock_servers.spec import spec_path

from .conftest import environment, run_cli
from .test_against_mocks import DRIFTS


def merged(spec: dict[str, Any], fragment: dict[str, Any]) -> dict[str, Any]:
    """The spec with the fragment merged in: mappings merge, anything else (lists included) replaces."""
    out = dict(spec)
    for key, value in fragment.items():
        out[key] = merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def test_the_suggestion_adds_the_unknown_field_and_enum_value(drifting_mock: MockService, tmp_path: Path) -> None:
    target = tmp_path / "suggested.yaml"
    today = datetime.date.today().isoformat()

    result = run_cli("cyberhaven", "--suggest", str(target), env=environment(drifting_mock))

    assert result.returncode == 11 and f"spec suggestion written to {target}" in result.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Suggested additions to ")
    assert yaml.safe_load(text) == {
        "components": {
            "schemas": {
                "Endpoint": {"properties": {"tamper_protection": {"type": "string", "x-source": f"observed {today}"}}},
                "EndpointStatus": {"enum": ["active", "inactive", "quarantined"], "x-source": f"observed {today}"},
            }
        }
    }


def test_the_merged_suggestion_validates_and_leaves_only_the_other_drifts(
    drifting_mock: MockService, tmp_path: Path
) -> None:
    spec = load(spec_path("cyberhaven"))
    report = check("cyberhaven", drifting_mock.settings)
    fragment = suggestion(report, spec, datetime.date(2026, 3, 2))
    path = tmp_path / "cyberhaven.yaml"
    path.write_text(yaml.safe_dump(merged(spec, fragment), sort_keys=False), encoding="utf-8")

    new_spec = validate_file(path)  # x-source: observed 2026-03-02 included
    again = check("cyberhaven", drifting_mock.settings, CheckOptions(spec=path))

    remaining = {(f.kind, f.operation, f.schema, f.subject) for f in again.findings}
    assert remaining == {drift for drift in DRIFTS if drift[0] not in ("unknown-field", "unknown-enum-value")}
    assert any("is not the spec cyberhaven_client was generated from" in warning for warning in again.warnings)
    changes = {(change.kind, change.severity.value) for change in compare_specs(spec, new_spec)}
    assert changes == {
        ("response-field-added", "non-breaking"),
        ("response-enum-value-added", "non-breaking"),
        ("request-enum-value-added", "non-breaking"),  # EndpointStatus is a filter's enum too: a value to send
    }


def test_an_existing_source_is_kept_beside_the_observation(drifting_mock: MockService) -> None:
    spec = load(spec_path("cyberhaven"))
    spec["components"]["schemas"]["EndpointStatus"]["x-source"] = "inferred"
    report = check("cyberhaven", drifting_mock.settings, CheckOptions(only={"list_endpoints"}))

    fragment = suggestion(report, spec, datetime.date(2026, 3, 2))

    status = fragment["components"]["schemas"]["EndpointStatus"]
    assert status["x-source"] == ["inferred", "observed 2026-03-02"]


def test_nothing_to_suggest_writes_nothing(cyberhaven_mock: MockService, tmp_path: Path) -> None:
    target = tmp_path / "suggested.yaml"

    result = run_cli("cyberhaven", "--suggest", str(target), env=environment(cyberhaven_mock))

    assert result.returncode == 0 and "nothing to suggest" in result.stderr
    assert not target.exists()
