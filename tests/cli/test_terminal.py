"""What changes on a terminal (a pseudo-terminal here): the default table, the progress line of a long pull with
the time waited for a Retry-After; and an interrupted pull (SIGINT, as Ctrl-C sends) that resumes from the cursor
it prints."""

from __future__ import annotations

import errno
import json
import os
import pty
import re
import signal
import subprocess
import tempfile

from cli_runtime.exit_codes import ExitCode
from mock_servers.pytest_plugin import MockService
from tests.cli.conftest import environment, program, run
from tests.cli.test_pulls import server_incidents

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def on_terminal(mock: MockService, *args: str, stream: str) -> tuple[int, str, str]:
    """Run with `stream` ("stdout" or "stderr") on a pseudo-terminal; (status, terminal text, the other stream)."""
    controller, terminal = pty.openpty()
    env = environment(mock, COLUMNS="200", TERM="xterm")
    with tempfile.TemporaryFile("w+") as other:  # a file, not a pipe: nobody has to drain it while the pty is read
        out, err = (terminal, other) if stream == "stdout" else (other, terminal)
        with subprocess.Popen([str(program(mock)), *args], env=env, stdout=out, stderr=err) as process:
            os.close(terminal)
            seen = b""
            while True:
                try:
                    chunk = os.read(controller, 65536)
                except OSError as exc:  # EIO: the child closed the terminal
                    assert exc.errno == errno.EIO
                    break
                if not chunk:
                    break
                seen += chunk
            status = process.wait(timeout=60)
        other.seek(0)
        text = other.read()
    os.close(controller)
    return status, _ANSI.sub("", seen.decode("utf-8", "replace")), text


def test_a_terminal_gets_a_table_by_default(cyberhaven_mock: MockService) -> None:
    status, table, _ = on_terminal(cyberhaven_mock, "incidents", "list", "--limit", "3", stream="stdout")
    assert status == 0
    assert table.splitlines()[0].split() == [
        "trigger_time",
        "policy.severity",
        "status",
        "user.email",
        "dataset.name",
        "id",
    ]
    assert len([line for line in table.splitlines() if line.strip()]) == 2 + 3  # header, rule, three rows


def test_the_progress_line_on_a_terminal_counts_records_pages_and_waits(cyberhaven_mock: MockService) -> None:
    cyberhaven_mock.faults.add("list_incidents", "status", status=429, retry_after=1, after=1)
    status, progress, records = on_terminal(
        cyberhaven_mock, "incidents", "list", "--all", "--size", "100", "--format", "ndjson", stream="stderr"
    )
    assert status == 0 and len(records.splitlines()) == 300
    final = progress.replace("\r", "\n").strip().splitlines()[-1]
    assert "300 of 300 records" in final and "3 pages" in final
    assert re.search(r"waited 1\.\d s for the rate limit or Retry-After", final), final
    quiet, shown, _ = on_terminal(cyberhaven_mock, "incidents", "list", "--all", "--quiet", stream="stderr")
    assert quiet == 0 and shown.strip() == ""


def test_ctrl_c_prints_the_cursor_and_the_pull_resumes_from_it(cyberhaven_mock: MockService) -> None:
    everything = server_incidents(cyberhaven_mock)
    cyberhaven_mock.faults.add("list_incidents", "delay", delay_s=5, after=2)  # the third page takes its time
    command = [str(program(cyberhaven_mock)), "incidents", "list", "--all", "--size", "50"]
    with subprocess.Popen(
        command, env=environment(cyberhaven_mock), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        written = [process.stdout.readline() for _ in range(100)]  # two pages arrived
        process.send_signal(signal.SIGINT)
        written += process.stdout.readlines()
        stderr = process.stderr.read()
        status = process.wait(timeout=60)
    assert status == ExitCode.INTERRUPTED.value == 130
    assert "Traceback" not in stderr
    message = stderr.strip().splitlines()[-1]
    assert "interrupted after 100 records in 2 pages; resume with --cursor " in message
    cursor = message.rsplit("--cursor ", 1)[1]
    first = [json.loads(line) for line in written]
    rest = run(cyberhaven_mock, "incidents", "list", "--all", "--size", "50", "--cursor", cursor).records()
    assert first + rest == everything  # nothing lost, nothing twice
