"""The classification: every kind of change the report knows, its class, and why. One table.

Each class is judged for *callers of the generated client*, not for the wire: after regeneration, does
code written against the previous package still work? Response models are lenient (issue #9): they keep
unknown fields, accept unknown enum values, nulls and values of another type without raising. So a new
response enum value breaks nobody, while a removed response field breaks code that reads the attribute.
The runtime follows the spec's auth, limit and retry extensions by itself, so most extension changes
need nothing from callers.

A new `x-` extension gets its rule with one `**extension(...)` line below; an extension without one is
reported as possibly breaking.
"""

from __future__ import annotations

import enum

from attrs import frozen


class Severity(enum.Enum):
    """How a change affects code written against the previous generated package. Ordered: worst first."""

    BREAKING = "breaking"
    POSSIBLY_BREAKING = "possibly breaking"
    NON_BREAKING = "non-breaking"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


BREAKING = Severity.BREAKING
POSSIBLY = Severity.POSSIBLY_BREAKING
NON = Severity.NON_BREAKING


@frozen
class Rule:
    severity: Severity
    why: str
    adds: bool = False  # a non-breaking addition bumps the minor version; other non-breaking changes the patch

    @property
    def bump(self) -> str:
        """The semver part this change bumps: major, minor or patch."""
        if self.severity is BREAKING:
            return "major"
        return "minor" if self.severity is POSSIBLY or self.adds else "patch"


def extension(
    name: str,
    *,
    added: Severity,
    removed: Severity,
    changed: Severity,
    why: str,
    lowered: Severity | None = None,
) -> dict[str, Rule]:
    """The rows of one `x-` extension: `<name> added|removed|changed`, and `<name> lowered` when every
    number (or flag) in it went down, for extensions where less means slower or fewer retries."""
    rows = {
        f"{name} added": Rule(added, why, adds=added is NON),
        f"{name} removed": Rule(removed, why),
        f"{name} changed": Rule(changed, why),
    }
    if lowered is not None:
        rows[f"{name} lowered"] = Rule(lowered, why)
    return rows


# Keys that only document: a change to them is not a change of the API.
DOCUMENTATION_ONLY = frozenset(
    {"description", "summary", "example", "examples", "title", "x-source", "x-source-note", "externalDocs", "tags"}
)

