"""Only what pyproject.toml cannot say: ship specs/ inside mock_servers, so an installed copy can serve them.

`mock_servers.create_app("sevco")` reads specs/<api>.yaml. In a checkout that is the repository's specs/;
a wheel carries a copy in mock_servers/specs/, made here at build time (package data cannot name files
outside its package). Everything else is in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SPECS = Path(__file__).resolve().parent / "specs"


class BuildWithSpecs(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads the checkout's specs/ directly
        target = Path(self.build_lib) / "mock_servers" / "specs"
        target.mkdir(parents=True, exist_ok=True)
        for spec in sorted(SPECS.glob("*.yaml")):
            self.copy_file(str(spec), str(target / spec.name))


setup(cmdclass={"build_py": BuildWithSpecs})
