"""README.md shows the drift kinds and exit statuses exactly as contract_check/kinds.py has them, and each drift
kind's class is the class the change report gives its equivalent spec change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from auth_plugins import defaults
from contract_check.kinds import DRIFT_KINDS, ExitStatus, exit_status_markdown, kinds_markdown
from generator.diff.rules import RULES
from generator.specfile import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "table"), [("drift check exit statuses", exit_status_markdown), ("drift kinds", kinds_markdown)]
)
def test_the_readme_shows_the_table(name: str, table: Callable[[], str]) -> None:
    start = README.index(f"<!-- {name}:")
    shown = README[README.index("\n", start) + 1 : README.index(f"<!-- end of {name} -->")]
    assert shown == table()


def test_each_drift_kind_is_classed_as_its_equivalent_change() -> None:
    for name, kind in DRIFT_KINDS.items():
        assert (kind.change is None) != (kind.own is None), f"{name}: an equivalent change or a class of its own"
        if kind.change is not None:
            assert kind.severity is RULES[kind.change].severity, name


def test_the_exit_statuses_stay_clear_of_the_clis_own() -> None:
    assert int(ExitStatus.NO_DRIFT) == 0
    assert all(status >= 10 for status in ExitStatus if status is not ExitStatus.NO_DRIFT)
    assert len(set(ExitStatus)) == 6


def test_the_defaults_are_the_documented_ones() -> None:
    row = f"| {defaults.CONTRACT_CHECK_TIME_BUDGET_SECONDS:g} s, {defaults.CONTRACT_CHECK_PAGE_SIZE} records |"
    assert row in README
