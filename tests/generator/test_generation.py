"""Generation is deterministic, follows the spec, and the drift check notices a stale generated/."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest
import yaml

from generator.build import generate
from generator.check import stale_files
from generator.diff.ledger import ledger_path
from generator.specfile import load, sha256, spec_path
from generator.validate import operations


@pytest.fixture
def sevco_copy(tmp_path: Path) -> Path:
    """The spec and its release ledger (which the package's version and changelog come from)."""
    copy = tmp_path / "specs" / "sevco.yaml"
    copy.parent.mkdir()
    shutil.copy(spec_path("sevco"), copy)
    shutil.copytree(ledger_path(spec_path("sevco")).parent, ledger_path(copy).parent)
    return copy


def test_drift_check_passes_then_fails_when_the_spec_changes(sevco_copy: Path, tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    generate(str(sevco_copy), generated)
    assert stale_files([str(sevco_copy)], generated) == []

    spec = load(sevco_copy)
    spec["components"]["schemas"]["Org"]["properties"]["region"] = {"type": "string"}
    sevco_copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    stale = stale_files([str(sevco_copy)], generated)
    assert "sevco_client/models/org.py (differs)" in stale
    assert "sevco_client/profile.py (differs)" in stale  # the recorded spec sha256 changed too
    assert any(line.startswith(str(ledger_path(sevco_copy))) for line in stale)  # no release records it


def test_a_new_spec_field_reaches_the_generated_model(sevco_copy: Path, tmp_path: Path) -> None:
    spec = load(sevco_copy)
    spec["components"]["schemas"]["Org"]["properties"]["region"] = {"type": "string", "description": "Data region"}
    sevco_copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    package = generate(str(sevco_copy), tmp_path / "out")
    model = (package / "models" / "org.py").read_text(encoding="utf-8")
    assert "region: str | Unset = UNSET" in model
    assert 'd.pop("region", UNSET)' in model


def test_generation_is_byte_for_byte_repeatable(tmp_path: Path) -> None:
    first = generate("cyberhaven", tmp_path / "a")
    second = generate("cyberhaven", tmp_path / "b")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_committed_generated_packages_are_current() -> None:
    assert stale_files(["sevco", "cyberhaven"]) == []


@pytest.mark.parametrize("api", ["sevco", "cyberhaven"])
def test_every_operation_has_a_generated_module(api: str) -> None:
    package = importlib.import_module(f"{api}_client")
    assert package.__file__ is not None
    root = Path(package.__file__).parent / "api"
    modules = {p.stem: p for p in root.rglob("*.py") if p.stem != "__init__"}
    for _, _, operation in operations(load(spec_path(api))):
        module_path = modules[operation["operationId"]]
        dotted = ".".join(module_path.relative_to(root.parent).with_suffix("").parts)
        module = importlib.import_module(f"{api}_client.{dotted}")
        assert callable(module.sync_detailed) and callable(module.asyncio_detailed)


@pytest.mark.parametrize("api", ["sevco", "cyberhaven"])
def test_package_records_the_sha256_of_its_spec(api: str) -> None:
    package = importlib.import_module(f"{api}_client")
    assert sha256(spec_path(api)) == package.SPEC_SHA256
    assert set(package.PROFILE.operations) == {op["operationId"] for _, _, op in operations(load(spec_path(api)))}
