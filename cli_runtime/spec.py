"""What a generated CLI module declares: one `Command` per operation, read from the spec by the generator.

Each generated package's `cli.py` holds an `Api` with a tuple of `Command`s (plain data, no behaviour), and
`cli_runtime.app` builds the typer application from it. Nothing here imports typer, so the generator can import
the names the CLI keeps for itself (`COMMAND_OPTIONS`) to check a spec's options against them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, Literal

from attrs import field, frozen

__all__ = ["COMMAND_OPTIONS", "Api", "Argument", "Command", "Kind", "Option", "Where"]

# What a value on the command line becomes: a JSON scalar, a list of them (comma list or the flag repeated),
# or any JSON value (`--query '{"combinator": "and", "rules": []}'`, or `@file.json`).
Kind = Literal["string", "integer", "number", "boolean", "array", "json"]

# The options every command may have besides those of its operation; an operation's option may not take one of
# these names (x-cli.options renames it). The connection options (settings, connect() knobs) are added at run time.
COMMAND_OPTIONS = frozenset(
    {
        "all",
        "any",
        "body",
        "columns",
        "cursor",
        "debug",
        "format",
        "help",
        "limit",
        "quiet",
        "verbose",
        "version",
        "where",
    }
)


@frozen
class Argument:
    """A path parameter: a positional argument of the command, in path order."""

    name: str  # the spec's name (`id`); shown upper-cased
    help: str = ""
    kind: Kind = "string"
    choices: tuple[str, ...] = ()


@frozen
class Option:
    """A query parameter or a field of the request body, as `--<flag>`.

    The value goes to the resource method's keyword `argument`, at `path` inside it: `("policy_severities",)` for
    `--policy-severities` of `filter`, `()` for the argument itself. `kind` says how the text is read; `items` is
    the kind of an array's elements; `choices` are the values the spec lists (`strict`: only those are accepted;
    otherwise they are the known ones of an open enum). `default` is the server's default (shown, never sent).
    """

    flag: str
    argument: str
    path: tuple[str, ...] = ()
    kind: Kind = "string"
    items: Kind | None = None
    choices: tuple[str, ...] = ()
    strict: bool = True
    default: Any = None
    format: str | None = None
    help: str = ""
    required: bool = False
    sensitive: bool = False  # `format: password`: the value is treated as a secret
    panel: str = "Options"  # the help section it is listed in


@frozen
class Where:
    """`--where 'FIELD OPERATOR VALUE'` builds the rule group an operation's body takes (`x-cli.where`).

    The group goes to the keyword `argument` as `{combinator: all|any, rules: [rule, ...]}` with each rule
    `{field: FIELD, operator: OPERATOR, value: VALUE, **constants}` (the key names as the spec spells them)."""

    argument: str
    operators: tuple[str, ...] = ()
    constants: Mapping[str, Any] = field(factory=dict)
    combinator_key: str = "combinator"
    rules_key: str = "rules"
    field_key: str = "field"
    operator_key: str = "operator"
    value_key: str = "value"
    all: str = "and"
    any: str = "or"


@frozen
class Command:
    """One operation as `<prog> <group> <name>`: `resource` and `method` are its `x-resource` names.

    `paginated`: the resource method returns a pager (`--all`, `--limit`, `--cursor`). `items`: the JSON pointer
    of the records in an answer (`x-pagination.items` or `x-resource.items`); None: the answer is one record.
    `body_fields`: the body's top-level JSON names and the keyword argument each goes to (for `--body`).
    `columns`: the default table columns, dotted paths into a record. `sensitive`: paths of record fields the
    spec marks `format: password`, shown as `***` (`*` stands for every element of a list).
    """

    resource: str
    method: str
    operation_id: str
    http: str  # "POST /v2/incidents/list"
    summary: str = ""
    description: str = ""
    arguments: tuple[Argument, ...] = ()
    options: tuple[Option, ...] = ()
    has_body: bool = False
    body_fields: Mapping[str, str] = field(factory=dict)
    paginated: bool = False
    items: str | None = None
    columns: tuple[str, ...] = ()
    where: Where | None = None
    sensitive: tuple[tuple[str, ...], ...] = ()

    @property
    def group(self) -> str:
        return self.resource.replace("_", "-")

    @property
    def name(self) -> str:
        return self.method.replace("_", "-")


@frozen
class Api:
    """One generated package's command line: its program name, package, and commands.

    `package` is the generated package itself (`connect`, `PROFILE`, `__version__`, `__spec_version__`); it is
    imported by the generated `cli.py`, so nothing here names a vendor."""

    name: str  # the program: `cyberhaven`
    package: ModuleType
    commands: tuple[Command, ...]

    @property
    def connect(self) -> Callable[..., Any]:
        connect: Callable[..., Any] = self.package.connect
        return connect

    @property
    def profile(self) -> Any:
        return self.package.PROFILE

    @property
    def title(self) -> str:
        return str(self.profile.title)
