"""The generator refuses a broken spec with a message naming the file and the JSON pointer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.profile_data import env_prefix
from generator.specfile import SpecError, load, spec_path
from generator.validate import operations, validate_file


def _write(tmp_path: Path, spec: dict[str, Any], name: str = "sevco") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def _problems(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(SpecError) as caught:
        validate_file(path)
    assert str(path.name) in str(caught.value)
    return caught.value.problems


@pytest.mark.parametrize("api", ["sevco", "cyberhaven"])
def test_committed_specs_are_valid(api: str) -> None:
    spec = validate_file(spec_path(api))
    assert spec["x-client"]["package"] == f"{api}_client"


def test_yaml_timestamps_stay_strings() -> None:
    spec = load(spec_path("sevco"))
    example = spec["paths"]["/v1/admin/org"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
    assert example["orgs"][0]["created"] == "2022-04-22T20:36:16.814Z"


def test_misspelt_extension_is_rejected(tmp_path: Path) -> None:
    spec = load(spec_path("sevco"))
    scheme = spec["components"]["securitySchemes"]["ApiToken"]
    scheme["x-token-prefx"] = scheme.pop("x-token-prefix")
    problems = dict(_problems(_write(tmp_path, spec)))
    assert "unknown extension 'x-token-prefx'" in problems["/components/securitySchemes/ApiToken/x-token-prefx"]
    assert "needs x-token-prefix" in problems["/components/securitySchemes/ApiToken"]


def test_extension_of_the_wrong_type_is_rejected(tmp_path: Path) -> None:
    spec = load(spec_path("cyberhaven"))
    spec["components"]["securitySchemes"]["AccessToken"]["x-token-exchange"]["default-lifetime"] = "900"
    problems = dict(_problems(_write(tmp_path, spec, "cyberhaven")))
    where = "/components/securitySchemes/AccessToken/x-token-exchange/default-lifetime"
    assert "'900' is not of type 'number'" in problems[where]


def test_token_exchange_path_must_be_an_operation(tmp_path: Path) -> None:
    spec = load(spec_path("cyberhaven"))
    spec["components"]["securitySchemes"]["AccessToken"]["x-token-exchange"]["path"] = "/v2/auth/token/acces"
    problems = dict(_problems(_write(tmp_path, spec, "cyberhaven")))
    assert (
        "no POST operation at /v2/auth/token/acces"
        in problems["/components/securitySchemes/AccessToken/x-token-exchange/path"]
    )


def test_setting_named_by_a_scheme_must_exist(tmp_path: Path) -> None:
    spec = load(spec_path("sevco"))
    del spec["x-client"]["settings"]["org_id"]
    problems = dict(_problems(_write(tmp_path, spec)))
    assert "lacks" in problems["/components/securitySchemes/ApiToken/x-extra-headers/x-sevco-target-org"]


def test_duplicate_operation_id_is_rejected(tmp_path: Path) -> None:
    spec = load(spec_path("sevco"))
    (_, _, first), (_, _, second) = list(operations(spec))[:2]
    second["operationId"] = first["operationId"]
    messages = " ".join(message for _, message in _problems(_write(tmp_path, spec)))
    assert first["operationId"] in messages
    assert "not unique" in messages or "duplicate" in messages


def test_non_snake_case_operation_id_is_rejected(tmp_path: Path) -> None:
    spec = load(spec_path("sevco"))
    path, method, operation = next(operations(spec))
    operation["operationId"] = "listOrgs"
    problems = dict(_problems(_write(tmp_path, spec)))
    escaped = path.replace("~", "~0").replace("/", "~1")
    assert "not snake_case" in problems[f"/paths/{escaped}/{method}/operationId"]


def test_example_that_does_not_fit_its_schema_is_rejected(tmp_path: Path) -> None:
    spec = load(spec_path("sevco"))
    media = spec["paths"]["/v1/admin/org"]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"]["orgs"][0]["mfa_enabled"] = "yes"
    problems = dict(_problems(_write(tmp_path, spec)))
    where = "/paths/~1v1~1admin~1org/get/responses/200/content/application~1json/example/orgs/0/mfa_enabled"
    assert "example does not fit its schema" in problems[where]


@pytest.mark.parametrize("prefix", ["sevco", "SEVCO_", "9SEVCO", "SEV CO", ""])
def test_an_environment_prefix_that_is_not_an_upper_case_name_is_rejected(tmp_path: Path, prefix: str) -> None:
    spec = load(spec_path("sevco"))
    spec["x-client"]["env-prefix"] = prefix
    problems = dict(_problems(_write(tmp_path, spec)))
    assert "does not match" in problems["/x-client/env-prefix"]


def test_the_environment_prefix_defaults_to_the_package_name() -> None:
    spec = load(spec_path("cyberhaven"))
    assert env_prefix(spec) == "CYBERHAVEN"
    spec["x-client"]["env-prefix"] = "CH"
    assert env_prefix(spec) == "CH"


def test_shared_state_is_connects_own_argument_not_a_setting_name(tmp_path: Path) -> None:
    spec = load(spec_path("sevco"))
    spec["x-client"]["settings"]["shared_state"] = {"env": ["SEVCO_SHARED"]}
    problems = dict(_problems(_write(tmp_path, spec)))
    assert "/x-client/settings" in problems
