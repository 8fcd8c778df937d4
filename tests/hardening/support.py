"""What every hostile-server test checks: the canary secrets appear in no channel a user or a log can see, and
measured bounds on time and memory."""

from __future__ import annotations

import logging
import pickle
import time
import traceback
import tracemalloc
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import cyberhaven_client
import pytest
import sevco_client

from auth_plugins import RateLimits

NO_LIMITS = RateLimits()


def canary(kind: str) -> str:
    """A value that is easy to spot in any text it leaks into."""
    return f"CANARY-{kind}-{uuid.uuid4().hex}"


@dataclass
class Canaries:
    key: str = field(default_factory=lambda: canary("KEY"))
    org: str = field(default_factory=lambda: canary("ORG"))
    tokens: list[str] = field(default_factory=list)

    def token(self) -> str:
        value = canary(f"TOKEN{len(self.tokens)}")
        self.tokens.append(value)
        return value

    @property
    def all(self) -> list[str]:
        return [self.key, self.org, *self.tokens]


def sevco(url: str, secrets: Canaries, **options: Any) -> sevco_client.Client:
    options.setdefault("rate_limits", NO_LIMITS)
    return sevco_client.connect(api_key=secrets.key, org_id=secrets.org, base_url=url, **options)


def cyberhaven(url: str, secrets: Canaries, **options: Any) -> cyberhaven_client.Client:
    options.setdefault("rate_limits", NO_LIMITS)
    return cyberhaven_client.connect(api_key=secrets.key, base_url=url, **options)


def _forms(secret: str) -> set[str]:
    """A secret as it may appear in text: raw, escaped, URL-encoded."""
    return {secret, repr(secret)[1:-1], repr(secret.encode("utf-8", "backslashreplace"))[2:-1], quote(secret, safe="")}


def visible_text(logs: pytest.LogCaptureFixture | None, *objects: object) -> str:
    """Everything a user or a log file could see of `objects`: repr, str, for an exception its whole traceback with
    every chained cause and context, its args and pickle; plus every record logged, formatted with its exception."""
    parts: list[str] = []
    if logs is not None:
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        parts += [formatter.format(record) for record in logs.records]
    for item in objects:
        parts += [repr(item), str(item)]
        if isinstance(item, BaseException):
            parts.append("".join(traceback.format_exception(item)))
            parts += [repr(item.args), repr(getattr(item, "server_message", None))]
            parts.append(pickle.dumps(item).decode("latin-1"))
            chained: BaseException | None = item
            while chained is not None:  # the chained exceptions' own attributes (a JSON error's document...)
                parts.append(repr(vars(chained)) if hasattr(chained, "__dict__") else "")
                chained = chained.__cause__ or chained.__context__
    return "\n".join(parts)


def assert_no_secret(text: str, *secrets: str) -> None:
    assert secrets
    for secret in secrets:
        for form in _forms(secret):
            assert form not in text, f"a secret leaked (as {form[:20]!r}...)"


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    """Yields a list that holds, after the block, the peak bytes Python allocated during it (tracemalloc)."""
    peak: list[int] = []
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        yield peak
    finally:
        peak.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()


@contextmanager
def elapsed() -> Iterator[list[float]]:
    """Yields a list that holds, after the block, the seconds it took."""
    took: list[float] = []
    started = time.monotonic()
    try:
        yield took
    finally:
        took.append(time.monotonic() - started)


MiB = 1024 * 1024
