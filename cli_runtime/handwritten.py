"""Hand-written commands, added to the command line of every API they apply to.

A hand-written command is an ordinary typer command function whose first parameter is `ctx: typer.Context`;
`Session.of(ctx)` gives it the API (`session.api`: profile, commands, package), its client (`session.client()`,
with the connection options of the command line already applied) and `session.say()` for stderr. The app
builder (app.py) adds the connection and diagnostic options to it, runs it inside `Session.guard()` (one error
line, the exit status of its class) and closes the client after it.

To add one: write its module here, and add one `HandWritten(...)` line below.

A command with a parser of its own (`contract-check`, the drift check of contract_check/, also installed as
`api-contract-check`) is a `PassThrough`: it gets every argument after its name as given, and its own `--help`,
so its options are documented once, by its own parser.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from attrs import frozen

import contract_check

from . import token_check
from .spec import Api

__all__ = ["HAND_WRITTEN", "PASS_THROUGH", "HandWritten", "PassThrough"]


def _every_api(api: Api) -> bool:
    return True


@frozen
class HandWritten:
    """`name`: the command; `function`: its typer command function; `applies`: which APIs get it."""

    name: str
    function: Callable[..., Any]
    applies: Callable[[Api], bool] = _every_api
    panel: str = "Checks"  # its section in `<prog> --help`


HAND_WRITTEN: tuple[HandWritten, ...] = (HandWritten("token", token_check.token, applies=token_check.applies),)


@frozen
class PassThrough:
    """`name`: the command; `run(arguments, api, prog)`: runs it and returns the exit status; `summary`: one line."""

    name: str
    run: Callable[[list[str], str, str], int]
    summary: str
    panel: str = "Checks"


def _contract_check(arguments: list[str], api: str, prog: str) -> int:
    return contract_check.main(arguments, api=api, prog=prog)


PASS_THROUGH: tuple[PassThrough, ...] = (
    PassThrough(
        "contract-check",
        _contract_check,
        "Check a live tenant against the spec: a read-only drift report (`contract-check --help`; exit 0, 10-14).",
    ),
)
