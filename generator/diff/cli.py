"""`python -m generator diff`: the change report, and the breaking-change gate (exit status 1)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..specfile import available_apis, spec_path
from ..validate import validate_file
from . import accepted, render, sources
from .changes import Report
from .compare import compare

USAGE = """\
python -m generator diff OLD_SPEC NEW_SPEC [options]
       python -m generator diff --since GIT_REF [API ...] [options]"""

EPILOG = """\
exit status: 0 no breaking change (or every one accepted), 1 a breaking change, 2 usage error or invalid spec.
Classes and rules: README.md, "When the vendor changes the API"."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "diff",
        usage=USAGE,
        help="what changed in an API, classified for callers of the generated client",
        description="Compare two versions of a spec, and of the package generated from each.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("specs", nargs="*", metavar="SPEC_OR_API", help="OLD_SPEC NEW_SPEC, or APIs with --since")
    parser.add_argument("--since", metavar="GIT_REF", help="compare each API's spec at GIT_REF with the working tree")
    parser.add_argument("--format", choices=render.FORMATS, default="text")
    parser.add_argument(
        "--accepted",
        type=Path,
        metavar="FILE",
        help="breaking changes to let through (specs/releases/accepted-changes.yaml)",
    )
    parser.add_argument(
        "--spec-only", action="store_true", help="skip generating both packages to compare their Python surface"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.since is None and len(args.specs) != 2:
        parser.error("diff takes OLD_SPEC NEW_SPEC, or --since GIT_REF [API ...]")
    acceptances = accepted.read(args.accepted) if args.accepted else []
    reports = _reports(args)
    marked = []
    for report in reports:
        report, unused = accepted.apply(report, acceptances)
        marked.append(report)
        for entry in unused:
            print(
                f"note: accepted change not in this report: {entry.api} {entry.kind} {entry.location}", file=sys.stderr
            )
    sys.stdout.write(render.render(marked, args.format))
    return 1 if any(report.breaking for report in marked) else 0


def _reports(args: argparse.Namespace) -> list[Report]:
    python = not args.spec_only
    if args.since is None:
        old, new = (Path(s) for s in args.specs)
        return [compare(new.stem, old, new, python=python)]
    reports = []
    for api in args.specs or available_apis():
        current = spec_path(api)
        with sources.at_ref(args.since, current) as base:
            if base is not None and base.read_bytes() == current.read_bytes():
                version = validate_file(current)["info"]["version"]
                reports.append(Report(current.stem, version, version, []))
            else:
                reports.append(compare(current.stem, base, current, python=python))
    return reports
