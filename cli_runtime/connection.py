"""The connection options of a command line, read from the package's `connect()` and its settings.

Settings that are not secret become options (`--base-url`, `--tenant`); secrets (keys, Sevco's org id) are read
from the environment only, never from the command line, where other users of the machine would see them. The
other keyword arguments of `connect()` whose type a command line can carry (a number, a string, a flag) become
options too, with the help of their docstring: `--timeout`, `--max-response-bytes`, and whatever a later
`connect()` adds, with no change here.
"""

from __future__ import annotations

import inspect
import re
import types
import typing
from typing import Any

from attrs import frozen

from .spec import Api

__all__ = ["ConnectionOption", "connection_options", "environment_help"]

_CLI_TYPES: tuple[type, ...] = (bool, int, float, str)  # in this order: `float | str` is read as a float


@frozen
class ConnectionOption:
    """`--<flag>` for `connect(<keyword>=...)`."""

    flag: str
    keyword: str
    type: type
    help: str


def connection_options(api: Api) -> tuple[ConnectionOption, ...]:
    profile = api.profile
    settings = {setting.name: setting for setting in profile.settings}
    hints = typing.get_type_hints(api.connect)
    described = _documented_arguments(api.connect.__doc__ or "")
    found = []
    for name in inspect.signature(api.connect).parameters:
        setting = settings.get(name)
        if setting is not None:
            if profile.is_secret(name):
                continue
            text = setting.description or name
            if setting.env:
                text += f" [env: {', '.join(setting.env)}]"
            if setting.default:
                text += f" [default: {setting.default}]"
            found.append(ConnectionOption(_flag(name), name, str, text))
            continue
        cli_type = _cli_type(hints.get(name))
        if cli_type is not None:
            found.append(ConnectionOption(_flag(name), name, cli_type, described.get(name, f"connect({name}=...)")))
    return tuple(found)


def environment_help(api: Api) -> str:
    """One line per setting: its environment variables and what it is."""
    lines = []
    for setting in api.profile.settings:
        if not setting.env:
            continue
        notes = []
        if api.profile.is_secret(setting.name):
            notes.append("secret: from the environment only")
        if setting.default:
            notes.append(f"default {setting.default}")
        note = f" ({'; '.join(notes)})" if notes else ""
        lines.append(f"{' or '.join(setting.env)}{note}: {' '.join(setting.description.split())}")
    return "\n".join(lines)


def _cli_type(hint: Any) -> type | None:
    """The type a command line gives for a parameter annotated `hint`, or None (an object, a transport)."""
    union = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
    options = typing.get_args(hint) if union else (hint,)
    for candidate in _CLI_TYPES:
        if candidate in options:
            return candidate
    return None


def _documented_arguments(docstring: str) -> dict[str, str]:
    """{name: text} of the entries of a Google-style `Args:` section, each entry's lines joined.

    Hand-written rather than griffe's parser: importing griffe costs ~25 ms (`python -X importtime`) on every
    start of the command line, which runs in shell loops, and this reads one known docstring, connect()'s."""
    lines = inspect.cleandoc(docstring).splitlines()
    if "Args:" not in lines:
        return {}
    found: dict[str, str] = {}
    name = None
    for line in lines[lines.index("Args:") + 1 :]:
        if line and not line.startswith(" "):
            break  # the next section
        entry = re.match(r"^ {4}(\w+): (.*)$", line)
        if entry:
            name = entry.group(1)
            found[name] = entry.group(2).strip()
        elif name is not None and line.strip():
            found[name] += " " + line.strip()
    return found


def _flag(name: str) -> str:
    return name.replace("_", "-")