RULES: dict[str, Rule] = {
    # ---- operations
    "api-added": Rule(NON, "a new API: a new generated package", adds=True),
    "operation-added": Rule(NON, "a new generated function; nothing existing changes", adds=True),
    "operation-removed": Rule(BREAKING, "its generated module and functions disappear"),
    "operation-renamed": Rule(BREAKING, "its generated module and functions take the new operationId's name"),
    "operation-moved": Rule(NON, "the same generated function now calls the new path or method"),
    "operation-deprecated": Rule(NON, "still generated and callable; plan to move off it"),
    "operation-security-changed": Rule(POSSIBLY, "the operation now needs other credentials, or none"),
    # ---- parameters and request bodies (what callers send)
    "parameter-added": Rule(NON, "a new optional keyword argument", adds=True),
    "parameter-added-required": Rule(BREAKING, "a new required argument: existing calls lack it"),
    "parameter-removed": Rule(BREAKING, "calls passing it fail with TypeError"),
    "parameter-made-required": Rule(BREAKING, "calls that omit it fail"),
    "parameter-made-optional": Rule(NON, "existing calls still pass it"),
    "parameter-moved": Rule(BREAKING, "the argument moves (e.g. from the function into the body model)"),
    "request-body-added": Rule(NON, "a new optional `body` argument", adds=True),
    "request-body-added-required": Rule(BREAKING, "a new required `body` argument"),
    "request-body-removed": Rule(BREAKING, "calls passing `body` fail"),
    "request-body-made-required": Rule(BREAKING, "calls without `body` fail"),
    "request-body-made-optional": Rule(NON, "existing calls still pass `body`"),
    "request-field-added": Rule(NON, "a new optional field of a request model", adds=True),
    "request-field-added-required": Rule(BREAKING, "the request model's constructor needs a new argument"),
    "request-field-removed": Rule(BREAKING, "code setting it fails: the model has no such argument"),
    "request-field-made-required": Rule(BREAKING, "code that omits it fails"),
    "request-field-made-optional": Rule(NON, "code that sets it still works"),
    "request-type-changed": Rule(BREAKING, "values of the old type no longer fit"),
    "request-type-widened": Rule(NON, "every old value still fits"),
    "request-enum-value-added": Rule(NON, "a new value callers may send", adds=True),
    "request-enum-value-removed": Rule(BREAKING, "callers sending it are refused, and the enum member is gone"),
    "request-model-renamed": Rule(POSSIBLY, "code naming the model class by its old name breaks"),
    # ---- responses (what callers read)
    "response-body-added": Rule(NON, "the function now returns a parsed model", adds=True),
    "response-body-removed": Rule(BREAKING, "the function returns no model: code reading it fails"),
    "response-field-added": Rule(NON, "a new attribute; lenient models kept it before, too", adds=True),
    "response-field-removed": Rule(BREAKING, "code reading the attribute fails"),
    "response-field-made-optional": Rule(POSSIBLY, "code reading it may now meet Unset"),
    "response-field-made-required": Rule(NON, "it is now always there"),
    "response-type-changed": Rule(POSSIBLY, "lenient models keep the value as sent; code using it may break"),
    "response-type-widened": Rule(POSSIBLY, "values of a new type (or null) may arrive; code using it may break"),
    "response-type-narrowed": Rule(NON, "fewer kinds of values arrive; code handling the old ones still works"),
    "response-enum-value-added": Rule(NON, "lenient models accept values they do not list", adds=True),
    "response-enum-value-removed": Rule(POSSIBLY, "the value no longer arrives; code naming the enum member breaks"),
    "response-model-renamed": Rule(POSSIBLY, "code naming the model class by its old name breaks"),
    # ---- security schemes, servers, connect() settings (x-client)
    "security-requirement-changed": Rule(BREAKING, "the API now wants another scheme: callers need other credentials"),
    "security-alternative-added": Rule(
        NON, "connect() also takes another credential; the old ones still work", adds=True
    ),
    "security-alternative-removed": Rule(BREAKING, "callers using the dropped credential can no longer connect"),
    "security-scheme-added": Rule(NON, "unused until an operation requires it", adds=True),
    "security-scheme-removed": Rule(BREAKING, "credentials for it no longer work"),
    "security-scheme-changed": Rule(BREAKING, "the kind of credential changed"),
    "security-scheme-header-renamed": Rule(NON, "the client sends the credential under the new header by itself"),
    "server-changed": Rule(POSSIBLY, "connect() without base_url now reaches another URL"),
    "package-renamed": Rule(BREAKING, "every import of the package changes"),
    "env-prefix-changed": Rule(BREAKING, "deployments set <PREFIX>_SHARED_STATE_URL; the old name is no longer read"),
    "setting-added": Rule(NON, "a new connect() argument with a default", adds=True),
    "setting-added-required": Rule(BREAKING, "connect() raises ConfigurationError until it is set"),
    "setting-removed": Rule(BREAKING, "connect() rejects the argument; its environment variable is ignored"),
    "setting-environment-added": Rule(NON, "one more environment variable is read", adds=True),
    "setting-environment-removed": Rule(BREAKING, "a variable deployments set is no longer read"),
    "setting-default-changed": Rule(POSSIBLY, "callers relying on the default get another value"),
    # ---- our x- extensions (specs/EXTENSIONS.md); one line each
    **extension(
        "x-rate-limits",
        added=POSSIBLY,
        removed=NON,
        changed=NON,
        lowered=POSSIBLY,
        why="the client throttles itself to the declared limits: lower ones slow pipelines, never fail calls",
    ),
    **extension(
        "x-pagination",
        added=NON,
        removed=BREAKING,
        changed=POSSIBLY,
        why="the iterate_/aiterate_ walkers come from it: removed, they disappear; changed, they page differently",
    ),
    **extension(
        "x-safe-to-retry",
        added=NON,
        removed=POSSIBLY,
        changed=NON,
        lowered=POSSIBLY,
        why="a POST no longer retried surfaces transient 429/5xx failures to callers",
    ),
    **extension(
        "x-auth-plugin",
        added=NON,
        removed=BREAKING,
        changed=POSSIBLY,
        why="another credential flow: check the credentials still fit",
    ),
    **extension(
        "x-token-setting",
        added=NON,
        removed=POSSIBLY,
        changed=POSSIBLY,
        why="the key is read from another connect() setting",
    ),
    **extension("x-token-prefix", added=NON, removed=NON, changed=NON, why="the client sends the new prefix itself"),
    **extension("x-extra-headers", added=NON, removed=NON, changed=NON, why="the client sends the headers itself"),
    **extension("x-token-exchange", added=NON, removed=NON, changed=NON, why="the client follows the new exchange"),
    **extension("x-error-body", added=NON, removed=NON, changed=NON, why="only where errors find the server's message"),
    **extension(
        "x-errors-in-body",
        added=POSSIBLY,
        removed=POSSIBLY,
        changed=POSSIBLY,
        why="which 2xx bodies raise ErrorsInBodyError (errors, no payload) and which error codes are logged",
    ),
    **extension(
        "x-resource",
        added=NON,
        removed=BREAKING,
        changed=BREAKING,
        why="the resource client's attribute and method (and the CLI command) come from it: renamed, old calls fail",
    ),
    **extension(
        "x-cli",
        added=NON,
        removed=POSSIBLY,
        changed=POSSIBLY,
        why="the CLI's table columns, option names and --where come from it: scripts using a renamed option or "
        "a removed --where break",
    ),
    # ---- the Python surface of the generated package (griffe)
    "python-added": Rule(NON, "a new public name", adds=True),
    "python-removed": Rule(BREAKING, "imports and attribute reads of it fail"),
    "python-renamed": Rule(BREAKING, "imports and calls under the old name fail"),
    "python-kind-changed": Rule(BREAKING, "e.g. a module became a class: its uses break"),
    "python-parameter-removed": Rule(BREAKING, "calls passing it fail"),
    "python-parameter-added-required": Rule(BREAKING, "existing calls lack it"),
    "python-parameter-made-required": Rule(BREAKING, "calls that omit it fail"),
    "python-parameter-moved": Rule(BREAKING, "positional calls pass it in the wrong place"),
    "python-parameter-kind-changed": Rule(BREAKING, "e.g. positional became keyword-only"),
    "python-parameter-default-changed": Rule(POSSIBLY, "calls relying on the default get another value"),
    "python-base-removed": Rule(BREAKING, "isinstance checks and inherited members break"),
    "python-annotation-changed": Rule(POSSIBLY, "the declared type changed: code using the value may break"),
    "python-field-required": Rule(BREAKING, "a request model's constructor needs a new argument"),
    "python-response-field-required": Rule(POSSIBLY, "only code building this response model by hand breaks"),
    "python-not-compared": Rule(POSSIBLY, "the old spec predates this generator's extension vocabulary; check by hand"),
}

# For an `x-` extension without rows above (e.g. one added after this table was written).
UNKNOWN_EXTENSION = Rule(POSSIBLY, "an extension without a rule in generator/diff/rules.py")


def rule(kind: str) -> Rule:
    """The rule of a change kind; unknown `x-` extensions get UNKNOWN_EXTENSION."""
    if kind in RULES:
        return RULES[kind]
    if kind.startswith("x-"):
        return UNKNOWN_EXTENSION
    raise KeyError(f"no rule for change kind {kind!r}")


def rules_markdown() -> str:
    """The table as README.md shows it (a test keeps the two equal)."""
    lines = ["| change | class | version bump | why |", "|---|---|---|---|"]
    lines += [f"| `{kind}` | {r.severity.value} | {r.bump} | {r.why} |" for kind, r in RULES.items()]
    lines.append(
        f"| any other `x-…` extension | {UNKNOWN_EXTENSION.severity.value} | minor | {UNKNOWN_EXTENSION.why} |"
    )
    return "\n".join(lines) + "\n"
