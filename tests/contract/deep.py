"""`make contract-deep`: the schemathesis CLI against both mocks on loopback, for longer than CI affords.

Same schemathesis.toml as the fast profile in `make test` (auth through the token header and the token
exchange, checks, links); deeper by the command line: every phase, more examples per operation,
fuzzing and stateful scenarios repeated until a time budget per API is spent, and a fresh seed each
run (printed; `--seed N` replays one). The mocks run without rate limits, or a long run would mostly
collect 429s. This is what a user runs in their own CI, and exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from mock_servers import create_app, serve_in_thread
from mock_servers.spec import spec_path
from tests.credentials import MOCK_ENVIRONMENT

from .spec_tools import APIS

REPO = Path(__file__).resolve().parents[2]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.contract.deep", description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", metavar="{sevco,cyberhaven}", help="default: both")
    parser.add_argument("--max-examples", type=int, default=200, help="per operation and phase (default 200)")
    parser.add_argument("--max-time", type=int, default=120, help="seconds per API (default 120)")
    parser.add_argument("--seed", type=int, default=None, help="replay a run (default: a fresh one)")
    return parser


def run(api: str, *, max_examples: int, max_time: int, seed: int) -> int:
    """One API: its mock served on 127.0.0.1 for the length of one `schemathesis run`; its exit code."""
    with serve_in_thread(create_app(api, rate_limits=False)) as url:
        command = [
            str(Path(sys.executable).with_name("schemathesis")),
            "run",
            str(spec_path(api)),
            f"--url={url}",
            f"--max-examples={max_examples}",
            f"--max-time={max_time}",
            f"--seed={seed}",
            "--phases=examples,coverage,fuzzing,stateful",
        ]
        print(f"\n$ {' '.join(command)}", flush=True)
        return subprocess.run(command, cwd=REPO, env={**os.environ, **MOCK_ENVIRONMENT}, check=False).returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    apis = args.apis or list(APIS)
    if unknown := set(apis) - set(APIS):
        parser.error(f"unknown API {sorted(unknown)}; choose from {', '.join(APIS)}")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    codes = {api: run(api, max_examples=args.max_examples, max_time=args.max_time, seed=seed) for api in apis}
    failed = sorted(api for api, code in codes.items() if code)
    print(f"\ncontract-deep (seed {seed}): " + (f"FAILED for {', '.join(failed)}" if failed else "every check passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
