"""`api-contract-check API [options]` (also `python -m contract_check`): the command line over `engine.check()`.

`main(argv)` parses, runs and prints, and returns the exit status; `main(argv, api="cyberhaven",
prog="cyberhaven contract-check")` is the same command with the API fixed, for a CLI that hosts it as a
subcommand (its arguments passed through unparsed). The options are documented once, in `build_parser()`.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from auth_plugins import defaults
from auth_plugins.profile import ApiProfile, Setting
from generator.specfile import SpecError, load
from mock_servers.spec import available_apis, spec_path

from .engine import CannotRun, CheckOptions, UsageError, check
from .kinds import ExitStatus
from .report import render_json, render_text
from .suggest import suggestion_yaml

__all__ = ["build_parser", "main"]

DESCRIPTION = """\
Check a live API against its spec, read-only: call every operation that only reads (GETs, and POSTs the spec
marks x-safe-to-retry) through the generated client (its auth, rate limits, retries and deadlines), with small
pages, reaching operations that need ids through the spec's links, and report how the answers drift from the
spec in strict terms, classified as the change report classifies spec changes. Write operations are called
only with --include-writes and --sandbox-url naming the base URL in use.

Settings are those of the client's connect(): the options below, else the same environment variables (secret
ones, such as API keys, only from the environment)."""


_FLAGS = frozenset({"--include-writes", "--help", "-h"})  # the options that take no value


class _Parser(argparse.ArgumentParser):
    """argparse with the check's own usage-error status (14), clear of the 0-9 the generated CLIs keep."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(ExitStatus.USAGE, f"{self.prog}: error: {message}\n")


