"""The distribution as a user gets it: build the wheel, install it (not editable) into a fresh venv, and use it
from outside the repository: imports, the typed API under `mypy --strict`, a mock started from the shipped
specs and data, the pytest plugin's fixtures.

The fresh venv takes its third-party dependencies from the project's venv (a .pth line), so the test needs
no network; the project's own packages come only from the wheel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.specfile import REPO_ROOT, available_apis, load, spec_path
from mock_servers import create_app, serve_in_thread

pytestmark = pytest.mark.timeout(600)

PACKAGES = [load(spec_path(api))["x-client"]["package"] for api in available_apis()]


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=400, check=False
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the checkout (so the build leaves nothing in it)."""
    source = tmp_path_factory.mktemp("source")
    ignore = shutil.ignore_patterns(".git", ".venv", "*.egg-info", "build", "dist", "__pycache__", ".*_cache")
    shutil.copytree(REPO_ROOT, source, ignore=ignore, dirs_exist_ok=True)
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", out, source, cwd=source)
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv with the wheel installed; returns its python."""
    root = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", root, cwd=root)
    python = root / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=root).stdout.strip()
    (Path(purelib) / "project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel, cwd=root)
    yield python


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working directory outside the repository, with none of the project's environment variables."""
    return tmp_path


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("SEVCO_", "CYBERHAVEN_", "MOCK_", "PYTHONPATH"))}


def test_the_wheel_holds_the_packages_their_markers_and_the_specs(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in [*PACKAGES, "auth_plugins", "client_runtime", "mock_servers", "contract_check"]:
        assert f"{package}/py.typed" in names, f"{package} is not marked typed"
    for api in available_apis():
        assert f"mock_servers/specs/{api}.yaml" in names
        assert f"mock_servers/data/{api}.yaml" in names
    assert not any(name.startswith(("tests/", "specs/", "demo/", "generated/")) for name in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    declared = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "mock_servers.pytest_plugin" in declared
    for package in PACKAGES:  # a console script per generated package, named in its cli.py
        program = package.removesuffix("_client").replace("_", "-")
        assert f"{program} = {package}.cli:main" in declared
    assert "api-contract-check = contract_check.cli:main" in declared


def test_the_console_scripts_are_installed_and_run(venv: Path, outside: Path) -> None:
    for package in PACKAGES:
        program = venv.parent / package.removesuffix("_client").replace("_", "-")
        shown = run(program, "--version", cwd=outside, env=clean_env()).stdout
        assert shown.startswith(f"{program.name} ") and f"({package}, spec " in shown


def test_the_installed_drift_check_runs_against_a_mock(venv: Path, outside: Path) -> None:
    """The console script, with the spec the wheel ships (the one its client was generated from: no warning)."""
    app = create_app("cyberhaven")
    with serve_in_thread(app) as url:
        env = {**clean_env(), "CYBERHAVEN_BASE_URL": url, "CYBERHAVEN_API_KEY": app.state.mock.keys[0]}
        result = run(venv.parent / "api-contract-check", "cyberhaven", "--format", "json", cwd=outside, env=env)
    report = json.loads(result.stdout)
    assert report["exit_status"] == 0 and report["findings"] == [] and report["warnings"] == []
    assert report["spec"].startswith(str(venv.parent.parent)) and report["spec"].endswith(
        "mock_servers/specs/cyberhaven.yaml"
    )


def test_installed_packages_serve_a_mock_and_talk_to_it(venv: Path, outside: Path) -> None:
    script = outside / "use_it.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys
            import cyberhaven_client, sevco_client, mock_servers
            from mock_servers import available_apis, create_app, serve_in_thread

            for module in (cyberhaven_client, sevco_client, mock_servers):
                assert module.__file__.startswith(sys.prefix), module.__file__  # the wheel's copy
            assert available_apis() == ["cyberhaven", "sevco"], available_apis()
            assert "list_incidents" in dir(cyberhaven_client.api.incidents)
            app = create_app("sevco")
            with serve_in_thread(app) as url:
                key, org = app.state.mock.keys[0], "00000000-0000-0000-0000-000000000000"
                with sevco_client.connect(api_key=key, org_id=org, base_url=url) as sv:
                    everything = {"combinator": "and", "rules": []}
                    print(len(sv.orgs.list()), sum(1 for _ in sv.devices.query(query=everything)))
            """
        ),
        encoding="utf-8",
    )
    out = run(venv, script, cwd=outside, env=clean_env()).stdout.split()
    assert int(out[0]) > 0 and int(out[1]) == 400


def test_a_typed_user_script_passes_mypy_strict_and_a_wrong_one_fails(venv: Path, outside: Path) -> None:
    good = outside / "good.py"
    good.write_text(
        textwrap.dedent(
            """
            from datetime import UTC, datetime, timedelta

            import cyberhaven_client
            import sevco_client
            from client_runtime.paging import Page
            from cyberhaven_client.models import Incident, UpdateIncidentResponse
            from sevco_client.models import AssetDevice, Org


            def open_critical(ch: cyberhaven_client.Cyberhaven) -> list[Incident]:
                since = datetime.now(UTC) - timedelta(days=7)
                wanted = {"policy_severities": ["critical"], "start_time": since}
                return list(ch.incidents.list(filter=wanted, limit=10))


            def close(ch: cyberhaven_client.Cyberhaven, incident: Incident) -> UpdateIncidentResponse:
                return ch.incidents.update(incident.id, status="closed", close_reason="valid")


            def web_hosts(sv: sevco_client.Sevco) -> list[AssetDevice]:
                rule = {"entity_type": "device", "field": "hostnames", "operator": "like", "value": "web-*"}
                return list(sv.devices.query(query={"combinator": "and", "rules": [rule]}))


            def first_page(sv: sevco_client.Sevco) -> Page[AssetDevice]:
                return next(iter(sv.devices.query(query={"combinator": "or", "rules": []}).pages()))


            def orgs(sv: sevco_client.Sevco) -> list[Org]:
                return sv.orgs.list()


            async def count(ch: cyberhaven_client.AsyncCyberhaven) -> int:
                raw = await ch.with_raw_response.incidents.update("x", status="open")
                return raw.status_code + len([incident async for incident in ch.incidents.list(limit=3)])
            """
        ),
        encoding="utf-8",
    )
    bad = outside / "bad.py"
    bad.write_text(
        textwrap.dedent(
            """
            import cyberhaven_client

            def wrong(ch: cyberhaven_client.Cyberhaven) -> int:
                return ch.incidents.update("x", status="closed")
            """
        ),
        encoding="utf-8",
    )
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable", str(venv)]
    run(*mypy, good, cwd=outside, env=clean_env())
    wrong = subprocess.run([*mypy, str(bad)], cwd=outside, env=clean_env(), capture_output=True, text=True, check=False)
    assert wrong.returncode == 1 and 'got "UpdateIncidentResponse", expected "int"' in wrong.stdout, wrong.stdout


def test_the_installed_pytest_plugin_gives_mock_fixtures(venv: Path, outside: Path) -> None:
    (outside / "test_user.py").write_text(
        textwrap.dedent(
            """
            def test_pull(cyberhaven_mock, sevco_mock):
                assert len(list(cyberhaven_mock.client.incidents.list(limit=5))) == 5
                assert sevco_mock.client.orgs.list()
                assert cyberhaven_mock.stats()["requests"]["list_incidents"] == 1
            """
        ),
        encoding="utf-8",
    )
    out = run(venv, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py", cwd=outside, env=clean_env())
    assert "1 passed" in out.stdout
