"""Turning a resource method's keyword arguments into the generated request model, checked against the spec.

A nested argument may be a generated model or plain data: dicts, lists, strings for enums and RFC 3339
strings (or aware `datetime`s) for times. Everything is first turned into JSON data, then checked against
the request body's JSON Schema from the spec (jsonschema-rs, formats included), and only then built into
the generated model with its `from_dict`. A bad value raises `InvalidArgumentError` naming the argument
path (`filter.policy_severities[0]`) before anything is sent.
"""

from __future__ import annotations

import datetime
import enum
import threading
from collections.abc import Iterable, Mapping, Sequence, Set
from typing import Any

import jsonschema_rs

from auth_plugins.errors import InvalidArgumentError

__all__ = ["RequestBody", "field_path", "to_json"]


def field_path(parts: Sequence[str | int]) -> str:
    """['filter', 'policy_severities', 0] -> 'filter.policy_severities[0]'."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def to_json(value: Any, where: tuple[str | int, ...] = (), operation: str | None = None) -> Any:
    """`value` as JSON data: generated models by their `to_dict()`, enums by value, times as RFC 3339."""
    kind = type(value)
    if kind is dict or kind is list:  # plain JSON data, most arguments: no need to ask what else it could be
        return _container(value, where, operation)
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if type(value).__name__ == "Unset":  # a generated package's UNSET: the field is left out by the caller
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise InvalidArgumentError(
                f"{_prefix(operation)}{field_path(where)}: a datetime without a timezone is ambiguous; "
                "give an aware one, e.g. datetime.now(UTC)",
                field=field_path(where),
                operation=operation,
            )
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping) or (isinstance(value, (Sequence, Set)) and not isinstance(value, (bytes, bytearray))):
        return _container(value, where, operation)
    raise InvalidArgumentError(
        f"{_prefix(operation)}{field_path(where)}: {type(value).__name__} is not JSON data "
        "(give a model, dict, list, str, number, bool or datetime)",
        field=field_path(where),
        operation=operation,
    )


def _container(value: Mapping[Any, Any] | Iterable[Any], where: tuple[str | int, ...], operation: str | None) -> Any:
    if isinstance(value, Mapping):
        return {
            str(key): to_json(item, (*where, str(key)), operation)
            for key, item in value.items()
            if type(item).__name__ != "Unset"
        }
    return [to_json(item, (*where, index), operation) for index, item in enumerate(value)]


def _prefix(operation: str | None) -> str:
    return f"{operation}: " if operation else ""


def _message(error: Any) -> str:
    """jsonschema-rs' message, with every allowed value where it would say "or N other candidates"."""
    options = getattr(error.kind, "options", None)
    if type(error.kind).__name__ == "Enum" and isinstance(options, list):
        return f"{error.instance!r} is not one of {', '.join(repr(option) for option in options)}"
    return str(error.message)


class RequestBody:
    """The JSON body of one operation: the generated model, the body's JSON Schema and, per top-level
    field, the name of the argument that carries it (they differ where a field is renamed)."""

    def __init__(self, model: type[Any], schema: Mapping[str, Any], arguments: Mapping[str, str]) -> None:
        self.model = model
        self.schema = schema
        self.arguments = dict(arguments)  # JSON name -> argument name
        self._validator: Any = None
        self._lock = threading.Lock()

    def build(self, operation: str, values: Mapping[str, Any]) -> Any:
        """The model for the given fields (JSON name -> argument value); None values are left out."""
        payload = {
            name: to_json(value, (self.arguments.get(name, name),), operation)
            for name, value in values.items()
            if value is not None and type(value).__name__ != "Unset"
        }
        validator = self._compiled()
        # is_valid() first: it stops at the first error and builds none, a fifth cheaper when all is well
        error = None if validator.is_valid(payload) else next(iter(validator.iter_errors(payload)), None)
        if error is not None:
            parts = list(error.instance_path)
            if parts and isinstance(parts[0], str):
                parts[0] = self.arguments.get(parts[0], parts[0])
            where = field_path(parts)
            raise InvalidArgumentError(
                f"{operation}: {where + ': ' if where else ''}{_message(error)}", field=where, operation=operation
            )
        try:
            return self.model.from_dict(payload)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidArgumentError(f"{operation}: {exc}", field="", operation=operation) from None

    def _compiled(self) -> Any:
        if self._validator is None:
            with self._lock:
                if self._validator is None:
                    self._validator = jsonschema_rs.validator_for(dict(self.schema), validate_formats=True)
        return self._validator

    def __repr__(self) -> str:
        return f"RequestBody({self.model.__name__})"
