"""Only what pyproject.toml cannot say:

- ship specs/ inside mock_servers, so an installed copy can serve them. `mock_servers.create_app("sevco")` reads
  specs/<api>.yaml. In a checkout that is the repository's specs/; a wheel carries a copy in mock_servers/specs/,
  made here at build time (package data cannot name files outside its package).
- the entry points: the pytest plugin of the mocks (`pytest11`), `api-contract-check` (contract_check), and a
  console script per generated package with a command line (`cyberhaven`, `sevco`): each generated `cli.py` names
  its program in `PROGRAM`, read here without importing it, so a new API's command is installed with no edit
  anywhere. (All live here because pyproject.toml cannot list some entry points statically and leave others to
  setup.py.)

Everything else is in pyproject.toml.
"""

import ast
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SPECS = ROOT / "specs"


class BuildWithSpecs(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads the checkout's specs/ directly
        target = Path(self.build_lib) / "mock_servers" / "specs"
        target.mkdir(parents=True, exist_ok=True)
        for spec in sorted(SPECS.glob("*.yaml")):
            self.copy_file(str(spec), str(target / spec.name))


def console_scripts() -> list[str]:
    """`<PROGRAM> = <package>.cli:main` for every generated/<package>/cli.py, and the drift check of any API."""
    scripts = ["api-contract-check = contract_check.cli:main"]
    for cli in sorted((ROOT / "generated").glob("*/cli.py")):
        for node in ast.parse(cli.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "PROGRAM" for t in node.targets):
                program = ast.literal_eval(node.value)
                scripts.append(f"{program} = {cli.parent.name}.cli:main")
    return scripts


setup(
    cmdclass={"build_py": BuildWithSpecs},
    entry_points={
        "pytest11": ["security_api_mocks = mock_servers.pytest_plugin"],
        "console_scripts": console_scripts(),
    },
)
