"""`python -m generator {validate,generate,check} [api ...]` (api: sevco, cyberhaven or a spec path),
and `python -m generator diff ...` (the API change report; `diff --help`)."""

from __future__ import annotations

import argparse
import sys

from .build import GenerationError, generate
from .check import stale_files
from .diff import cli as diff_cli
from .diff.record import record_and_report
from .diff.sources import GitError
from .specfile import SpecError, available_apis, spec_path
from .validate import validate_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    for name, help_text in (
        ("validate", "check specs for errors (file and JSON pointer for each)"),
        ("generate", "print what changed since the last commit, record the release, regenerate generated/"),
        ("check", "fail when generated/ or a release ledger is stale"),
    ):
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument("apis", nargs="*", help="APIs to act on (default: every spec in specs/)")
    diff_cli.add_parser(commands)
    args = parser.parse_args(argv)
    try:
        if args.command == "diff":
            return int(args.run(args, commands.choices["diff"]))
        apis = args.apis or available_apis()
        if args.command == "validate":
            for api in apis:
                validate_file(spec_path(api))
                print(f"{api}: valid")
        elif args.command == "generate":
            for api in apis:
                record_and_report(api)
                print(f"{api}: generated {generate(api)}")
        else:
            stale = stale_files(apis)
            if stale:
                print("generated/ is stale; run `make generate` and commit. Differences:", file=sys.stderr)
                print("\n".join(f"  {path}" for path in stale), file=sys.stderr)
                return 1
            print(f"generated/ is up to date with specs/ ({', '.join(apis)})")
    except (SpecError, GenerationError, GitError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
