"""`check()`: call the operations of an API through its generated client and report the drift from the spec.

Every request goes through the generated package's `connect()` and its low-level `sync_detailed` functions,
so auth, the per-minute budget, in-flight limits, retries and each call's deadline are the client's own. The
check adds a time budget over the whole run (each call's deadline is cut to what is left of it) and sends one
request at a time. The client runs strict only so that it never logs what the report already says; the answer
of every call is read from the response, whatever the client thought of it.
"""

from __future__ import annotations

import importlib
import inspect
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from attrs import evolve, field, frozen
from openapi_python_client.strings import PythonIdentifier

from auth_plugins import defaults
from auth_plugins.connect import setting_value
from auth_plugins.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    ErrorsInBodyError,
    InvalidArgumentError,
    MalformedResponseError,
    RateLimitError,
)
from auth_plugins.profile import ApiProfile, TokenExchangeAuthSpec
from auth_plugins.secrets import redact
from client_runtime.resources import Endpoint
from generator.specfile import SpecError, load, sha256
from mock_servers.spec import available_apis, spec_path

from .analysis import ResponseCheck
from .plan import MISSING, Answer, Call, CannotCall, Requests, SpecOperation, order, read_operations
from .report import CoverageNote, DriftReport, Finding, OperationResult, Outcome
from .schemas import Coverage, Problem, StrictSpec, json_type

__all__ = ["CannotRun", "CheckOptions", "UsageError", "check"]

FIELD_PREFIX = "field_"  # generator/configs/*.yaml: how openapi-python-client names a parameter it must rename


class UsageError(Exception):
    """The options do not make sense (an unknown API or operation, writes without the matching sandbox URL)."""


class CannotRun(Exception):
    """The check cannot start: the spec or the client package is missing, or a setting is."""