def build_parser(api: str | None = None, *, fixed: bool = False, prog: str | None = None) -> argparse.ArgumentParser:
    """The parser: one option per non-secret setting of `api`'s connect() when `api` is known, and the API as
    first argument unless it is `fixed` (a CLI of that API hosting the check as a subcommand)."""
    parser = _Parser(
        prog=prog or "api-contract-check",
        description=DESCRIPTION,
        epilog=_exit_statuses(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if not fixed:
        parser.add_argument("api", help=f"the API to check: {', '.join(available_apis())}, or another spec's name")
    profile = _profile(api) if api else None
    group = parser.add_argument_group("settings (as connect(); default: the environment)")
    if profile is None:
        group.add_argument("--base-url", help="the API's base URL (default: the <API>_BASE_URL variable, ...)")
    else:
        for setting in _public_settings(profile):
            env = f" (default: {' or '.join(setting.env)})" if setting.env else ""
            group.add_argument(f"--{setting.name.replace('_', '-')}", dest=setting.name, help=setting.description + env)
        secret = [
            f"{s.name} ({', '.join(s.env) or 'no variable'})" for s in profile.settings if profile.is_secret(s.name)
        ]
        if secret:
            group.description = "secret settings only from the environment: " + ", ".join(secret)
    run = parser.add_argument_group("the run")
    run.add_argument("--format", choices=("text", "json"), default="text", help="the report's format (default: text)")
    run.add_argument(
        "--time-budget",
        type=_positive(float),
        default=defaults.CONTRACT_CHECK_TIME_BUDGET_SECONDS,
        metavar="SECONDS",
        help="stop starting calls after this long; the rest are reported as not run (default: %(default)g)",
    )
    run.add_argument(
        "--page-size",
        type=_positive(int),
        default=defaults.CONTRACT_CHECK_PAGE_SIZE,
        metavar="N",
        help="records per page asked for, within what the spec allows (default: %(default)s)",
    )
    run.add_argument(
        "--requests-per-minute",
        type=_positive(int),
        metavar="N",
        help="a lower per-minute budget than the spec's, to leave room for other users of the same key",
    )
    run.add_argument(
        "--only", action="append", default=[], metavar="OPERATION", help="call only this operationId (repeatable)"
    )
    run.add_argument(
        "--skip", action="append", default=[], metavar="OPERATION", help="leave this operationId out (repeatable)"
    )
    run.add_argument("--spec", type=Path, metavar="FILE", help="the spec to compare with (default: the client's own)")
    run.add_argument(
        "--suggest",
        type=Path,
        metavar="FILE",
        help="write a YAML fragment adding the unknown fields and enum values, marked x-source: observed <date>",
    )
    writes = parser.add_argument_group("writes (off unless both are given)")
    writes.add_argument(
        "--include-writes", action="store_true", help="also call operations that change data (create, update, delete)"
    )
    writes.add_argument(
        "--sandbox-url", metavar="URL", help="confirms --include-writes: must be the base URL in use, or nothing runs"
    )
    return parser


def main(argv: Sequence[str] | None = None, *, api: str | None = None, prog: str | None = None) -> int:
    """Run the check from command-line arguments; the exit status (table in `--help` and README.md)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(api or _first_positional(arguments), fixed=api is not None, prog=prog)
    if api is not None:
        parser.set_defaults(api=api)
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exit_:  # --help (0) or a usage error (14)
        return int(exit_.code or 0)
    settings = {name: getattr(args, name) for name in _setting_names(args.api) if getattr(args, name, None) is not None}
    options = CheckOptions(
        spec=args.spec,
        time_budget=args.time_budget,
        page_size=args.page_size,
        include_writes=args.include_writes,
        sandbox_url=args.sandbox_url,
        requests_per_minute=args.requests_per_minute,
        only=args.only,
        skip=args.skip,
    )
    if args.sandbox_url and not args.include_writes:
        return _fail(parser, ExitStatus.USAGE, "--sandbox-url confirms --include-writes; give both or neither", args)
    try:
        report = check(args.api, settings, options)
    except UsageError as exc:
        return _fail(parser, ExitStatus.USAGE, str(exc), args)
    except CannotRun as exc:
        return _fail(parser, ExitStatus.COULD_NOT_RUN, str(exc), args)
    sys.stdout.write(render_json(report) if args.format == "json" else render_text(report))
    if args.suggest is not None:
        document = load(Path(report.spec))
        text = suggestion_yaml(report, document, datetime.date.today())
        if text is None:
            print(f"{parser.prog}: nothing to suggest (no unknown field or enum value)", file=sys.stderr)
        else:
            args.suggest.write_text(text, encoding="utf-8")
            print(f"{parser.prog}: spec suggestion written to {args.suggest}", file=sys.stderr)
    return int(report.exit_status)


def _fail(parser: argparse.ArgumentParser, status: ExitStatus, message: str, args: argparse.Namespace) -> int:
    print(f"{parser.prog}: {'error' if status is ExitStatus.USAGE else 'could not run'}: {message}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps({"api": args.api, "exit_status": int(status), "fatal": message}))
    return int(status)


def _first_positional(arguments: list[str]) -> str | None:
    """The API named on the command line, to offer its settings as options (options taking a value skipped)."""
    skip_next = False
    for argument in arguments:
        if skip_next:
            skip_next = False
        elif argument.startswith("-"):
            skip_next = argument not in _FLAGS and "=" not in argument
        else:
            return argument
    return None


@functools.cache  # the parser and the settings read it; the spec is read once per run, not per question
def _profile(api: str) -> ApiProfile | None:
    """The generated profile of an API, for its settings; None when the API or its package is unknown (the
    check itself then says so, with its own status)."""
    try:
        package = load(spec_path(api)).get("x-client", {}).get("package")
        profile: ApiProfile = importlib.import_module(str(package)).PROFILE
    except (SpecError, ImportError, AttributeError):
        return None
    return profile


def _setting_names(api: str) -> list[str]:
    profile = _profile(api)
    return [s.name for s in _public_settings(profile)] if profile else ["base_url"]


def _public_settings(profile: ApiProfile) -> list[Setting]:
    """The settings the command line may carry: never a secret (other users of the machine see the arguments)."""
    return [setting for setting in profile.settings if not profile.is_secret(setting.name)]


def _positive(kind: type[Any]) -> Any:
    def parse(text: str) -> Any:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive, not {text}")
        return value

    parse.__name__ = kind.__name__
    return parse


def _exit_statuses() -> str:
    lines = ["exit statuses:"]
    lines += [f"  {status.value:>2}  {status.meaning}" for status in ExitStatus]
    return "\n".join(lines)
