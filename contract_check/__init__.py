"""Contract checks against a live tenant: a read-only drift report between a spec and the real API.

`api-contract-check cyberhaven` (or `python -m contract_check cyberhaven`) calls every read-only operation of the
spec through the generated client and reports how the answers drift from the spec (README.md, "Checking your
tenant against the spec"). From Python:

    from contract_check import check, render_text
    report = check("cyberhaven", {"base_url": "https://acme.cyberhaven.io"})
    print(render_text(report), report.exit_status)

- plan.py: which operations, in which order, with which requests (links, examples, page sizes)
- engine.py: `check()`, the calls through the generated client, the time budget
- analysis.py, schemas.py: one answer against the spec in strict terms
- kinds.py: the drift kinds, their classes (from generator/diff/rules.py) and the exit statuses
- report.py: the report, as text or JSON; suggest.py: the `--suggest` spec fragment; cli.py: the command line
"""

from .cli import build_parser, main
from .engine import CannotRun, CheckOptions, UsageError, check
from .kinds import DRIFT_KINDS, ExitStatus
from .report import CoverageNote, DriftReport, Finding, OperationResult, Outcome, render_json, render_text
from .suggest import suggestion, suggestion_yaml

__all__ = [
    "DRIFT_KINDS",
    "CannotRun",
    "CheckOptions",
    "CoverageNote",
    "DriftReport",
    "ExitStatus",
    "Finding",
    "OperationResult",
    "Outcome",
    "UsageError",
    "build_parser",
    "check",
    "main",
    "render_json",
    "render_text",
    "suggestion",
    "suggestion_yaml",
]
