"""Hand-written commands, added to the command line of every API they apply to.

A hand-written command is an ordinary typer command function whose first parameter is `ctx: typer.Context`;
`Session.of(ctx)` gives it the API (`session.api`: profile, commands, package), its client (`session.client()`,
with the connection options of the command line already applied) and `session.say()` for stderr. The app
builder (app.py) adds the connection and diagnostic options to it, runs it inside `Session.guard()` (one error
line, the exit status of its class) and closes the client after it.

To add one (e.g. `contract-check`, issue #16): write its module here, and add one `HandWritten(...)` line below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from attrs import frozen

from . import token_check
from .spec import Api

__all__ = ["HAND_WRITTEN", "HandWritten"]


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
