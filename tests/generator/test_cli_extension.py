"""`x-cli` and the generated command line: what the spec asks is checked with the JSON pointer of each problem, options
are named predictably, and a third spec gets a working command line from the spec alone."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cli_data
from generator.build import generate
from generator.specfile import load, spec_path
from mock_servers.pytest_plugin import MockService
from tests.cli.conftest import environment

from .spec_problems import problems_at

DEVICES = "/paths/~1v3~1asset~1device/post"
DESTINATIONS = ("/v2/streaming/destinations", "post")


def sevco() -> dict[str, Any]:
    return load(spec_path("sevco"))


def cyberhaven() -> dict[str, Any]:
    return load(spec_path("cyberhaven"))


def devices_cli(spec: dict[str, Any]) -> dict[str, Any]:
    cli: dict[str, Any] = spec["paths"]["/v3/asset/device"]["post"]["x-cli"]
    return cli


def command(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(c for c in cli_data.context(spec)["commands"] if c["operation_id"] == operation_id)


def test_the_specs_are_valid_and_declare_what_the_issue_shows() -> None:
    assert cli_data.problems(sevco()) == [] and cli_data.problems(cyberhaven()) == []
    devices = command(sevco(), "query_devices")
    assert devices["where"]["argument"] == "query" and devices["where"]["constants"] == {"entity_type": "device"}
    assert "like" in devices["where"]["operators"] and "contains" in devices["where"]["operators"]
    incidents = command(cyberhaven(), "list_incidents")
    flags = [option["flag"] for option in incidents["options"]]
    assert {"policy-severities", "resolution-statuses", "start-time", "size", "include-ai-summaries"} <= set(flags)
    assert "id" not in flags  # page_request.id is the cursor: the pager sends it (--cursor)


def test_a_misspelt_key_is_rejected() -> None:
    spec = sevco()
    devices_cli(spec)["colums"] = ["id"]
    assert "'colums' was unexpected" in problems_at(spec)[f"{DEVICES}/x-cli"]


def test_a_column_the_records_do_not_have_is_named_with_its_pointer() -> None:
    spec = sevco()
    devices_cli(spec)["columns"] = ["id", "attributes.hostnme"]
    message = problems_at(spec)[f"{DEVICES}/x-cli/columns/1"]
    assert "attributes has no field 'hostnme'" in message and "hostname" in message


def test_where_must_name_a_rule_group_of_the_body_and_fitting_constants() -> None:
    spec = sevco()
    devices_cli(spec)["where"] = {"body-field": "querry"}
    assert "no body field 'querry'" in problems_at(spec)[f"{DEVICES}/x-cli/where/body-field"]
    devices_cli(spec)["where"] = {"body-field": "pagination"}
    assert "not a rule group" in problems_at(spec)[f"{DEVICES}/x-cli/where"]
    devices_cli(spec)["where"] = {"body-field": "query", "rule": {"entity_type": 7, "colour": "red"}}
    found = problems_at(spec)
    assert "does not fit the rule's schema" in found[f"{DEVICES}/x-cli/where/rule/entity_type"]
    assert "a rule has no field 'colour'" in found[f"{DEVICES}/x-cli/where/rule/colour"]
    devices_cli(spec)["where"] = {"body-field": "query", "combinators": {"any": "either"}}
    assert "'either' is not a combinator" in problems_at(spec)[f"{DEVICES}/x-cli/where/combinators/any"]


def test_option_names_in_kebab_case_prefixed_on_a_clash_and_renamed_by_the_spec() -> None:
    spec = cyberhaven()
    renamed = command(spec, "create_streaming_destination")
    assert "destination-format" in [o["flag"] for o in renamed["options"]]
    del spec["paths"][DESTINATIONS[0]][DESTINATIONS[1]]["x-cli"]
    automatic = command(spec, "create_streaming_destination")
    assert "body-format" in [o["flag"] for o in automatic["options"]]  # --format is the output's own
    devices = command(sevco(), "query_devices")
    assert "request-limit" in [o["flag"] for o in devices["options"]]  # as x-resource.arguments renames `limit`
    spec = cyberhaven()
    spec["paths"][DESTINATIONS[0]][DESTINATIONS[1]]["x-cli"] = {"options": {"formatt": "x", "name": "encoding"}}
    found = problems_at(spec)["/paths/~1v2~1streaming~1destinations/post"]
    assert "option --encoding of 'encoding' clashes with the option of 'name'" in found and "x-cli.options" in found
    assert "no option 'formatt'" in problems_at(spec)["/paths/~1v2~1streaming~1destinations/post/x-cli/options/formatt"]


@pytest.fixture(scope="module")
def third_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the Sevco spec under another name, with a server default on a query parameter."""
    spec = copy.deepcopy(sevco())
    spec["x-client"]["package"] = "acme_assets_client"
    spec["components"]["parameters"]["V1PerPage"]["schema"]["default"] = 100
    root = tmp_path_factory.mktemp("third")
    path = root / "acme_assets.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generate(str(path), root / "out")
    return root / "out"


def test_a_third_spec_gets_its_command_line_from_the_spec_alone(third_package: Path, sevco_mock: MockService) -> None:
    cli = (third_package / "acme_assets_client" / "cli.py").read_text(encoding="utf-8")
    assert 'PROGRAM = "acme-assets"' in cli  # setup.py installs the console script `acme-assets`
    env = {**environment(sevco_mock), "PYTHONPATH": os.pathsep.join([str(third_package), *sys.path])}
    listed = subprocess.run(
        [sys.executable, "-m", "acme_assets_client", "orgs", "list", "--format", "csv", "--columns", "org_slug"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0] == "org_slug" and len(listed.stdout.splitlines()) > 2
    shown = subprocess.run(
        [sys.executable, "-m", "acme_assets_client", "devices-v1", "list", "--help"],
        env={**env, "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Usage: python -m acme_assets_client devices-v1 list" in shown.stdout
    assert "--per-page" in shown.stdout and "Server default: 100." in shown.stdout
