"""The contract suite's loopback servers and connect() fixtures, for the tests here that talk HTTP; and every test
starts with no lenient-parsing warning remembered (each is logged once per model and field)."""

import pytest

from client_runtime.parsing import reset_mismatch_warnings
from tests.contract.conftest import connected, server, servers

__all__ = ["connected", "server", "servers"]


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    reset_mismatch_warnings()
