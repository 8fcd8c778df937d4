"""Fault injection: per operation, what goes wrong for the next N requests."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

FAULT_KINDS = ("status", "delay", "malformed", "truncated", "html", "drop", "revoke_key", "body")
TERMINAL_KINDS = ("status", "malformed", "truncated", "html", "drop", "body")


class FaultError(ValueError):
    """A fault cannot be added as asked."""


@dataclass
class Fault:
    """`count` requests (None: every request) to `operation_id` (None: any operation) get this fault,
    after the first `after` matching requests went through untouched."""

    id: int
    kind: str
    operation_id: str | None = None
    status: int | None = None
    retry_after: float | None = None
    delay_s: float = 0.0
    count: int | None = 1
    after: int = 0
    key: str | None = None
    message: str | None = None
    body: Any = None
    fired: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class FaultRegistry:
    """`mock.faults.add("list_incidents", "status", status=503, count=2)`; thread-safe."""

    def __init__(self, known_operations: Callable[[], set[str]], on_revoke: Callable[[str | None], list[str]]):
        self._known = known_operations
        self._on_revoke = on_revoke
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(
        self,
        operation_id: str | None,
        kind: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        delay_s: float | None = None,
        count: int | None = 1,
        after: int = 0,
        key: str | None = None,
        message: str | None = None,
        body: Any = None,
    ) -> Fault:
        """Add a fault. `kind`: status | delay | malformed | truncated | html | drop | revoke_key | body.

        - status: answer `status` (429, 500, 502, 503, 504, ...) with the vendor's error body;
          `retry_after` adds a Retry-After header (a 429 always gets one, default 1 s).
        - delay: wait `delay_s` seconds (real time) before handling; the request counts as in flight.
        - malformed: 200 with a body that is not valid JSON.
        - truncated: the real response, but its Content-Length promises more bytes than are sent, then
          the connection closes (in-process: the body is cut and a connection error raised).
        - html: an HTML error page (`status`, default 502, text/html), as a proxy in front would send.
        - drop: close the connection without any response.
        - revoke_key: revoke `key` (default: every configured key). With `operation_id` None it happens
          now; otherwise when a matching request arrives (that request is then refused).
        - body: answer `status` (default 200) with the JSON `body` as given, never checked against the
          spec: a server that strays from its spec (nulls, new enum values, other types).
        """
        if kind not in FAULT_KINDS:
            raise FaultError(f"unknown fault kind {kind!r} (known: {', '.join(FAULT_KINDS)})")
        if operation_id in ("", "*"):
            operation_id = None
        if operation_id is not None and operation_id not in self._known():
            raise FaultError(f"no operation {operation_id!r} in the spec")
        if kind == "status":
            if status is None:
                raise FaultError("a status fault needs `status`")
            if not 100 <= int(status) <= 599:
                raise FaultError(f"status {status} is not an HTTP status")
        if kind == "body" and body is None:
            raise FaultError("a body fault needs `body` (the JSON to answer)")
        if kind == "delay" and (delay_s is None or delay_s < 0):
            raise FaultError("a delay fault needs `delay_s` >= 0")
        if count is not None and count < 1:
            count = None  # 0 or negative: unlimited
        fault = Fault(
            id=next(self._ids),
            kind=kind,
            operation_id=operation_id,
            status=None if status is None else int(status),
            retry_after=retry_after,
            delay_s=float(delay_s or 0.0),
            count=count,
            after=max(0, int(after)),
            key=key,
            message=message,
            body=body,
        )
        if kind == "revoke_key" and operation_id is None:
            self._on_revoke(key)
            fault.fired = 1
            fault.count = 0
            return fault
        with self._lock:
            self._faults.append(fault)
        return fault

    def add_from_dict(self, data: Mapping[str, Any]) -> Fault:
        allowed = {
            "operation_id",
            "kind",
            "status",
            "retry_after",
            "delay_s",
            "count",
            "after",
            "key",
            "message",
            "body",
        }
        unknown = set(data) - allowed
        if unknown:
            raise FaultError(f"unknown fault fields {sorted(unknown)} (allowed: {sorted(allowed)})")
        if "kind" not in data:
            raise FaultError("a fault needs `kind`")
        kwargs = {k: v for k, v in data.items() if k not in ("operation_id", "kind")}
        for name in ("status", "count", "after"):
            if kwargs.get(name) is not None and not isinstance(kwargs[name], int):
                raise FaultError(f"`{name}` must be an integer")
        for name in ("retry_after", "delay_s"):
            if kwargs.get(name) is not None and not isinstance(kwargs[name], (int, float)):
                raise FaultError(f"`{name}` must be a number")
        return self.add(data.get("operation_id"), str(data["kind"]), **kwargs)

    def take(self, operation_id: str) -> list[Fault]:
        """The faults that fire for this request: at most one delay, one revoke and one terminal fault."""
        fired: list[Fault] = []
        kinds: set[str] = set()
        with self._lock:
            for fault in list(self._faults):
                if fault.operation_id not in (None, operation_id):
                    continue
                group = "terminal" if fault.kind in TERMINAL_KINDS else fault.kind
                if group in kinds:
                    continue
                if fault.after > 0:
                    fault.after -= 1
                    continue
                kinds.add(group)
                fault.fired += 1
                fired.append(fault)
                if fault.count is not None:
                    fault.count -= 1
                    if fault.count <= 0:
                        self._faults.remove(fault)
        return fired

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [fault.as_dict() for fault in self._faults]

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)
