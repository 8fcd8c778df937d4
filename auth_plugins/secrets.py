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
from collections import Counter, deque
from urllib.parse import quote

from attrs import field, frozen

__all__ = ["REDACTED", "Secret", "redact"]

REDACTED = "***"

_lock = threading.Lock()
_live: Counter[str] = Counter()  # value -> number of live Secret objects holding it
_patterns: tuple[str, ...] = ()  # registered forms, longest first (so a longer value is scrubbed whole)
# Values whose Secret died. Finalizers run wherever garbage collection strikes, even inside the
# critical section below on the same thread, so they only append here (atomic) and never take _lock;
# the releases are applied under the lock by the next register or redact (as WeakValueDictionary does).
_released: deque[str] = deque()


def _forms(value: str) -> set[str]:
    """The value as it may appear in text: raw, JSON-escaped, URL-encoded."""
    forms = {value, json.dumps(value)[1:-1], quote(value, safe="")}
    return {form for form in forms if form.strip()}


def _update(added: str | None = None) -> None:
    """Apply pending releases and one registration; rebuild the patterns if the live set changed. Holds _lock."""
    global _patterns
    before = set(_live)
    while _released:
        value = _released.popleft()
        _live[value] -= 1
        if _live[value] <= 0:
            del _live[value]
    if added is not None:
        _live[added] += 1
    if set(_live) != before:
        _patterns = tuple(sorted({form for value in _live for form in _forms(value)}, key=len, reverse=True))


def _register(value: str) -> None:
    with _lock:
        _update(value)


def _release(value: str) -> None:
    _released.append(value)


def redact(text: str) -> str:
    """`text` with every live secret value (raw, JSON-escaped or URL-encoded) replaced by `***`."""
    if _released and _lock.acquire(blocking=False):  # never wait here: redact may run inside a critical section
        try:
            _update()
        finally:
            _lock.release()
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
            weakref.finalize(self, _release, self._value)

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
