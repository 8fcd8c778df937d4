"""The contract suite's loopback servers and connect() fixtures, for the tests here that talk HTTP."""

from tests.contract.conftest import connected, server, servers

__all__ = ["connected", "server", "servers"]
