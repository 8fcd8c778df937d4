"""schemathesis.toml as the tests load it: with the mocks' credentials in the environment it reads."""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

from schemathesis.config import SchemathesisConfig

from .credentials import MOCK_ENVIRONMENT

CONFIG_PATH = Path(__file__).resolve().parents[1] / "schemathesis.toml"


def load_config() -> SchemathesisConfig:
    """The config resolves `${VAR}` when it loads, so the variables only need to exist meanwhile;
    the process environment is left as it was (other tests read the same names)."""
    with mock.patch.dict(os.environ, MOCK_ENVIRONMENT):
        return SchemathesisConfig.from_path(CONFIG_PATH)
