"""Building the typer application of one API from its generated declarations (spec.Api), and running it.

`<prog> <resource> <method> [ARGS] [OPTIONS]` for every `Command`, the hand-written commands of handwritten.py,
and on the root and on every command the connection options (connection.py) and `--verbose` / `--debug`, so they
may come before or after the command. `--help` at every level shows the spec's summaries, each option's type,
allowed values and server default, the environment variables read and the exit statuses.

typer reads a command's options from its function's signature; here the options come from data, so each command
function is given a signature made from its declarations (`_typer_function`), which typer reads as it would a
hand-written one.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import typer
from rich.markup import escape

from . import exit_codes
from .arguments import JSON_METAVAR, build_call, choice_parser, json_parser, list_parser
from .connection import ConnectionOption, connection_options, environment_help
from .handwritten import HAND_WRITTEN, PASS_THROUGH, HandWritten, PassThrough
from .operation import call_once, pull
from .output import Format, writer
from .session import Session
from .spec import Api, Command, Option

__all__ = ["build", "run"]

_KEYWORD = inspect.Parameter.KEYWORD_ONLY
_OUTPUT, _PAGING, _CONNECTION = "Output", "Paging", "Connection and diagnostics"
_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float, "boolean": bool}


def run(api: Api, prog_name: str | None = None) -> None:
    """Run the command line of `api` on sys.argv (the generated `main()`, `python -m <package>`)."""
    build(api, prog_name or api.name)(prog_name=prog_name or api.name)


def build(api: Api, prog: str | None = None) -> typer.Typer:
    """The typer application of `api`."""
    prog = prog or api.name
    connection = connection_options(api)
    app = typer.Typer(
        name=api.name,
        help=escape(
            f"The {api.title} from the command line: every operation as `{api.name} RESOURCE METHOD`, "
            f"generated from its spec. Records come out as the server sent them (NDJSON when stdout is not a "
            "terminal, a table when it is)."
        ),
        epilog=_epilog(api),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,  # a traceback could show locals holding a key: errors are ours to print
        rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root_function(api, prog, connection))
    groups: dict[str, typer.Typer] = {}
    for command in api.commands:
        if command.group not in groups:
            methods = [c.name for c in api.commands if c.group == command.group]
            groups[command.group] = typer.Typer(
                help=escape(f"{command.resource}: {', '.join(methods)}"), no_args_is_help=True
            )
            app.add_typer(groups[command.group], name=command.group, rich_help_panel="Resources")
        groups[command.group].command(
            command.name,
            help=_command_help(command),
            short_help=escape(command.summary),
            epilog=_epilog(api, command),
        )(_command_function(command, connection))
    for extra in HAND_WRITTEN:
        if extra.applies(api):
            app.command(
                extra.name,
                help=escape(inspect.getdoc(extra.function) or ""),
                epilog=_epilog(api),
                rich_help_panel=extra.panel,
            )(_hand_written_function(extra, connection))
    for passing in PASS_THROUGH:
        app.command(
            passing.name,
            help=escape(passing.summary),
            rich_help_panel=passing.panel,
            add_help_option=False,  # its own parser answers --help
            context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
        )(_pass_through_function(passing, api, prog))
    return app


def _pass_through_function(command: PassThrough, api: Api, prog: str) -> Callable[[typer.Context], None]:
    def invoke(ctx: typer.Context) -> None:
        raise typer.Exit(command.run(list(ctx.args), api.name, f"{prog} {command.name}"))

    return invoke


# -- the root ------------------------------------------------------------------------------------------------


def _root_function(api: Api, prog: str, connection: tuple[ConnectionOption, ...]) -> Callable[..., None]:
    def show_version(value: bool) -> None:
        if value:
            package = api.package
            typer.echo(
                f"{api.name} {package.__version__} ({package.__name__}, spec {package.__spec_version__}, "
                f"generator {package.__generator_version__})"
            )
            raise typer.Exit()

    version = inspect.Parameter(
        "version",
        _KEYWORD,
        default=False,
        annotation=Annotated[
            bool,
            typer.Option("--version", help="Show the version and exit.", callback=show_version, is_eager=True),
        ],
    )

    def root(ctx: typer.Context, values: dict[str, Any]) -> None:
        session = Session(api, prog, connection)
        session.take(_global_values(values))
        ctx.obj = session
        ctx.call_on_close(session.close)

    return _typer_function([version, *_global_parameters(connection, taken=())], root)


def _global_parameters(connection: Sequence[ConnectionOption], taken: Sequence[str]) -> list[inspect.Parameter]:
    """The connection options (less any flag a command uses itself) and --verbose / --debug."""
    parameters = []
    for option in connection:
        if option.flag in taken:
            continue
        decls = [f"--{option.flag}/--no-{option.flag}"] if option.type is bool else [f"--{option.flag}"]
        parameters.append(
            inspect.Parameter(
                f"g_{option.keyword}",
                _KEYWORD,
                default=None,
                annotation=Annotated[
                    option.type | None,
                    typer.Option(*decls, help=escape(option.help), show_default=False, rich_help_panel=_CONNECTION),
                ],
            )
        )
    for flag, text in (
        ("verbose", "Log each retry and each long wait on stderr."),
        ("debug", "Log every request on stderr, and show the traceback of an error (keys and tokens stay hidden)."),
    ):
        parameters.append(
            inspect.Parameter(
                f"g_{flag}",
                _KEYWORD,
                default=False,
                annotation=Annotated[bool, typer.Option(f"--{flag}", help=text, rich_help_panel=_CONNECTION)],
            )
        )
    return parameters


def _global_values(values: dict[str, Any]) -> dict[str, Any]:
    return {name[2:]: value for name, value in values.items() if name.startswith("g_")}


# -- generated commands ------------------------------------------------------------------------------------------


def _command_function(command: Command, connection: tuple[ConnectionOption, ...]) -> Callable[..., None]:
    parameters = [_argument_parameter(index, argument) for index, argument in enumerate(command.arguments)]
    parameters += [_option_parameter(index, option, command) for index, option in enumerate(command.options)]
    parameters += _standard_parameters(command)
    own_flags = [option.flag for option in command.options]

    def invoke(ctx: typer.Context, values: dict[str, Any]) -> None:
        session = Session.of(ctx)
        session.take(_global_values(values))
        session.start()
        with session.guard(f"{command.group} {command.name}", command):
            _run(session, command, values)

    return _typer_function([*parameters, *_global_parameters(connection, taken=own_flags)], invoke)


def _run(session: Session, command: Command, values: dict[str, Any]) -> None:
    positional = [values[f"arg_{index}"] for index in range(len(command.arguments))]
    given = {
        option: values[f"opt_{index}"]
        for index, option in enumerate(command.options)
        if values[f"opt_{index}"] is not None
    }
    for option, value in given.items():
        if option.sensitive and isinstance(value, str):
            session.keep_secret(value)
    call = build_call(
        command,
        positional,
        given,
        body=values.get("body"),
        where=values.get("where") or (),
        any_of=bool(values.get("any_")),
    )
    terminal = sys.stdout.isatty()
    chosen = values["format_"] or (Format.TABLE if terminal else Format.NDJSON)
    columns = [c.strip() for c in (values["columns"] or "").split(",") if c.strip()] or list(command.columns)
    out = writer(chosen, sys.stdout, columns=columns, sensitive=command.sensitive, terminal=terminal)
    quiet = bool(values["quiet"])
    if command.paginated:
        pull(
            session,
            command,
            call,
            out,
            every=bool(values["all_"]),
            limit=values["limit"],
            cursor=values["cursor"],
            quiet=quiet,
        )
    else:
        call_once(session, command, call, out, quiet=quiet)


def _argument_parameter(index: int, argument: Any) -> inspect.Parameter:
    text = argument.help + (f" One of: {', '.join(argument.choices)}." if argument.choices else "")
    return inspect.Parameter(
        f"arg_{index}",
        _KEYWORD,
        annotation=Annotated[
            _TYPES.get(argument.kind, str),
            typer.Argument(metavar=argument.name.upper(), help=escape(text), show_default=False),
        ],
    )


def _option_parameter(index: int, option: Option, command: Command) -> inspect.Parameter:
    text = _option_help(option)
    if command.where is not None and option.argument == command.where.argument and not option.path:
        text = text.replace(" Required.", "") + " Or use --where (without either: every record)."
    common: dict[str, Any] = {"help": escape(text), "show_default": False, "rich_help_panel": option.panel}
    flag = f"--{option.flag}"
    annotation: Any
    if option.kind == "boolean":
        annotation = Annotated[bool | None, typer.Option(f"{flag}/--no-{option.flag}", **common)]
    elif option.kind in ("integer", "number"):
        annotation = Annotated[_TYPES[option.kind] | None, typer.Option(flag, metavar=_metavar(option), **common)]
    elif option.kind == "array":
        annotation = Annotated[
            list[str] | None, typer.Option(flag, metavar=_metavar(option), parser=list_parser(option), **common)
        ]
    elif option.kind == "json":
        annotation = Annotated[
            str | None, typer.Option(flag, metavar=JSON_METAVAR, parser=json_parser(option.flag), **common)
        ]
    else:
        annotation = Annotated[
            str | None, typer.Option(flag, metavar=_metavar(option), parser=choice_parser(option), **common)
        ]
    return inspect.Parameter(f"opt_{index}", _KEYWORD, default=None, annotation=annotation)


def _standard_parameters(command: Command) -> list[inspect.Parameter]:
    """--body, --where/--any, the output options, and for paginated commands the paging options."""

    def option(name: str, annotation: Any, default: Any = None) -> inspect.Parameter:
        return inspect.Parameter(name, _KEYWORD, default=default, annotation=annotation)

    found = []
    if command.has_body:
        found.append(
            option(
                "body",
                Annotated[
                    str | None,
                    typer.Option(
                        "--body",
                        metavar=JSON_METAVAR,
                        parser=json_parser("body"),
                        help="The whole request body as JSON, a JSON file (@file.json) or - for stdin; the "
                        "options above set their fields over it.",
                        show_default=False,
                        rich_help_panel="Request body",
                    ),
                ],
            )
        )
    if command.where is not None:
        operators = ", ".join(command.where.operators) or "any"
        found += [
            option(
                "where",
                Annotated[
                    list[str] | None,
                    typer.Option(
                        "--where",
                        metavar="'FIELD OPERATOR VALUE'",
                        help=escape(
                            f"A rule of the {command.where.argument} rule group, e.g. 'hostnames like web-*'; repeat "
                            f"for more (all must match; --any: one must). OPERATOR: {operators}. VALUE is read as JSON "
                            'when it is JSON (7, true, {"raw": "now-7d/d"}), else as text. Without --where: '
                            "every record."
                        ),
                        show_default=False,
                        rich_help_panel="Query",
                    ),
                ],
            ),
            option(
                "any_",
                Annotated[
                    bool,
                    typer.Option("--any", help="Match records that fit any --where rule.", rich_help_panel="Query"),
                ],
                default=False,
            ),
        ]
    found += [
        option(
            "format_",
            Annotated[
                Format | None,
                typer.Option(
                    "--format",
                    help="table, json, ndjson or csv; default: a table on a terminal, NDJSON otherwise. JSON and "
                    "NDJSON give each record as the server sent it.",
                    show_default=False,
                    rich_help_panel=_OUTPUT,
                ),
            ],
        ),
        option(
            "columns",
            Annotated[
                str | None,
                typer.Option(
                    "--columns",
                    metavar="A,B.C,...",
                    help=escape(
                        "The columns of a table or CSV, dotted paths into a record"
                        + (f"; default: {','.join(command.columns)}" if command.columns else "")
                    ),
                    show_default=False,
                    rich_help_panel=_OUTPUT,
                ),
            ],
        ),
        option(
            "quiet",
            Annotated[
                bool,
                typer.Option("--quiet", "-q", help="No progress line, no hints on stderr.", rich_help_panel=_OUTPUT),
            ],
            default=False,
        ),
    ]
    if command.paginated:
        found += [
            option(
                "all_",
                Annotated[
                    bool,
                    typer.Option(
                        "--all", help="Every page, one at a time (memory stays at one page).", rich_help_panel=_PAGING
                    ),
                ],
                default=False,
            ),
            option(
                "limit",
                Annotated[
                    int | None,
                    typer.Option(
                        "--limit",
                        min=0,
                        help="Stop after this many records (walking pages as needed).",
                        show_default=False,
                        rich_help_panel=_PAGING,
                    ),
                ],
            ),
            option(
                "cursor",
                Annotated[
                    str | None,
                    typer.Option(
                        "--cursor",
                        help="Start from this page: the cursor a previous run printed (interrupted, or one page).",
                        show_default=False,
                        rich_help_panel=_PAGING,
                    ),
                ],
            ),
        ]
    return found


def _option_help(option: Option) -> str:
    parts = [
        option.help.rstrip(".") + "." if option.help else f"The `{'.'.join((option.argument, *option.path))}` field."
    ]
    if option.kind == "array":
        parts.append("A comma list, or the option repeated.")
    if option.choices:
        parts.append(("Values: " if option.strict else "Known values: ") + ", ".join(option.choices) + ".")
    if option.format == "date-time":
        parts.append("An RFC 3339 time, e.g. 2026-11-01T00:00:00Z.")
    elif option.format:
        parts.append(f"Format: {option.format}.")
    if option.default is not None:
        parts.append(f"Server default: {option.default}.")
    if option.required:
        parts.append("Required.")
    if option.sensitive:
        parts.append("A secret: never printed.")
    return " ".join(parts)


def _metavar(option: Option) -> str:
    if option.kind == "array":
        inner = Option(
            option.flag, option.argument, kind=option.items or "string", choices=option.choices, strict=option.strict
        )
        return f"{_metavar(inner)},..."
    if option.choices and option.strict and len(option.choices) <= 8:
        return "[" + "|".join(option.choices) + "]"
    if option.format == "date-time":
        return "DATETIME"
    return {"integer": "INTEGER", "number": "NUMBER", "boolean": "BOOLEAN"}.get(option.kind, "TEXT")


def _command_help(command: Command) -> str:
    text = command.summary
    if command.description:
        text += "\n\n" + command.description
    text += f"\n\n{command.http} (operation {command.operation_id})."
    return escape(text)


def _epilog(api: Api, command: Command | None = None) -> str:
    """The environment variables read (and, for the root and hand-written commands, the exit statuses): one line
    each (typer shows an epilog's single line breaks as they are)."""
    sections = ["Environment variables read:\n" + environment_help(api)]
    if command is None:
        sections.append("Exit status:\n" + "\n".join(f"{code}: {meaning}" for code, meaning in exit_codes.rows()))
    return escape("\n\n".join(sections))


# -- hand-written commands --------------------------------------------------------------------------------------


def _hand_written_function(extra: HandWritten, connection: tuple[ConnectionOption, ...]) -> Callable[..., None]:
    own = [p for p in inspect.signature(extra.function, eval_str=True).parameters.values() if p.name != "ctx"]
    own = [p.replace(kind=_KEYWORD) for p in own]
    own_flags = [flag for p in own for flag in _declared_flags(p)]

    def invoke(ctx: typer.Context, values: dict[str, Any]) -> None:
        session = Session.of(ctx)
        session.take(_global_values(values))
        session.start()
        with session.guard(extra.name):
            extra.function(ctx, **{p.name: values[p.name] for p in own})

    return _typer_function([*own, *_global_parameters(connection, taken=own_flags)], invoke)


def _declared_flags(parameter: inspect.Parameter) -> list[str]:
    """The flags (without dashes) a hand-written command's parameter declares, e.g. `json` for `--json`."""
    flags = [parameter.name.replace("_", "-")]
    for info in getattr(parameter.annotation, "__metadata__", ()):
        declared = [info.default] if isinstance(info.default, str) else []
        declared += list(getattr(info, "param_decls", None) or ())
        flags += [d.lstrip("-").split("/")[0] for d in declared if d.startswith("--")]
    return flags


def _typer_function(
    parameters: list[inspect.Parameter], body: Callable[[typer.Context, dict[str, Any]], None]
) -> Callable[..., None]:
    """A function with `parameters` (after `ctx`) as its signature, for typer to read; called, it hands the values
    to `body`."""

    def function(ctx: typer.Context, **values: Any) -> None:
        body(ctx, values)

    signature = inspect.Signature([inspect.Parameter("ctx", _KEYWORD, annotation=typer.Context), *parameters])
    function.__signature__ = signature  # type: ignore[attr-defined]
    function.__annotations__ = {p.name: p.annotation for p in signature.parameters.values()}
    return function