def _names(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


@frozen
class CheckOptions:
    """How the check runs; the defaults live in auth_plugins/defaults.py.

    spec: the spec file to compare with (default: the one the client package was generated from).
    time_budget: seconds for the whole run; operations not reached by then are reported as not run.
    page_size: records asked for per page (bounded by what the spec allows).
    include_writes / sandbox_url: call write operations too, only when sandbox_url is the base URL in use.
    requests_per_minute: a lower per-minute budget than the spec's, to leave room for other users of the key.
    only / skip: operationIds to call alone, or to leave out.
    """

    spec: Path | None = None
    time_budget: float = defaults.CONTRACT_CHECK_TIME_BUDGET_SECONDS
    page_size: int = defaults.CONTRACT_CHECK_PAGE_SIZE
    include_writes: bool = False
    sandbox_url: str | None = None
    requests_per_minute: int | None = None
    only: frozenset[str] = field(default=frozenset(), converter=_names)
    skip: frozenset[str] = field(default=frozenset(), converter=_names)


def check(
    api: str, settings: Mapping[str, str | None] | None = None, options: CheckOptions | None = None
) -> DriftReport:
    """Check one API against its spec. `settings` are `connect()`'s keyword arguments (the environment fills
    the ones left out, as for `connect()`). Raises UsageError or CannotRun before anything is sent."""
    options = options or CheckOptions()
    path = _spec_file(api, options.spec)
    try:
        spec = load(path)
    except SpecError as exc:
        raise CannotRun(str(exc)) from None
    package = _package(spec, path)
    profile: ApiProfile = package.PROFILE
    operations = read_operations(spec)
    known = {op.operation_id for op in operations}
    unknown = sorted((options.only | options.skip) - known)
    if unknown:
        raise UsageError(f"{api}: no operation {', '.join(unknown)} in {path} (operations: {', '.join(sorted(known))})")
    given = {name: value for name, value in (settings or {}).items() if value is not None}
    limits = None
    if options.requests_per_minute is not None:
        limits = evolve(profile.rate_limits, own_requests_per_minute=options.requests_per_minute)
    try:
        client = package.connect(**given, strict=True, rate_limits=limits)
    except ConfigurationError as exc:
        raise CannotRun(str(exc)) from None
    with client:
        base_url = str(client.get_httpx_client().base_url).rstrip("/")
        if options.include_writes:
            _confirm_writes(options.sandbox_url, base_url)
        warnings = []
        if sha256(path) != package.SPEC_SHA256:
            warnings.append(f"{path} is not the spec {package.__name__} was generated from: requests follow the client")
        run = _Run(spec, profile, package, client, options, given)
        results = run.all(operations)
        warnings += run.warnings
        return DriftReport(
            api=Path(api).stem,
            base_url=base_url,
            spec=str(path),
            spec_version=str(spec.get("info", {}).get("version", "?")),
            checked_at=run.started_at,
            duration_seconds=time.monotonic() - run.started,
            operations=tuple(results),
            findings=run.findings(),  # redacted while the client (and so its secrets) is alive
            coverage=run.coverage_notes(),
            warnings=tuple(redact(w) for w in warnings),
            fatal=redact(run.fatal) if run.fatal else None,
        )


def _spec_file(api: str, given: Path | None) -> Path:
    if given is not None:
        if not given.is_file():
            raise UsageError(f"--spec {given}: no such file")
        return given
    path = spec_path(api)
    if not path.is_file():
        raise UsageError(f"unknown API {api!r}: the specs at hand are {', '.join(available_apis()) or 'none'}")
    return path


def _package(spec: Mapping[str, Any], path: Path) -> ModuleType:
    name = spec.get("x-client", {}).get("package")
    if not isinstance(name, str):
        raise CannotRun(f"{path} has no x-client.package: no generated client to check it with")
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise CannotRun(f"the client package {name!r} of {path} cannot be imported ({exc})") from None


def _confirm_writes(sandbox_url: str | None, base_url: str) -> None:
    if sandbox_url is None:
        raise UsageError(
            f"--include-writes calls operations that change data: confirm the target with --sandbox-url {base_url}"
        )
    if httpx.URL(sandbox_url.rstrip("/")) != httpx.URL(base_url):
        raise UsageError(f"--sandbox-url {sandbox_url} is not the base URL in use ({base_url}): nothing was sent")


class _Run:
    """One run: the calls in order, and what their answers showed."""

    def __init__(
        self,
        spec: dict[str, Any],
        profile: ApiProfile,
        package: ModuleType,
        client: Any,
        options: CheckOptions,
        settings: Mapping[str, str],
    ) -> None:
        self.profile = profile
        self.client = client
        self.options = options
        self.settings = settings
        self.requests = Requests(spec, page_size=options.page_size)
        self.coverage = Coverage()
        self.responses = ResponseCheck(spec, StrictSpec(spec), self.coverage)
        self.endpoints = _endpoints(package)
        self.answers: dict[str, Answer] = {}
        self.problems: list[tuple[str, int, Problem]] = []
        self.warnings: list[str] = []
        self.fatal: str | None = None
        self.budget_spent = False  # the per-minute budget would have outlasted the time budget
        self.started = time.monotonic()
        self.started_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.deadline = self.started + options.time_budget

    def all(self, operations: list[SpecOperation]) -> list[OperationResult]:
        results: dict[str, OperationResult] = {}
        for op in operations:
            if not self._wanted(op):
                results[op.operation_id] = _result(op, Outcome.SKIPPED, note="left out by --only/--skip")
            elif not (op.read_only or self.options.include_writes):
                results[op.operation_id] = _result(op, Outcome.SKIPPED, note="a write: --include-writes to call it")
        runnable = order(op for op in operations if op.operation_id not in results)
        budget_spent = False
        for op in runnable:
            if self.fatal is not None:
                results[op.operation_id] = _result(op, Outcome.NOT_RUN, note="the run stopped")
            elif time.monotonic() >= self.deadline:
                budget_spent = True
                results[op.operation_id] = _result(op, Outcome.NOT_RUN, note="the time budget was spent")
            else:
                results[op.operation_id] = self._one(op)
        if budget_spent:
            self.warnings.append(f"the time budget ({self.options.time_budget:g} s) ran out: the report is partial")
        if self.budget_spent:
            self.warnings.append(
                "the per-minute budget would have outlasted the time budget: the report is partial "
                "(a longer --time-budget lets the check wait for it)"
            )
        return [results[op.operation_id] for op in operations]

    def _wanted(self, op: SpecOperation) -> bool:
        if self.options.only and op.operation_id not in self.options.only:
            return False
        return op.operation_id not in self.options.skip

    def _one(self, op: SpecOperation) -> OperationResult:
        endpoint = self.endpoints.get(op.operation_id)
        if endpoint is None:
            return _result(op, Outcome.SKIPPED, note="the client package has no such operation")
        linked = [
            (link, answer)
            for answer in self.answers.values()
            for link in answer.request.operation.links
            if link.target == op.operation_id
        ]
        try:
            call = self.requests.call_for(op, linked, self._exchange_body(op))
            kwargs = _arguments(endpoint, call)
        except CannotCall as exc:
            return _result(op, Outcome.SKIPPED, note=str(exc))
        status, headers, content, failure = self._send(op, endpoint, kwargs)
        if failure is not None:
            return failure
        checked = self.responses.check(op, status, headers, content)
        self.problems += [(op.operation_id, status, problem) for problem in checked.problems]
        if not checked.documented:
            return _result(op, Outcome.ERROR, status, note="a status the spec does not document")
        if not 200 <= status < 300:
            return _result(op, Outcome.ERROR, status)
        self.answers[op.operation_id] = Answer(
            status, dict(headers), checked.body if checked.body is not MISSING else None, call
        )
        return _result(op, Outcome.CHECKED, status)

    def _send(
        self, op: SpecOperation, endpoint: Endpoint[Any], kwargs: dict[str, Any]
    ) -> tuple[int, httpx.Headers, bytes, OperationResult | None]:
        """The answer of one call: status, headers and body as received, or the result of a failed call."""
        left = self.deadline - time.monotonic()
        # Each network phase as the client's default, bounded by what is left; the call's deadline (its largest
        # phase, here `pool`) is all that is left, so a call may wait for the per-minute budget that long.
        timeout = httpx.Timeout(
            min(defaults.TIMEOUT_SECONDS, left), connect=min(defaults.CONNECT_TIMEOUT_SECONDS, left), pool=left
        )
        try:
            detailed = endpoint.sync(client=self.client.with_options(timeout=timeout), **kwargs)
            return int(detailed.status_code), httpx.Headers(detailed.headers), bytes(detailed.content), None
        except AuthenticationError as exc:
            self.fatal = f"the credentials were refused ({exc})"
            return 0, httpx.Headers(), b"", _result(op, Outcome.FAILED, exc.status_code, note=redact(str(exc)))
        except RateLimitError as exc:
            if exc.response.extensions.get("auth_plugins.local"):  # the client's own budget: nothing was sent
                self.budget_spent = True
                return 0, httpx.Headers(), b"", _result(op, Outcome.NOT_RUN, note=redact(str(exc)))
            return exc.status_code, exc.response.headers, exc.response.content, None
        except (APIStatusError, MalformedResponseError, ErrorsInBodyError) as exc:
            return exc.response.status_code, exc.response.headers, exc.response.content, None
        except APITimeoutError as exc:
            return 0, httpx.Headers(), b"", _result(op, Outcome.FAILED, note=redact(str(exc)))
        except APIConnectionError as exc:
            self.fatal = f"the API could not be reached ({exc})"
            return 0, httpx.Headers(), b"", _result(op, Outcome.FAILED, note=redact(str(exc)))
        except APIError as exc:  # a body over max_response_bytes, and the like: no answer to check
            return 0, httpx.Headers(), b"", _result(op, Outcome.FAILED, note=redact(str(exc)))

    def _exchange_body(self, op: SpecOperation) -> Any:
        """The token exchange carries the key itself: the body the client's auth flow sends."""
        auth = self.profile.auth
        if not isinstance(auth, TokenExchangeAuthSpec) or op.method != "POST" or op.path != auth.path:
            return MISSING
        key = setting_value(self.profile.setting(auth.key_setting), self.settings.get(auth.key_setting))
        return {auth.request_field: key} if key else MISSING

    # -- what the answers showed
    def findings(self) -> tuple[Finding, ...]:
        """Every problem grouped into findings, redacted: the client's keys and tokens, its secret settings and
        every `format: password` value an answer carried (held by the coverage) are live secrets here."""
        grouped: dict[tuple[str, str, str, str], Finding] = {}
        types: dict[tuple[str, str, str, str], set[str]] = {}
        for operation, status, problem in self.problems:
            key = (operation, problem.kind, problem.schema, problem.subject)
            if key in grouped:
                grouped[key] = evolve(grouped[key], count=grouped[key].count + 1)
            else:
                grouped[key] = Finding(
                    kind=problem.kind,
                    operation=operation,
                    status=status,
                    pointer=redact(problem.pointer),
                    schema=problem.schema,
                    subject=redact(problem.subject),
                    expected=redact(problem.expected),
                    got=redact(problem.got),
                    value=_safe_value(problem.value) if problem.kind == "unknown-enum-value" else None,
                )
            if problem.kind == "unknown-field":
                types.setdefault(key, set()).add(json_type(problem.value))
        return tuple(evolve(finding, types=tuple(sorted(types.get(key, ())))) for key, finding in grouped.items())

    def coverage_notes(self) -> tuple[CoverageNote, ...]:
        never, nulls = self.coverage.never_seen(), self.coverage.only_null()
        return tuple(
            CoverageNote(origin, self.coverage.objects(origin), never.get(origin, ()), nulls.get(origin, ()))
            for origin in sorted(never.keys() | nulls.keys())
        )


def _safe_value(value: Any) -> Any:
    """An enum value as the report may keep it: a short string with no secret in it, or a number."""
    if isinstance(value, str):
        return value if len(value) <= defaults.MISMATCH_VALUE_CHARS and redact(value) == value else None
    return value if isinstance(value, int | float) else None


def _result(op: SpecOperation, outcome: Outcome, status: int | None = None, note: str = "") -> OperationResult:
    return OperationResult(op.operation_id, op.method, op.path, outcome, status, note)


def _endpoints(package: ModuleType) -> dict[str, Endpoint[Any]]:
    module = importlib.import_module(f"{package.__name__}.endpoints")
    return {value.operation_id: value for value in vars(module).values() if isinstance(value, Endpoint)}


def _arguments(endpoint: Endpoint[Any], call: Call) -> dict[str, Any]:
    """The generated function's keyword arguments for a request: parameters by their Python names, the body
    built into the generated model (checked against the spec first)."""
    accepted = inspect.signature(endpoint.sync).parameters
    kwargs: dict[str, Any] = {}
    for group in (call.path, call.query, call.headers):
        for name, value in group.items():
            python = str(PythonIdentifier(name, FIELD_PREFIX))
            if python not in accepted:
                raise CannotCall(f"the generated function takes no argument for parameter {name!r}")
            kwargs[python] = value
    if call.body is not MISSING:
        if endpoint.body is None:
            raise CannotCall("the generated function takes no JSON body")
        if not isinstance(call.body, Mapping):
            raise CannotCall("the request body is not a JSON object")
        try:
            kwargs["body"] = endpoint.body.build(endpoint.operation_id, call.body)
        except InvalidArgumentError as exc:
            raise CannotCall(f"the request body built from the spec does not fit it ({exc})") from None
    return kwargs
