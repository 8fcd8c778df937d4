"""The code generator: `python -m generator --help`."""

__version__ = "0.1.0"
"""Also the project's version (pyproject.toml reads it) and `__generator_version__` of each generated package."""
