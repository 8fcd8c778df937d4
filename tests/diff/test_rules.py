"""The rules table: the README shows exactly it, every extension we validate has rows, versions follow it."""

from __future__ import annotations

import pytest

from generator import extensions
from generator.diff.changes import Change, bump_of
from generator.diff.ledger import next_version
from generator.diff.rules import BREAKING, NON, POSSIBLY, RULES, UNKNOWN_EXTENSION, rule, rules_markdown
from generator.specfile import REPO_ROOT


def test_the_readme_shows_the_rules_table_of_the_code() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- rules table:")
    table = readme[readme.index("\n", start) + 1 : readme.index("<!-- end of rules table -->")]
    assert table == rules_markdown()


@pytest.mark.parametrize(
    "name", sorted({*extensions.ROOT, *extensions.SECURITY_SCHEME, *extensions.OPERATION} - {"x-client"})
)
def test_every_extension_we_validate_has_its_rows(name: str) -> None:
    # x-client is compared field by field (package, settings, environment variables, defaults).
    assert {f"{name} added", f"{name} removed", f"{name} changed"} <= RULES.keys()


def test_an_extension_without_rows_is_possibly_breaking() -> None:
    assert rule("x-not-in-the-table changed") is UNKNOWN_EXTENSION
    assert UNKNOWN_EXTENSION.severity is POSSIBLY
    with pytest.raises(KeyError):
        rule("no-such-kind")


def _change(kind: str) -> Change:
    return Change(kind, "", "", "")


@pytest.mark.parametrize(
    ("kinds", "bump", "version"),
    [
        (["response-enum-value-added", "response-field-removed"], "major", "2.0.0"),
        (["response-type-changed", "operation-added"], "minor", "1.5.0"),
        (["operation-added"], "minor", "1.5.0"),
        (["operation-moved", "x-rate-limits changed"], "patch", "1.4.3"),
        ([], "patch", "1.4.3"),
    ],
)
def test_semver_follows_the_classification(kinds: list[str], bump: str, version: str) -> None:
    assert bump_of(_change(k) for k in kinds) == bump
    assert next_version("1.4.2", bump) == version


def test_classes_judged_for_callers_of_the_lenient_generated_client() -> None:
    assert RULES["response-enum-value-added"].severity is NON  # lenient models accept unknown values
    assert RULES["response-field-removed"].severity is BREAKING  # code reading it fails
    assert RULES["response-type-changed"].severity is POSSIBLY  # kept as sent; code using it may break
    assert RULES["request-field-added-required"].severity is BREAKING
