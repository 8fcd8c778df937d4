"""Help that teaches, --version, the token check, and the guard: every operation of every spec has its command."""

from __future__ import annotations

import importlib
import json
import re

import pytest
import typer
from typer.testing import CliRunner

from cli_runtime import exit_codes
from cli_runtime.app import build
from cli_runtime.spec import Api
from generator.specfile import REPO_ROOT, available_apis, load, spec_path
from mock_servers.pytest_plugin import MockService
from tests.cli.conftest import environment, run

PACKAGES = [load(spec_path(api))["x-client"]["package"] for api in available_apis()]


def cli_api(package: str) -> Api:
    api: Api = importlib.import_module(f"{package}.cli").API
    return api


def operations_without_a_command(api: Api, app: typer.Typer) -> list[str]:
    """The operations of the package's profile that its command line cannot run."""
    root = typer.main.get_command(app)
    missing = []
    by_operation = {command.operation_id: command for command in api.commands}
    for operation_id in api.profile.operations:
        command = by_operation.get(operation_id)
        group = getattr(root, "commands", {}).get(command.group) if command else None
        if command is None or group is None or command.name not in getattr(group, "commands", {}):
            missing.append(operation_id)
    return missing


@pytest.mark.parametrize("package", PACKAGES)
def test_every_operation_has_a_command_whose_help_shows_its_summary_and_options(package: str) -> None:
    api = cli_api(package)
    app = build(api)
    assert operations_without_a_command(api, app) == []
    runner = CliRunner()
    for command in api.commands:
        shown = runner.invoke(app, [command.group, command.name, "--help"], env={"COLUMNS": "250"})
        assert shown.exit_code == 0, shown.output
        assert command.summary in shown.output
        for option in command.options:
            assert f"--{option.flag}" in shown.output, (command.operation_id, option.flag)


def test_the_guard_notices_an_operation_without_a_command() -> None:
    api = cli_api(PACKAGES[0])
    fewer = Api(name=api.name, package=api.package, commands=api.commands[1:])
    assert operations_without_a_command(fewer, build(fewer)) == [api.commands[0].operation_id]


def test_help_shows_summaries_types_values_environment_and_exit_statuses(cyberhaven_mock: MockService) -> None:
    env = environment(cyberhaven_mock, COLUMNS="250")
    shown = run(cyberhaven_mock, "incidents", "list", "--help", env=env).stdout
    for text in (
        "List and filter incidents",
        "POST /v2/incidents/list",
        "--policy-severities",
        "Values: informational, low, medium, high, critical",
        "A comma list, or the option repeated",
        "--start-time",
        "DATETIME",
        "INTEGER",
        "--base-url",
        "[env: CYBERHAVEN_BASE_URL]",
        "CYBERHAVEN_API_KEY (secret: from the environment only)",
        "--all",
        "--cursor",
        "table, json, ndjson or csv",
    ):
        assert text in shown, text
    root = run(cyberhaven_mock, "--help", env=env).stdout
    assert "incidents" in root and "token" in root
    for code, meaning in exit_codes.rows():
        assert f"{code}: {meaning}" in root
    group = run(cyberhaven_mock, "incidents", "--help", env=env).stdout
    assert "List and filter incidents" in group and "Update an incident" in group


def test_version(cyberhaven_mock: MockService) -> None:
    package = cyberhaven_mock.package
    shown = run(cyberhaven_mock, "--version").stdout.strip()
    assert shown == (
        f"cyberhaven {package.__version__} (cyberhaven_client, spec {package.__spec_version__}, "
        f"generator {package.__generator_version__})"
    )


def test_the_token_check_says_the_key_works_and_when_the_token_expires(cyberhaven_mock: MockService) -> None:
    said = run(cyberhaven_mock, "token")
    assert said.returncode == 0, said.stderr
    assert re.fullmatch(
        r"Cyberhaven API: the API key works: 127\.0\.0\.1:\d+ issued a token valid for 900 s, until "
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\.\n",
        said.stdout,
    ), said.stdout
    as_json = json.loads(run(cyberhaven_mock, "token", "--json").stdout)
    assert as_json["key_works"] is True and as_json["expires_in"] == 900 and as_json["lifetime_from_answer"]
    assert cyberhaven_mock.stats()["token_exchanges"] == 2
    refused = run(cyberhaven_mock, "token", env=environment(cyberhaven_mock, CYBERHAVEN_API_KEY="wrong"))
    assert refused.returncode == exit_codes.ExitCode.AUTH
    assert "exchange_api_key: HTTP 401 Unauthorized: invalid, expired or revoked API key" in refused.stderr


def test_an_api_without_a_token_exchange_has_no_token_command(sevco_mock: MockService) -> None:
    assert run(sevco_mock, "token").returncode == exit_codes.ExitCode.USAGE


def test_the_readme_shows_the_exit_statuses_of_the_code() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- exit statuses:")
    table = readme[readme.index("\n", start) + 1 : readme.index("<!-- end of exit statuses -->")]
    assert table == exit_codes.markdown_table()
    assert not set(exit_codes.RESERVED) & {code.value for code in exit_codes.ExitCode}


def test_contract_check_is_a_command_of_every_cli(sevco_mock: MockService, cyberhaven_mock: MockService) -> None:
    """`<api> contract-check` is the drift check (contract_check/) with its own options and exit statuses: no drift
    against the normal mock, nothing written, and its own --help naming the command it runs under."""
    for mock in (sevco_mock, cyberhaven_mock):
        program = importlib.import_module(f"{mock.package.__name__}.cli").PROGRAM
        listed = run(mock, "--help")
        assert "contract-check" in listed.stdout
        helped = run(mock, "contract-check", "--help")
        assert helped.returncode == 0 and f"usage: {program} contract-check" in helped.stdout
        assert "--include-writes" in helped.stdout
        before = dict(mock.stats()["requests"])
        checked = run(mock, "contract-check", "--format", "json")
        assert checked.returncode == 0, checked.stderr
        report = json.loads(checked.stdout)
        assert report["exit_status"] == 0 and report["findings"] == []
        called = {op for op, n in mock.stats()["requests"].items() if n > before.get(op, 0)}
        operations = mock.package.PROFILE.operations
        reads = {op for op, o in operations.items() if o.method == "GET" or (o.method == "POST" and o.safe_to_retry)}
        assert called and called <= reads
    usage = run(cyberhaven_mock, "contract-check", "--include-writes")
    assert usage.returncode == 14  # writes without --sandbox-url: the check's own usage status, nothing sent
