"""`Secret`: a value that never shows in repr, str, logs or exception text, and `redact()`.

Every live `Secret` registers its value and the forms it takes once escaped (JSON, URL-encoding, Python's str and
bytes reprs, and those escaped once more), so `redact(text)` can scrub any text this package produces before it
reaches a message. A value is unregistered when the last `Secret` holding it is garbage-collected, so rotated
tokens do not pile up.

`RedactingFilter` applies `redact()` to every record of the loggers a request goes through (ours, httpx's and
httpcore's, whose DEBUG records print response headers: a server echoing a credential would put it in a log). It is
installed on them when this module is imported; it costs nothing while those loggers are not enabled.

Hand-written: no maintained library does "redact every live secret from arbitrary text".
"""

from __future__ import annotations

import json
import logging
import threading
import weakref
from collections import Counter, deque
from collections.abc import Collection
from typing import Final
from urllib.parse import quote, quote_plus

import attrs
from attrs import field, frozen

__all__ = ["REDACTED", "REDACTED_LOGGERS", "RedactingFilter", "Secret", "masked_repr", "redact", "redact_logs"]

REDACTED = "***"

_lock = threading.Lock()
_live: Counter[str] = Counter()  # value -> number of live Secret objects holding it
_patterns: tuple[str, ...] = ()  # registered forms, longest first (so a longer value is scrubbed whole)
# Values whose Secret died. Finalizers run wherever garbage collection strikes, even inside the
# critical section below on the same thread, so they only append here (atomic) and never take _lock;
# the releases are applied under the lock by the next register or redact (as WeakValueDictionary does).
_released: deque[str] = deque()


def _forms(value: str) -> set[str]:
    """The value as it may appear in text: raw, JSON-escaped, URL-encoded, in a str or bytes repr, and each of
    those escaped once more (the repr of a message that quotes a repr)."""
    forms = {
        value,
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        quote(value, safe=""),
        quote_plus(value, safe=""),
        repr(value)[1:-1],
        repr(value.encode("utf-8", "backslashreplace"))[2:-1],
    }
    forms |= {form.replace("\\", "\\\\") for form in forms if "\\" in form}
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


# The loggers a request's text can reach: ours, httpx's, and httpcore's (a filter on a logger sees only the records
# logged on that very logger, not its children's, so each httpcore module's logger is named).
REDACTED_LOGGERS: Final = (
    "auth_plugins",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
_FORMATTER: Final = logging.Formatter()


class RedactingFilter(logging.Filter):
    """Redacts a record's message, exception text and stack: they are formatted once, here, then redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(_FORMATTER.formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def redact_logs(names: tuple[str, ...] = REDACTED_LOGGERS) -> None:
    """Install one RedactingFilter on each logger named (again is a no-op)."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, RedactingFilter) for existing in logger.filters):
            logger.addFilter(RedactingFilter())


redact_logs()


def masked_repr(obj: attrs.AttrsInstance, *, hidden: Collection[str]) -> str:
    """attrs' repr of `obj` with the value of each field named in `hidden` shown as '***' when set (a generated
    model's properties marked `format: password` in the spec)."""
    shown = []
    for attribute in attrs.fields(obj.__class__):
        if not attribute.repr:
            continue
        value = getattr(obj, attribute.name)
        text = repr(REDACTED) if attribute.name in hidden and isinstance(value, str | bytes) else repr(value)
        shown.append(f"{attribute.name}={text}")
    return f"{type(obj).__name__}({', '.join(shown)})"
