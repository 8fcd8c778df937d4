"""One answer against the spec: its status, its documented headers, and its body in strict terms."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
from attrs import evolve, frozen

from generator.specfile import pointer as make_pointer
from generator.specfile import resolve_pointer

from .plan import MISSING, SpecOperation
from .schemas import Coverage, Problem, StrictSpec

__all__ = ["Checked", "ResponseCheck"]


@frozen
class Checked:
    """What one answer showed: its problems, and its JSON body (MISSING when it has none or it is not JSON)."""

    problems: tuple[Problem, ...]
    body: Any
    documented: bool


class ResponseCheck:
    def __init__(self, spec: Mapping[str, Any], strict: StrictSpec, coverage: Coverage) -> None:
        self.spec = spec
        self.strict = strict
        self.coverage = coverage

    def check(self, op: SpecOperation, status: int, headers: httpx.Headers, content: bytes) -> Checked:
        success = 200 <= status < 300
        responses_at = make_pointer("paths", op.path, op.method.lower(), "responses")
        responses = resolve_pointer(self.spec, responses_at)
        key = next((k for k in (str(status), f"{status // 100}XX", "default") if k in responses), None)
        body = _json_body(content)
        if key is None:
            documented = ", ".join(sorted(str(k) for k in responses))
            kind = "undocumented-success" if success else "undocumented-status"
            problem = Problem(kind, "", responses_at, str(status), f"one of {documented}", str(status))
            return Checked((problem,), body, documented=False)
        response_at = responses_at + make_pointer(key)
        response = resolve_pointer(self.spec, response_at)
        while isinstance(response, dict) and "$ref" in response:
            response_at = response["$ref"].lstrip("#")
            response = resolve_pointer(self.spec, response_at)
        problems = [*self._headers(response, response_at, headers)]
        problems += self._body(response, response_at, content, body, success)
        if not success:  # the shape of an error body is one kind of drift, whatever broke in it
            problems = [
                _as_error_body(p) if p.kind not in ("header-missing", "header-mismatch") else p for p in problems
            ]
        return Checked(tuple(problems), body, documented=True)

    def _headers(self, response: Mapping[str, Any], response_at: str, headers: httpx.Headers) -> list[Problem]:
        problems = []
        for name, declared in (response.get("headers") or {}).items():
            header_at = response_at + make_pointer("headers", name)
            while isinstance(declared, dict) and "$ref" in declared:
                header_at = declared["$ref"].lstrip("#")
                declared = resolve_pointer(self.spec, header_at)
            if name.lower() == "content-type":
                continue  # OpenAPI ignores a Content-Type header definition
            value = headers.get(name)
            if value is None:
                problems.append(Problem("header-missing", "", header_at, name, "the header", "nothing"))
                continue
            schema = declared.get("schema") if isinstance(declared, dict) else None
            if isinstance(schema, dict):
                typed = _typed(value, self.strict.resolve(self.strict.node(f"{header_at}/schema")))
                if self.strict.problems(f"{header_at}/schema", typed):
                    shown = value if len(value) <= 40 else f"{len(value)} characters"
                    problems.append(Problem("header-mismatch", "", header_at, name, _described(schema), repr(shown)))
        return problems

    def _body(
        self, response: Mapping[str, Any], response_at: str, content: bytes, body: Any, success: bool
    ) -> list[Problem]:
        media = _json_media(response.get("content") or {})
        if media is None:
            return []  # no body documented, or a binary one: nothing to compare
        schema_at = response_at + make_pointer("content", media, "schema")
        if body is MISSING:
            got = "an empty body" if not content.strip() else "a body that is not JSON"
            return [Problem("malformed-body", "", schema_at, "not JSON", "a JSON body", got)]
        problems = self.strict.problems(schema_at, body)
        if success:
            self.coverage.observe(self.strict, schema_at, body)
        return [
            evolve(p, kind="malformed-body")
            if p.pointer == "" and p.kind in ("type-mismatch", "unexpected-null")
            else p
            for p in problems
        ]


def _json_body(content: bytes) -> Any:
    if not content.strip():
        return MISSING
    try:
        return json.loads(content)
    except ValueError:
        return MISSING


def _json_media(content: Mapping[str, Any]) -> str | None:
    for media in content:
        base = media.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return str(media)
    return None


def _as_error_body(problem: Problem) -> Problem:
    return evolve(problem, kind="error-body-mismatch", subject=f"{problem.kind} {problem.subject}")


def _typed(value: str, schema: Mapping[str, Any]) -> Any:
    """A header's text as the JSON value its schema declares (headers are text on the wire)."""
    declared = schema.get("type")
    try:
        if declared == "integer":
            return int(value)
        if declared == "number":
            return float(value)
        if declared == "boolean" and value.lower() in ("true", "false"):
            return value.lower() == "true"
    except ValueError:
        return value
    return value


def _described(schema: Mapping[str, Any]) -> str:
    return str(schema.get("type", "a value of its schema"))
