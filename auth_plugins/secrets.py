"""`Secret`: a value that never shows in repr, str, logs or exception text, and `redact()`.

Every live `Secret` registers its value (and the forms it takes once JSON- or URL-encoded), so
`redact(text)` can scrub any text this package produces before it reaches a message. A value is
unregistered when the last `Secret` holding it is garbage-collected, so rotated tokens do not pile up.

Hand-written: no maintained library does "redact every live secret from arbitrary text".
"""

from __future__ import annotations

import json
import threading
import weakref
from collections import Counter
from urllib.parse import quote

from attrs import field, frozen

__all__ = ["REDACTED", "Secret", "redact"]

REDACTED = "***"

_lock = threading.Lock()
_live: Counter[str] = Counter()  # value -> number of live Secret objects holding it
_patterns: tuple[str, ...] = ()  # registered forms, longest first (so a longer value is scrubbed whole)


def _forms(value: str) -> set[str]:
    """The value as it may appear in text: raw, JSON-escaped, URL-encoded."""
    forms = {value, json.dumps(value)[1:-1], quote(value, safe="")}
    return {form for form in forms if form.strip()}


def _rebuild() -> None:
    global _patterns
    forms: set[str] = set()
    for value in _live:
        forms |= _forms(value)
    _patterns = tuple(sorted(forms, key=len, reverse=True))


def _register(value: str) -> None:
    with _lock:
        _live[value] += 1
        if _live[value] == 1:
            _rebuild()


def _unregister(value: str) -> None:
    with _lock:
        _live[value] -= 1
        if _live[value] <= 0:
            del _live[value]
            _rebuild()


def redact(text: str) -> str:
    """`text` with every live secret value (raw, JSON-escaped or URL-encoded) replaced by `***`."""
    for pattern in _patterns:  # read once: a tuple swapped atomically by _rebuild
        if pattern in text:
            text = text.replace(pattern, REDACTED)
    return text


@frozen(repr=False, eq=False)
class Secret:
    """A credential. `repr`/`str` are `Secret('***')`; `reveal()` is the only way to the value."""

    _value: str = field(alias="value")

    def __attrs_post_init__(self) -> None:
        if self._value.strip():  # an empty value hides nothing, and redacting "" would mangle all text
            _register(self._value)
            weakref.finalize(self, _unregister, self._value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{REDACTED}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __copy__(self) -> Secret:  # immutable: a copy is the object itself
        return self

    def __deepcopy__(self, memo: object) -> Secret:
        return self

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")
