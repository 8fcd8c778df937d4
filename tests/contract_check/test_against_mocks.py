"""The drift check end to end, over loopback: the normal mocks show no drift, the drifting mock shows exactly
its five drifts, writes need both flags, the run stays within its budgets, and a run that cannot start says so."""

from __future__ import annotations

import json
import socket
import time

import pytest

from contract_check import CheckOptions, ExitStatus, Outcome, check, render_text
from generator.specfile import load
from generator.validate import operations as spec_operations
from mock_servers.pytest_plugin import MockService
from mock_servers.spec import spec_path

from .conftest import environment, run_cli

DRIFTS = {
    ("unknown-field", "list_endpoints", "/components/schemas/Endpoint", "tamper_protection"),
    ("unknown-enum-value", "list_endpoints", "/components/schemas/EndpointStatus", "'quarantined'"),
    ("type-mismatch", "list_incidents", "/components/schemas/Incident/properties/risk_score", "string"),
    ("required-field-missing", "get_event_details", "/components/schemas/Event", "id"),
    ("undocumented-status", "get_incidents", "/paths/~1v2~1incidents/get/responses", "418"),
}


def _operations(api: str) -> tuple[set[str], set[str]]:
    """The spec's read-only operationIds (GET, or a POST/PATCH marked x-safe-to-retry) and the others, read from
    the spec here rather than from the check's own plan."""
    reads: set[str] = set()
    writes: set[str] = set()
    for _, method, operation in spec_operations(load(spec_path(api))):
        safe = method == "get" or operation.get("x-safe-to-retry") is True
        (reads if safe else writes).add(operation["operationId"])
    return reads, writes


def _requested(mock: MockService) -> dict[str, int]:
    return {op: n for op, n in mock.stats()["requests"].items() if n}


@pytest.mark.parametrize("api", ["cyberhaven", "sevco"])
def test_the_normal_mocks_show_no_drift_and_no_write_is_sent(api: str, request: pytest.FixtureRequest) -> None:
    mock: MockService = request.getfixturevalue(f"{api}_mock")
    reads, writes = _operations(api)

    report = check(api, mock.settings)

    assert report.findings == ()
    assert report.exit_status is ExitStatus.NO_DRIFT
    outcomes = {result.operation_id: result.outcome for result in report.operations}
    assert {op for op, outcome in outcomes.items() if outcome is Outcome.CHECKED} == reads
    assert {op for op, outcome in outcomes.items() if outcome is Outcome.SKIPPED} == writes
    requested = _requested(mock)
    assert set(requested) == reads  # every read reached the mock, once; no write did
    assert mock.stats()["rate_limited"] == 0


def test_the_drifting_mock_shows_exactly_its_drifts(drifting_mock: MockService) -> None:
    report = check("cyberhaven", drifting_mock.settings)

    assert {(f.kind, f.operation, f.schema, f.subject) for f in report.findings} == DRIFTS
    by_kind = {f.kind: f for f in report.findings}
    assert {kind: f.severity.value for kind, f in by_kind.items()} == {
        "unknown-field": "non-breaking",
        "unknown-enum-value": "non-breaking",
        "type-mismatch": "possibly breaking",
        "required-field-missing": "possibly breaking",
        "undocumented-status": "possibly breaking",
    }
    assert report.exit_status is ExitStatus.POSSIBLY_BREAKING
    # one page of the default size, read with its records' fields and types
    assert by_kind["type-mismatch"].count == 5
    assert (by_kind["type-mismatch"].pointer, by_kind["type-mismatch"].got) == (
        "/resources/0/risk_score",
        "string '6.7'",
    )
    assert by_kind["unknown-field"].types == ("string",)
    # the two events of the first incident's lineage, reached through the links list -> lineage -> details
    assert by_kind["required-field-missing"].count == 2
    statuses = {result.operation_id: (result.outcome, result.status) for result in report.operations}
    assert statuses["get_incidents"] == (Outcome.ERROR, 418)
    assert statuses["get_event_details"] == (Outcome.CHECKED, 200)


def test_the_page_size_is_what_is_asked_for(drifting_mock: MockService) -> None:
    report = check("cyberhaven", drifting_mock.settings, CheckOptions(page_size=3, only={"list_incidents"}))

    (finding,) = report.findings
    assert finding.count == 3


def test_the_command_line_reports_as_json_and_text_with_the_exit_status(drifting_mock: MockService) -> None:
    env = environment(drifting_mock)

    as_json = run_cli("cyberhaven", "--format", "json", env=env)
    as_text = run_cli("cyberhaven", env=env)
    tolerated = run_cli("cyberhaven", "--only", "list_endpoints", env=env)

    assert as_json.returncode == ExitStatus.POSSIBLY_BREAKING, as_json.stderr
    document = json.loads(as_json.stdout)
    assert {(f["kind"], f["operation"], f["schema"], f["subject"]) for f in document["findings"]} == DRIFTS
    assert document["exit_status"] == 11 and document["worst"] == "possibly breaking"
    assert as_text.returncode == 11
    assert "POSSIBLY BREAKING" in as_text.stdout and "TOLERATED" in as_text.stdout
    assert (
        "type-mismatch  list_incidents 200 /resources/0/risk_score: expected number, got string '6.7'" in as_text.stdout
    )
    assert tolerated.returncode == ExitStatus.TOLERATED, tolerated.stdout


