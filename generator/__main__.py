"""`python -m generator {validate,generate,check} [api ...]` (api: sevco, cyberhaven or a spec path)."""

from __future__ import annotations

import argparse
import sys

from .build import GenerationError, generate
from .check import stale_files
from .specfile import SpecError, available_apis, spec_path
from .validate import validate_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=["validate", "generate", "check"])
    parser.add_argument("apis", nargs="*", help="APIs to act on (default: every spec in specs/)")
    args = parser.parse_args(argv)
    apis = args.apis or available_apis()
    try:
        if args.command == "validate":
            for api in apis:
                validate_file(spec_path(api))
                print(f"{api}: valid")
        elif args.command == "generate":
            for api in apis:
                print(f"{api}: generated {generate(api)}")
        else:
            stale = stale_files(apis)
            if stale:
                print("generated/ is stale; run `make generate` and commit. Differences:", file=sys.stderr)
                print("\n".join(f"  {path}" for path in stale), file=sys.stderr)
                return 1
            print(f"generated/ is up to date with specs/ ({', '.join(apis)})")
    except (SpecError, GenerationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
