"""The command lines README.md shows ("The command line") run as written, against the mocks on loopback."""

from __future__ import annotations

import re
import subprocess

from generator.specfile import REPO_ROOT
from mock_servers.pytest_plugin import MockService
from tests.cli.conftest import environment

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## The command line") : README.index("## The resource client")]
BLOCK = re.search(r"^```console\n(.*?)^```", SECTION, flags=re.DOTALL | re.MULTILINE)
COMMANDS = [line[2:] for line in BLOCK.group(1).splitlines() if line.startswith("$ ")] if BLOCK else []


def test_every_command_line_of_the_readme_runs(cyberhaven_mock: MockService, sevco_mock: MockService) -> None:
    assert len(COMMANDS) >= 6 and {c.split()[0] for c in COMMANDS} == {"cyberhaven", "sevco"}
    cyberhaven = {k: v for k, v in environment(cyberhaven_mock).items() if k.startswith("CYBERHAVEN_")}
    env = {**environment(sevco_mock), **cyberhaven}
    incident = next(r["id"] for r in cyberhaven_mock.controller.store["incidents"] if r["status"] == "open")
    for command in COMMANDS:
        command = command.replace(" ID ", f" {incident} ")
        result = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command], env=env, capture_output=True, text=True, timeout=90, check=False
        )
        assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
        if command.endswith("| wc -l"):
            assert result.stdout.strip() == "300"
    assert cyberhaven_mock.controller.store["incidents"].get(incident)["status"] == "closed"  # type: ignore[index]
