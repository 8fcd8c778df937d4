"""Secrets never reach the report: canary credentials, echoed by a server inside drifting answers (as enum
values, wrong-typed values and field names), stay out of the text and JSON reports, stderr and the suggestion;
so do the values the spec marks `format: password` (a service API key answered by Sevco)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import cyberhaven_client
import pytest

import contract_check.cli
from auth_plugins.profile import Setting, TokenHeaderAuthSpec
from mock_servers import create_app, serve_in_thread
from mock_servers.pytest_plugin import MockService

from .conftest import environment, run_cli

KEY = "canary-key-5d1f0b7e9a3c4e2f8b6d"
ORG = "canary-org-7e3a9c1d5b2f4a6e"
SERVICE_KEY = "canary-svc-2b8e4f6a1c9d3e5f"


def _outputs(*arguments: str, env: dict[str, str], suggest: Path) -> tuple[str, dict[str, Any]]:
    """Everything the check wrote (text and JSON reports, stderr, the suggestion), and the JSON report."""
    texts = []
    for form in ("text", "json"):
        result = run_cli(*arguments, "--format", form, "--suggest", str(suggest), env=env)
        assert result.returncode in (10, 11), result.stdout + result.stderr  # the drift was found
        texts += [result.stdout, result.stderr, suggest.read_text(encoding="utf-8")]
    return "\n".join(texts), json.loads(result.stdout)


def test_a_cyberhaven_key_echoed_in_drifting_answers_is_never_shown(
    cyberhaven_mock: MockService, tmp_path: Path
) -> None:
    cyberhaven_mock.controller.add_key(KEY)
    echo = {"id": "e-1", "status": KEY, "hostname": KEY, KEY: 1}  # a new enum value, and a field named so
    body = {"type": "endpoints", "size": 1, "resources": [echo], "page_response": {"next_id": ""}, "errors": []}
    cyberhaven_mock.faults.add("list_endpoints", "body", body=body, count=0)

    env = environment(cyberhaven_mock, CYBERHAVEN_API_KEY=KEY)

    shown, report = _outputs("cyberhaven", "--only", "list_endpoints", env=env, suggest=tmp_path / "suggest.yaml")

    assert KEY not in shown
    kinds = {finding["kind"]: finding for finding in report["findings"]}
    assert kinds["unknown-enum-value"]["got"] == "string '***'"
    assert kinds["unknown-field"]["pointer"] == "/resources/0/***"


def test_sevco_secrets_and_password_values_echoed_in_drifting_answers_are_never_shown(tmp_path: Path) -> None:
    app = create_app("sevco", keys=[KEY], org=ORG)
    mock = app.state.mock
    mock.faults.add("get_org_api_key", "body", body={"apiKey": SERVICE_KEY}, count=0)
    user = {"email": "a@example.com", "created": SERVICE_KEY, ORG: True, "roles": [KEY]}  # date-time, unknown field
    mock.faults.add("list_users", "body", body={"items": [user]}, count=0)
    mock.faults.add("list_roles", "body", body=[{"id": KEY, "name": 7}], count=0)  # a number where a name goes
    with serve_in_thread(app) as url:
        service = MockService("sevco", app, url)
        env = environment(service, SEVCO_API_TOKEN=KEY, SEVCO_ORG_ID=ORG, SEVCO_BASE_URL=url)
        only = ["--only", "get_org_api_key", "--only", "list_users", "--only", "list_roles"]
        shown, report = _outputs("sevco", *only, env=env, suggest=tmp_path / "suggest.yaml")

    for secret in (KEY, ORG, SERVICE_KEY):
        assert secret not in shown
    found = {(f["kind"], f["pointer"], f["got"]) for f in report["findings"]}
    assert ("type-mismatch", "/items/0/created", "string '***'") in found
    assert ("unknown-field", "/items/0/***", "boolean") in found
    assert ("type-mismatch", "/0/name", "number 7") in found


def test_no_credential_becomes_an_option_even_one_the_spec_forgot_to_mark_secret(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A second security scheme whose token setting is not `secret: true`: still a credential, so no --access-token
    # (a key on the command line is seen by every user of the machine); named among the environment-only ones.
    token = Setting("access_token", env=("X_ACCESS_TOKEN",), description="A ready token.")
    profile = attrs.evolve(
        cyberhaven_client.PROFILE,
        settings=(*cyberhaven_client.PROFILE.settings, token),
        auth_alternatives=(TokenHeaderAuthSpec(token_setting="access_token"),),
    )
    monkeypatch.setattr(contract_check.cli, "_profile", lambda api: profile)

    help_text = contract_check.build_parser("cyberhaven").format_help()

    assert "--tenant" in help_text and "--access-token" not in help_text
    assert "access_token (X_ACCESS_TOKEN)" in help_text
