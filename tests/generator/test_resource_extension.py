"""`x-resource`: required on every operation, validated with the JSON pointer of each problem, and a spec that
asks for a resource method Python cannot have fails generation with a message saying how to fix it."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import GenerationError, generate
from generator.specfile import load, spec_path

from .spec_problems import problems_at

ORGS = "/paths/~1v1~1admin~1org/get"
DEVICES = "/paths/~1v3~1asset~1device/post"


def _sevco() -> dict[str, Any]:
    return load(spec_path("sevco"))


def test_an_operation_without_x_resource_fails_validation() -> None:
    spec = _sevco()
    del spec["paths"]["/v1/admin/org"]["get"]["x-resource"]
    assert "without x-resource" in problems_at(spec)[ORGS]


def test_a_misspelt_key_and_a_bad_name_are_rejected() -> None:
    spec = _sevco()
    spec["paths"]["/v1/admin/org"]["get"]["x-resource"] = {"name": "orgs", "methd": "list"}
    problems = problems_at(spec)[f"{ORGS}/x-resource"]
    assert "'methd' was unexpected" in problems and "'method' is a required property" in problems
    spec["paths"]["/v1/admin/org"]["get"]["x-resource"] = {"name": "Orgs", "method": "list"}
    assert "does not match" in problems_at(spec)[f"{ORGS}/x-resource/name"]
    spec["paths"]["/v1/admin/org"]["get"]["x-resource"] = {"name": "with_options", "method": "list"}
    assert f"{ORGS}/x-resource/name" in problems_at(spec)
    spec["paths"]["/v1/admin/org"]["get"]["x-resource"] = {"name": "orgs", "method": "import"}
    assert "Python keyword" in problems_at(spec)[f"{ORGS}/x-resource/method"]


def test_two_operations_cannot_share_a_method() -> None:
    spec = _sevco()
    spec["paths"]["/v1/admin/org"]["post"]["x-resource"] = {"name": "orgs", "method": "list"}
    assert "orgs.list is already the operation at" in problems_at(spec)["/paths/~1v1~1admin~1org/post/x-resource"]


def test_items_belong_to_unpaginated_operations_and_renames_to_real_arguments() -> None:
    spec = _sevco()
    spec["paths"]["/v3/asset/device"]["post"]["x-resource"]["items"] = "/items"
    spec["paths"]["/v3/asset/device"]["post"]["x-resource"]["arguments"] = {"limt": "request_limit"}
    problems = problems_at(spec)
    assert "x-pagination.items" in problems[f"{DEVICES}/x-resource/items"]
    assert "no argument 'limt'" in problems[f"{DEVICES}/x-resource/arguments/limt"]


def test_a_clash_with_the_pagers_own_argument_fails_generation_saying_how_to_fix_it(tmp_path: Path) -> None:
    spec = _sevco()
    del spec["paths"]["/v3/asset/device"]["post"]["x-resource"]["arguments"]
    path = tmp_path / "sevco.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    with pytest.raises(GenerationError) as caught:
        generate(str(path), tmp_path / "out")
    assert "argument 'limit'" in str(caught.value) and "x-resource.arguments: {limit: <new name>}" in str(caught.value)


def test_a_third_spec_gets_its_resource_client_from_the_spec_alone(tmp_path: Path) -> None:
    """A copy of the Sevco spec under another package name: its resource client is generated and importable,
    with the resources and methods its x-resource extensions name."""
    spec = _sevco()
    spec["x-client"]["package"] = "acme_assets_client"
    spec["paths"]["/v1/admin/role"]["get"]["x-resource"] = {"name": "permissions", "method": "all"}
    path = tmp_path / "acme_assets.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generate(str(path), tmp_path / "out")
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        package = importlib.import_module("acme_assets_client")
        assert {package.AcmeAssets.__name__, package.AsyncAcmeAssets.__name__} == {"AcmeAssets", "AsyncAcmeAssets"}
        assert callable(package.AcmeAssets.permissions.func(None).all)
        assert package.connect_async.__name__ == "connect_async"
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m.startswith("acme_assets_client")]:
            del sys.modules[name]
