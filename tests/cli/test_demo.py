"""`make demo` (README's first command) runs end to end and shows each part issue #12 asks of it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from generator.specfile import REPO_ROOT


def test_the_demo_shows_the_product() -> None:
    env_free_of_settings = {k: v for k, v in os.environ.items() if not k.startswith(("SEVCO_", "CYBERHAVEN_"))}
    result = subprocess.run(
        [sys.executable, "-m", "demo"],
        cwd=REPO_ROOT,
        env=env_free_of_settings,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "$ cyberhaven incidents list --all --format ndjson | wc -l\n  300\n" in out  # a pull piped into a count
    assert re.search(r"\$ cyberhaven incidents update .* --status closed", out) and "  closed  " in out
    assert "the API key works" in out  # the token check
    assert "a page of 25 of" in out and "devices by OS" in out  # the resource client
    assert "HTTP 401" in out and re.search(r"token exchanges (\d+) -> (\d+)", out)  # the refresh, visible
    assert "got HTTP 429; retrying in 1.00s" in out  # the 429, visible
    assert "What the servers counted" in out and "answered 429 1 time(s)" in out
    assert "Where to go next" in out and re.search(r"the demo took [\d.]+ s", out)
