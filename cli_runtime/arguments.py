"""From command-line text to the arguments of a resource method.

Options are read by kind (spec.Kind): a comma list (or the flag repeated) for arrays, JSON (or `@file.json`, or
`-` for stdin) for objects, numbers and flags by typer itself. `--body` gives the whole request body; the options
then set their fields over it; `--where` builds the rule group (spec.Where). What the spec refuses beyond that
(formats, required fields) is caught by the resource method before anything is sent (InvalidArgumentError).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import typer

from .spec import Command, Kind, Option, Where

__all__ = ["Call", "build_call", "choice_parser", "json_parser", "list_parser"]

JSON_METAVAR = "JSON|@FILE|-"


def json_parser(flag: str) -> Callable[[str], Any]:
    """Reads JSON text, `@path` (a JSON file) or `-` (JSON on stdin)."""

    def parse(text: str) -> Any:
        source = text
        try:
            if text == "-":
                source = sys.stdin.read()
            elif text.startswith("@"):
                source = Path(text[1:]).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise typer.BadParameter(f"cannot read {text[1:]!r}: {exc.strerror}", param_hint=f"--{flag}") from None
        try:
            return json.loads(source)
        except ValueError as exc:
            raise typer.BadParameter(f"not JSON ({exc})", param_hint=f"--{flag}") from None

    return parse


def choice_parser(option: Option) -> Callable[[str], str]:
    """A string option: one of its choices when the spec allows only those."""

    def parse(text: str) -> str:
        return _check_choice(option, text)

    return parse


def list_parser(option: Option) -> Callable[[str], list[Any]]:
    """An array option: a comma list; each element of the array's kind and, if the spec lists them, a choice."""

    def parse(text: str) -> list[Any]:
        return [_element(option, part.strip()) for part in text.split(",") if part.strip()]

    return parse


def _element(option: Option, text: str) -> Any:
    kind: Kind | None = option.items
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a{'n integer' if kind == 'integer' else ' number'}") from None
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise typer.BadParameter(f"{text!r} is not true or false")
        return text.lower() == "true"
    return _check_choice(option, text)


def _check_choice(option: Option, text: str) -> str:
    if option.choices and option.strict and text not in option.choices:
        raise typer.BadParameter(f"{text!r} is not one of {', '.join(option.choices)}")
    return text


class Call:
    """The positional and keyword arguments of one resource method call."""

    def __init__(self, args: Sequence[Any], kwargs: Mapping[str, Any]) -> None:
        self.args = list(args)
        self.kwargs = dict(kwargs)

    def __repr__(self) -> str:
        return f"Call({self.args!r}, {sorted(self.kwargs)!r})"  # values may hold a secret


def build_call(
    command: Command,
    positional: Sequence[Any],
    options: Mapping[Option, Any],
    *,
    body: Any = None,
    where: Sequence[str] = (),
    any_of: bool = False,
) -> Call:
    """The call for the values given: `options` maps each option given to its value (lists of lists for arrays,
    as typer collects a repeated flag); `body` is the parsed `--body`; `where` the `--where` texts."""
    kwargs: dict[str, Any] = {}
    if body is not None:
        kwargs.update(_body_arguments(command, body))
    for option, value in options.items():
        if option.kind == "array":
            value = [element for chunk in value for element in chunk]  # repeated flags and comma lists, in order
        _set(kwargs, option, value)
    if command.where is not None:
        _add_where(kwargs, command.where, where, any_of)
    elif where:
        raise typer.BadParameter(f"{command.group} {command.name} takes no rule-group query", param_hint="--where")
    return Call(positional, kwargs)


def _body_arguments(command: Command, body: Any) -> dict[str, Any]:
    if not command.has_body:
        raise typer.BadParameter(f"{command.group} {command.name} sends no request body", param_hint="--body")
    if not isinstance(body, dict):
        raise typer.BadParameter("the request body must be a JSON object", param_hint="--body")
    unknown = [name for name in body if name not in command.body_fields]
    if unknown:
        known = ", ".join(command.body_fields) or "none"
        raise typer.BadParameter(
            f"no field {unknown[0]!r} in the request body of {command.operation_id} (fields: {known}; the page "
            "position is given with --cursor)",
            param_hint="--body",
        )
    return {command.body_fields[name]: value for name, value in body.items()}


def _set(kwargs: dict[str, Any], option: Option, value: Any) -> None:
    """kwargs[argument][path...] = value, creating the objects on the way (over what `--body` gave)."""
    if not option.path:
        kwargs[option.argument] = value
        return
    node = kwargs.setdefault(option.argument, {})
    for key in option.path[:-1]:
        if not isinstance(node, dict):
            break
        node = node.setdefault(key, {})
    if not isinstance(node, dict):
        raise typer.BadParameter(
            f"--body gives {option.argument!r} as something other than an object", param_hint=f"--{option.flag}"
        )
    node[option.path[-1]] = value


def _add_where(kwargs: dict[str, Any], where: Where, texts: Sequence[str], any_of: bool) -> None:
    if not texts:
        if where.argument not in kwargs:  # no query given at all: the empty group, which every record matches
            kwargs[where.argument] = {where.combinator_key: where.all, where.rules_key: []}
        return
    if where.argument in kwargs:
        raise typer.BadParameter(
            f"give the rule group either with --where or whole (--body, --{where.argument.replace('_', '-')}), "
            "not both",
            param_hint="--where",
        )
    rules = [_rule(where, text) for text in texts]
    kwargs[where.argument] = {where.combinator_key: where.any if any_of else where.all, where.rules_key: rules}


def _rule(where: Where, text: str) -> dict[str, Any]:
    """'FIELD OPERATOR VALUE' -> a rule. VALUE is the rest of the text: JSON if it reads as JSON (`7`, `true`,
    `{"raw": "now-7d/d"}`), else the text itself (`web-*`, `Ubuntu 22.04`)."""
    parts = text.split(None, 2)
    if len(parts) < 3:
        raise typer.BadParameter(f"{text!r}: expected 'FIELD OPERATOR VALUE'", param_hint="--where")
    field, operator, raw = parts
    if where.operators and operator not in where.operators:
        raise typer.BadParameter(
            f"{text!r}: {operator!r} is not an operator ({', '.join(where.operators)})", param_hint="--where"
        )
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    return {**where.constants, where.field_key: field, where.operator_key: operator, where.value_key: value}
