"""Changes of `x-` extensions, reported generically: added, removed or changed, with the pointer.

Their class comes from the extension's rows in rules.RULES (an extension without rows is possibly
breaking). Extensions are matched where they belong: on the document root, on a security scheme of
the same name, on the same operation (matched even if its path changed), elsewhere by pointer.
`x-client` has its own comparison (settings.py): its parts are the arguments of connect().
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from attrs import frozen

from ..extensions import HTTP_METHODS
from ..specfile import pointer, split_pointer
from .changes import Change
from .rules import DOCUMENTATION_ONLY, RULES

_OWN_COMPARISON = frozenset({"x-client"})


@frozen
class Place:
    """A node carrying extensions in both versions (either may be missing), with its label for summaries."""

    old: dict[str, Any]
    old_at: str
    new: dict[str, Any]
    new_at: str
    label: str
    operation: str | None = None


def extension_changes(old_doc: dict[str, Any], new_doc: dict[str, Any], places: list[Place]) -> Iterator[Change]:
    """Compare the `x-` keys of the given places, then of every other node, matched by pointer."""
    for place in places:
        yield from _compare_place(place)
    old_elsewhere, new_elsewhere = dict(_elsewhere(old_doc)), dict(_elsewhere(new_doc))
    for at in sorted(old_elsewhere.keys() | new_elsewhere.keys()):
        parent, key = at.rsplit("/", 1)
        old_node = {key: old_elsewhere[at]} if at in old_elsewhere else {}
        new_node = {key: new_elsewhere[at]} if at in new_elsewhere else {}
        yield from _compare_place(Place(old_node, parent, new_node, parent, parent or "the document"))


def _compare_place(place: Place) -> Iterator[Change]:
    keys = {k for k in (*place.old, *place.new) if k.startswith("x-")} - DOCUMENTATION_ONLY - _OWN_COMPARISON
    for key in sorted(keys):
        before, after = place.old.get(key, _ABSENT), place.new.get(key, _ABSENT)
        if before == after:
            continue
        old_at, new_at = place.old_at + "/" + key, place.new_at + "/" + key
        if before is _ABSENT:
            event, old_at, detail = "added", place.old_at, f"= {_show(after)}"
        elif after is _ABSENT:
            event, new_at, detail = "removed", place.new_at, f"(was {_show(before)})"
        else:
            event = "lowered" if f"{key} lowered" in RULES and _lowered(before, after) else "changed"
            detail = _leaf_differences(before, after)
        yield Change(
            kind=f"{key} {event}",
            summary=f"{key} of {place.label} {event} {detail}",
            old_location=old_at,
            new_location=new_at,
            operations=(place.operation,) if place.operation else (),
        )


class _Absent:
    def __repr__(self) -> str:
        return "absent"


_ABSENT: Any = _Absent()


def _show(value: Any) -> str:
    return repr(value) if not isinstance(value, str) else value


def _leaves(value: Any, prefix: str = "") -> dict[str, Any]:
    """{relative pointer: scalar} of a JSON value; a scalar is its own single leaf at ''."""
    if isinstance(value, dict):
        found: dict[str, Any] = {}
        for key, child in value.items():
            found.update(_leaves(child, pointer(*split_pointer(prefix), key)))
        return found
    if isinstance(value, list):
        found = {}
        for index, child in enumerate(value):
            found.update(_leaves(child, pointer(*split_pointer(prefix), index)))
        return found
    return {prefix: value}


def _leaf_differences(before: Any, after: Any) -> str:
    old, new = _leaves(before), _leaves(after)
    parts = []
    for key in sorted(old.keys() | new.keys()):
        if old.get(key, _ABSENT) != new.get(key, _ABSENT):
            parts.append(f"{key or 'value'}: {_show(old.get(key, _ABSENT))} -> {_show(new.get(key, _ABSENT))}")
    return "(" + ", ".join(parts) + ")"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float)  # bool is an int: True -> False is lowered


def _lowered(before: Any, after: Any) -> bool:
    """Every number or flag that changed went down (a limit that appeared counts as lowered, one that
    disappeared as raised)."""
    old, new = _leaves(before), _leaves(after)
    changed = [k for k in old.keys() | new.keys() if old.get(k, _ABSENT) != new.get(k, _ABSENT)]
    for key in changed:
        if key not in new:
            return False
        if key in old and not (_is_number(old[key]) and _is_number(new[key]) and new[key] < old[key]):
            return False
        if key not in old and not _is_number(new[key]):
            return False
    return bool(changed)


def _elsewhere(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(pointer, value) of every `x-` key not on the root, a security scheme or an operation."""

    def walk(node: Any, parts: tuple[str | int, ...]) -> Iterator[tuple[str, Any]]:
        if isinstance(node, dict):
            own_place = (
                len(parts) == 0
                or (len(parts) == 3 and parts[:2] == ("components", "securitySchemes"))
                or (len(parts) == 3 and parts[0] == "paths" and parts[2] in HTTP_METHODS)
            )
            for key, child in node.items():
                if isinstance(key, str) and key.startswith("x-"):
                    if not own_place and key not in DOCUMENTATION_ONLY:
                        yield pointer(*parts, key), child
                elif key not in ("example", "examples"):
                    yield from walk(child, (*parts, key))
        elif isinstance(node, list):
            for index, child in enumerate(node):
                yield from walk(child, (*parts, index))

    yield from walk(document, ())
