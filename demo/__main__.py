"""`make demo`: the product as a user meets it, against both mock servers on loopback, in well under 30 s.

1. Both mocks start on 127.0.0.1 (real uvicorn, free ports); the environment is set as a user would set it.
2. The command line, as a shell runs it: an NDJSON pull piped into a count, a table, a triage update, the token check.
3. The resource client in Python: a filtered pull and its pages; Sevco devices by OS.
4. What the transport handles by itself: a token refresh after the mock's clock moves past the token's expiry, and a
   429 retried after its Retry-After, both shown as they happen.
5. What the servers counted, and where to go next.
"""

from __future__ import annotations

import inspect
import logging
import os
import shlex
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path
from typing import Any

import cyberhaven_client
import sevco_client

from mock_servers import create_app, serve_in_thread

BIN = Path(sys.executable).parent  # where the console scripts `cyberhaven` and `sevco` are installed
WIDTH = 110


def section(title: str) -> None:
    print(f"\n== {title} " + "=" * max(0, WIDTH - len(title) - 4))


def shell(command: str, env: dict[str, str]) -> None:
    """Run `command` as a shell would and show it with its output (stdout and stderr as a terminal shows them)."""
    print(f"$ {command}")
    result = subprocess.run(  # noqa: S603 - the demo runs the commands it shows, as a user would
        ["bash", "-o", "pipefail", "-c", command],  # noqa: S607 - the user's bash, from PATH
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream, in the order a terminal shows them
        text=True,
        timeout=60,
        check=False,
    )
    for line in result.stdout.rstrip().splitlines():
        print(f"  {line}")
    if result.returncode != 0:
        print(f"  (exit status {result.returncode})")


class _Shown(logging.Handler):
    """Shows the transport's token and retry records as they happen (the library logs them; a user turns them on)."""

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if "token" in text or "retrying" in text or "HTTP 401" in text:
            print(f"  [auth_plugins] {text}")


def main() -> None:
    started = time.monotonic()
    cyberhaven_app, sevco_app = create_app("cyberhaven"), create_app("sevco")
    cyberhaven_mock, sevco_mock = cyberhaven_app.state.mock, sevco_app.state.mock
    with serve_in_thread(cyberhaven_app) as cyberhaven_url, serve_in_thread(sevco_app) as sevco_url:
        section("1. Two mock servers on loopback, and the environment a user sets")
        settings = {
            "CYBERHAVEN_BASE_URL": cyberhaven_url,
            "CYBERHAVEN_API_KEY": cyberhaven_mock.keys[0],
            "SEVCO_BASE_URL": sevco_url,
            "SEVCO_API_KEY": sevco_mock.keys[0],
            "SEVCO_ORG_ID": "00000000-0000-0000-0000-000000000000",
        }
        for name, value in settings.items():
            print(f"$ export {name}={value}")
        os.environ.update(settings)
        env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}

        section("2. The command line: SIEM pulls, a table, triage, the token check")
        shell("cyberhaven incidents list --all --format ndjson | wc -l", env)
        critical = "cyberhaven incidents list --policy-severities critical --resolution-statuses open"
        shell(f"{critical} --limit 5 --format table --columns trigger_time,user.email,dataset.name,status", env)
        incident = next(r["id"] for r in cyberhaven_mock.store["incidents"] if r["status"] == "open")
        shell(
            f"cyberhaven incidents update {shlex.quote(incident)} --status closed --close-reason valid "
            "--close-note 'Confirmed with the user' --format table "
            "--columns resources.0.status,resources.0.close_reason",
            env,
        )
        shell("cyberhaven token", env)
        shell("sevco devices query --where 'hostnames like web-*' --where 'os contains Ubuntu' --all | wc -l", env)
        shell("sevco devices query --where 'hostnames like web-*' --limit 4 --format table", env)

        section("3. The resource client: the same API from Python")
        print(textwrap.indent(textwrap.dedent(inspect.getsource(resource_client)), "  | "))
        resource_client()

        section("4. What the transport handles: a token refresh, a 429")
        transport = logging.getLogger("auth_plugins")
        transport.setLevel(logging.DEBUG)
        transport.addHandler(shown := _Shown())
        try:
            refresh_after_expiry(cyberhaven_mock)
            cyberhaven_mock.faults.add("list_incidents", "status", status=429, retry_after=1, count=1)
            print("the server will answer the next list_incidents with 429, Retry-After: 1")
        finally:
            transport.removeHandler(shown)
        shell("cyberhaven --verbose incidents list --limit 3 --format table --columns trigger_time,status", env)

        section("5. What the servers counted")
        for name, mock in (("cyberhaven", cyberhaven_mock), ("sevco", sevco_mock)):
            stats = mock.stats()
            requests = ", ".join(f"{op} {n}" for op, n in sorted(stats["requests"].items()))
            print(f"{name}: {sum(stats['requests'].values())} requests ({requests})")
            print(
                f"  token exchanges {stats['token_exchanges']}, answered 429 {stats['rate_limited']} time(s), "
                f"peak concurrency {max(stats['peak_concurrency'].values(), default=0)}"
            )

    section("Where to go next")
    print(NEXT)
    print(f"(the demo took {time.monotonic() - started:.1f} s)")


def resource_client() -> None:
    with cyberhaven_client.connect() as ch:  # the same environment variables as the CLI
        wanted = {"policy_severities": ["critical", "high"], "resolution_statuses": ["open"]}
        for page in ch.incidents.list(filter=wanted, page_request={"size": 25}).pages():
            print(f"a page of {len(page.records)} of {page.total} open critical/high incidents")
    with sevco_client.connect() as sv:
        everything = {"combinator": "and", "rules": []}
        by_os = Counter(device.attributes.os for device in sv.devices.query(query=everything) if device.attributes)
        print("devices by OS:", dict(by_os.most_common(3)))


def refresh_after_expiry(mock: Any) -> None:
    with cyberhaven_client.connect() as ch:
        ch.incidents.recent()
        before = mock.stats()["token_exchanges"]
        mock.clock.advance(901)
        print("the mock's clock moved 901 s: the token the client holds (valid 900 s) has expired at the server")
        recent = ch.incidents.recent()
        after = mock.stats()["token_exchanges"]
        print(
            f"the next call got 401, exchanged the key again and was sent again: {len(recent)} incidents; "
            f"token exchanges {before} -> {after}"
        )


NEXT = """\
- `cyberhaven --help`, `sevco --help`, and `--help` on any command: options, values, environment, exit statuses
- README.md: the resource client, the command line, errors and exit statuses, the knobs
- your own tests: the pytest fixtures `cyberhaven_mock` and `sevco_mock` (README, "The mocks in your own tests")
- `make test`: the whole suite; `make contract-deep`: schemathesis against both mocks
- a new vendor: a spec with our extensions (specs/EXTENSIONS.md) and a mock data file; no code"""


if __name__ == "__main__":
    main()
