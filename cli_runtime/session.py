"""One run of a command line: its connection options, its client, its diagnostics, and how it fails.

Every command, generated or hand-written, runs inside `Session.guard()`: an error becomes one line on stderr
(what failed, where, after how many attempts, the server's message) and the exit status of its class
(exit_codes.py); the traceback only with `--debug`. Every line is passed through `redact()`, so a key or a
token cannot reach the terminal even when a server echoes it.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import typer
from attrs import define, field

from auth_plugins.errors import APIError, ConfigurationError, InvalidArgumentError
from auth_plugins.secrets import Secret, redact

from .connection import ConnectionOption
from .exit_codes import ExitCode, exit_code
from .progress import TransportWatcher
from .spec import Api, Command

__all__ = ["Session"]

# The loggers `--debug` shows (their records are redacted by auth_plugins.secrets); `--verbose` shows the first.
_DIAGNOSTIC_LOGGERS = ("auth_plugins", "httpx", "httpcore")


@define
class Session:
    """What one run of `<prog> ...` shares between the root options and the command: `ctx.obj`."""

    api: Api
    prog: str
    connection: tuple[ConnectionOption, ...]
    given: dict[str, Any] = field(factory=dict)  # connect() keyword -> value from an option
    verbose: bool = False
    debug: bool = False
    watcher: TransportWatcher = field(factory=TransportWatcher)
    _secrets: list[Secret] = field(factory=list)
    _client: Any = None
    _handler: logging.Handler | None = None

    @classmethod
    def of(cls, ctx: typer.Context) -> Session:
        session = ctx.find_root().obj
        if not isinstance(session, Session):
            raise RuntimeError("a command ran without the session its root command makes")
        return session

    def take(self, values: Mapping[str, Any]) -> None:
        """The connection and diagnostic options given (before or after the command: the later one wins)."""
        for option in self.connection:
            value = values.get(option.keyword)
            if value is not None:
                self.given[option.keyword] = value
        self.verbose = self.verbose or bool(values.get("verbose"))
        self.debug = self.debug or bool(values.get("debug"))

    def start(self) -> None:
        """Install the transport watcher and, with `--verbose` / `--debug`, the log lines on stderr."""
        transport_logger = logging.getLogger("auth_plugins")
        transport_logger.setLevel(logging.DEBUG)  # the watcher reads the DEBUG records of rate-limit waits
        if self.watcher not in transport_logger.handlers:
            transport_logger.addHandler(self.watcher)
        if (self.verbose or self.debug) and self._handler is None:
            self._handler = logging.StreamHandler(sys.stderr)
            self._handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
            self._handler.setLevel(logging.DEBUG if self.debug else logging.INFO)
            for name in _DIAGNOSTIC_LOGGERS if self.debug else _DIAGNOSTIC_LOGGERS[:1]:
                logger = logging.getLogger(name)
                logger.addHandler(self._handler)
                if name != "auth_plugins":
                    logger.setLevel(logging.DEBUG)

    def keep_secret(self, value: str) -> None:
        """Treat `value` as a secret for the rest of the run (redacted from every line printed)."""
        self._secrets.append(Secret(value))

    def client(self) -> Any:
        """The resource client from the package's `connect()`, made once (ConfigurationError if a setting is
        missing)."""
        if self._client is None:
            self._client = self.api.connect(**self.given)
        return self._client

    def host(self) -> str | None:
        if self._client is None:
            return None
        return str(self._client.get_httpx_client().base_url.netloc.decode("ascii"))

    def close(self) -> None:
        """Close the client, and take this run's handlers off the loggers (a process may run many commands)."""
        if self._client is not None:
            self._client.close()
        for name in _DIAGNOSTIC_LOGGERS:
            logger = logging.getLogger(name)
            for handler in (self.watcher, self._handler):
                if handler is not None and handler in logger.handlers:
                    logger.removeHandler(handler)

    def say(self, text: str) -> None:
        """A line for the person at the terminal, on stderr."""
        typer.echo(redact(text), err=True)

    @contextmanager
    def guard(self, what: str, command: Command | None = None) -> Iterator[None]:
        """Run a command: an error becomes one line on stderr and its exit status."""
        try:
            yield
        except (typer.Exit, typer.BadParameter):
            raise  # typer's own: an exit already decided, or a usage error it shows with the usage line
        except KeyboardInterrupt:
            self.say(f"{self.prog} {what}: interrupted")
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None
        except APIError as error:
            self._traceback(error)
            self.say(self._line(what, error, command))
            raise typer.Exit(exit_code(error)) from None
        except Exception as error:
            self._traceback(error)
            hint = "" if self.debug else " (run again with --debug for the traceback, and report it)"
            self.say(f"{self.prog} {what}: internal error: {type(error).__name__}: {error}{hint}")
            raise typer.Exit(ExitCode.INTERNAL) from None

    def _traceback(self, error: BaseException) -> None:
        if self.debug:
            self.say("".join(traceback.format_exception(error)).rstrip())

    def _line(self, what: str, error: APIError, command: Command | None) -> str:
        if isinstance(error, InvalidArgumentError):
            flag = _flag_of(command, error.field)
            return f"{self.prog} {what}: invalid {flag or 'argument'}: {error}"
        if isinstance(error, ConfigurationError):
            return f"{self.prog} {what}: configuration: {error}"
        where = []
        host = self.host()
        if host:
            where.append(f"at {host}")
        attempts = self.watcher.attempts(error.operation)
        where.append(f"after {attempts} attempt{'s' if attempts != 1 else ''}")
        return f"{self.prog} {what}: failed {' '.join(where)}: {error}"


def _flag_of(command: Command | None, field_path: str) -> str | None:
    """The option that set the argument an InvalidArgumentError names (`filter.start_time` -> `--start-time`)."""
    if command is None:
        return None
    for option in command.options:
        key = ".".join((option.argument, *option.path))
        if field_path == key or field_path.startswith((f"{key}.", f"{key}[")):
            return f"--{option.flag}"
    return None


def _silence_stdout() -> None:
    """After a broken pipe: stdout points at /dev/null, so the interpreter's last flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
