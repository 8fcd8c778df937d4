"""The error an operation answers with; rendered as the spec's `x-error-body`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class ApiError(Exception):
    """Answer with the vendor's error body for `status` (plus `problems`, when the schema allows)."""

    def __init__(
        self,
        status: int,
        message: str,
        problems: Sequence[Mapping[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.message = message
        self.problems = list(problems or [])
        self.headers = dict(headers or {})
        super().__init__(f"{status}: {message}")
