"""`make contract-deep` in miniature: the runner serves the mock, runs the schemathesis CLI with
schemathesis.toml, and passes its verdict on, so the deep profile cannot rot unnoticed."""

from __future__ import annotations

import pytest

from tests.contract import deep
from tests.credentials import MOCK_ENVIRONMENT

TINY = ["--max-examples", "2", "--max-time", "1", "--seed", "1"]


def test_both_apis_pass_a_short_run(capfd: pytest.CaptureFixture[str]) -> None:
    assert deep.main(TINY) == 0
    out = capfd.readouterr().out
    assert out.count("schemathesis run") == 2
    assert "contract-deep (seed 1): every check passed" in out


def test_a_failing_run_fails_the_runner(monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(deep, "MOCK_ENVIRONMENT", {**MOCK_ENVIRONMENT, "CYBERHAVEN_API_KEY": "revoked-key"})
    assert deep.main(["cyberhaven", *TINY]) == 1
    out = capfd.readouterr().out
    assert "FAILED for cyberhaven" in out
    assert "revoked-key" not in out  # the rejected key is not echoed into the CI log