@pytest.mark.parametrize(
    ("fault", "status", "found"),
    [
        # a 200 whose body is not JSON (the fault sends no rate-limit headers either: tolerated drift beside it)
        (
            "malformed",
            None,
            {"malformed-body", "header-missing X-RateLimit-Remaining", "header-missing X-RateLimit-Reset"},
        ),
        ("status", 201, {"undocumented-success"}),
    ],
)
def test_an_answer_the_client_fails_on_is_breaking(
    cyberhaven_mock: MockService, fault: str, status: int | None, found: set[str]
) -> None:
    cyberhaven_mock.faults.add("list_endpoints", fault, status=status)

    report = check("cyberhaven", cyberhaven_mock.settings)

    kinds = {f.kind + (f" {f.subject}" if f.kind.startswith("header") else "") for f in report.findings}
    assert kinds == found
    assert {f.operation for f in report.findings} == {"list_endpoints"}
    assert report.exit_status is ExitStatus.BREAKING


def test_include_writes_with_the_matching_sandbox_url_calls_the_writes(cyberhaven_mock: MockService) -> None:
    env = environment(cyberhaven_mock)

    result = run_cli("cyberhaven", "--include-writes", "--sandbox-url", cyberhaven_mock.url + "/", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    requested = _requested(cyberhaven_mock)
    assert requested["update_incident"] == 1 and requested["create_streaming_destination"] == 1


@pytest.mark.parametrize(
    "flags",
    [["--include-writes"], ["--include-writes", "--sandbox-url", "https://sandbox.example"], ["--sandbox-url", "URL"]],
    ids=["no-sandbox-url", "another-url", "sandbox-url-alone"],
)
def test_writes_without_their_confirmation_send_nothing(cyberhaven_mock: MockService, flags: list[str]) -> None:
    flags = [cyberhaven_mock.url if flag == "URL" else flag for flag in flags]

    result = run_cli("cyberhaven", *flags, env=environment(cyberhaven_mock))

    assert result.returncode == ExitStatus.USAGE
    assert "sandbox-url" in result.stderr
    assert _requested(cyberhaven_mock) == {} and cyberhaven_mock.stats()["token_exchanges"] == 0


def test_refused_credentials_stop_the_run(cyberhaven_mock: MockService) -> None:
    result = run_cli("cyberhaven", env=environment(cyberhaven_mock, CYBERHAVEN_API_KEY="not-a-key"))

    assert result.returncode == ExitStatus.COULD_NOT_RUN
    assert "could not run: the credentials were refused" in result.stdout
    assert set(_requested(cyberhaven_mock)) == {"exchange_api_key"}  # nothing after the refusal


def test_an_unreachable_api_could_not_run(cyberhaven_mock: MockService) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    env = environment(cyberhaven_mock, CYBERHAVEN_BASE_URL=f"http://127.0.0.1:{port}")

    result = run_cli("cyberhaven", "--format", "json", env=env)

    assert result.returncode == 13
    document = json.loads(result.stdout)
    assert document["exit_status"] == 13 and "could not be reached" in document["fatal"]
    assert [op["outcome"] for op in document["operations"]].count("failed") == 1  # it stopped at the first


@pytest.mark.parametrize(
    ("arguments", "status", "says"),
    [
        (["cyberhaven"], ExitStatus.COULD_NOT_RUN, "CYBERHAVEN_API_KEY"),
        (["nosuchapi"], ExitStatus.USAGE, "unknown API 'nosuchapi'"),
        (["cyberhaven", "--only", "list_incidentz"], ExitStatus.USAGE, "no operation list_incidentz"),
        (["cyberhaven", "--page-size", "0"], ExitStatus.USAGE, "must be positive"),
    ],
)
def test_a_run_that_cannot_start_says_why(
    cyberhaven_mock: MockService, arguments: list[str], status: ExitStatus, says: str
) -> None:
    env = environment(cyberhaven_mock)
    env.pop("CYBERHAVEN_API_KEY")

    result = run_cli(*arguments, env=env)

    assert result.returncode == status, result.stderr
    assert says in result.stderr
    assert _requested(cyberhaven_mock) == {}


def test_the_time_budget_bounds_the_run(cyberhaven_mock: MockService) -> None:
    cyberhaven_mock.faults.add("get_incidents", "delay", delay_s=5)
    started = time.monotonic()

    report = check("cyberhaven", cyberhaven_mock.settings, CheckOptions(time_budget=1))

    assert time.monotonic() - started < 4  # the slow call was cut at the budget, not left to finish
    outcomes = {result.operation_id: result.outcome for result in report.operations}
    assert outcomes["exchange_api_key"] is Outcome.CHECKED
    assert outcomes["get_incidents"] is Outcome.FAILED
    assert outcomes["list_endpoints"] is Outcome.NOT_RUN
    assert any("time budget" in warning for warning in report.warnings)
    assert "the time budget was spent" in render_text(report)


def test_a_lower_per_minute_budget_is_honoured(cyberhaven_mock: MockService) -> None:
    report = check("cyberhaven", cyberhaven_mock.settings, CheckOptions(requests_per_minute=3, time_budget=2))

    assert sum(cyberhaven_mock.stats()["requests"].values()) == 3  # the token exchange counts: it is a request
    assert cyberhaven_mock.stats()["rate_limited"] == 0
    assert [r.outcome for r in report.operations].count(Outcome.NOT_RUN) == 4
    assert any("per-minute budget" in warning for warning in report.warnings)


def test_help_documents_the_options_and_the_exit_statuses(cyberhaven_mock: MockService) -> None:
    result = run_cli("cyberhaven", "--help", env=environment(cyberhaven_mock))

    assert result.returncode == 0
    for status in ExitStatus:
        assert f"{status.value:>2}  {status.meaning}" in result.stdout
    assert "--tenant" in result.stdout and "--base-url" in result.stdout and "--api-key" not in result.stdout
    assert "CYBERHAVEN_API_KEY" in result.stdout
