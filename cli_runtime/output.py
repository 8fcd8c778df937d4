"""Writing records: NDJSON, JSON, CSV or a rich table, one page at a time.

JSON and NDJSON give each record as the server sent it (parsed from the raw body, written back compactly:
no field dropped, renamed or reformatted; date-times stay the strings they were). The only change: fields the
spec marks `format: password` and any live secret (the key, a token) read `***`. CSV and tables show chosen
columns (dotted paths); a table cuts long cells (auth_plugins.defaults.CLI_CELL_CHARS).
"""

from __future__ import annotations

import csv
import enum
import json
from collections.abc import Sequence
from typing import Any, Protocol, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from auth_plugins.defaults import CLI_CELL_CHARS
from auth_plugins.secrets import REDACTED, redact

__all__ = ["Format", "Writer", "cell_text", "masked", "value_at", "writer"]


class Format(enum.StrEnum):
    TABLE = "table"
    JSON = "json"
    NDJSON = "ndjson"
    CSV = "csv"


class Writer(Protocol):
    def records(self, records: Sequence[Any]) -> None:
        """Write one page of records."""

    def single(self, document: Any) -> None:
        """Write an answer that is one record (or anything that is not a list of records)."""

    def close(self) -> None:
        """End the output (a JSON array's `]`); safe to call twice."""


def writer(
    output: Format, stream: TextIO, *, columns: Sequence[str], sensitive: Sequence[Sequence[str]], terminal: bool
) -> Writer:
    if output is Format.NDJSON:
        return _Ndjson(stream, sensitive)
    if output is Format.JSON:
        return _Json(stream, sensitive)
    if output is Format.CSV:
        return _Csv(stream, columns, sensitive)
    return _Table(stream, columns, sensitive, terminal)


def masked(document: Any, sensitive: Sequence[Sequence[str]]) -> Any:
    """`document` with the value at each sensitive path replaced by `***` (a copy where one is replaced)."""
    for path in sensitive:
        document = _mask(document, list(path))
    return document


def _mask(node: Any, path: list[str]) -> Any:
    if not path:
        return REDACTED if node is not None else None
    key, rest = path[0], path[1:]
    if key == "*" and isinstance(node, list):
        return [_mask(item, rest) for item in node]
    if isinstance(node, dict) and key in node:
        return {**node, key: _mask(node[key], rest)}
    return node


def value_at(record: Any, column: str) -> Any:
    """The value at a dotted path (`policy.severity`, `resources.0.id`); None where a step is missing."""
    node = record
    for key in column.split("."):
        if isinstance(node, dict):
            node = node.get(key)
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return node


def cell_text(value: Any) -> str:
    """A value as one cell: strings as they are, null empty, anything else as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _line(document: Any, sensitive: Sequence[Sequence[str]], indent: int | None = None) -> str:
    separators = (",", ": ") if indent else (",", ":")
    return redact(json.dumps(masked(document, sensitive), ensure_ascii=False, separators=separators, indent=indent))


class _Ndjson:
    def __init__(self, stream: TextIO, sensitive: Sequence[Sequence[str]]) -> None:
        self.stream, self.sensitive = stream, sensitive

    def records(self, records: Sequence[Any]) -> None:
        self.stream.write("".join(_line(record, self.sensitive) + "\n" for record in records))
        self.stream.flush()  # a reader downstream (a forwarder, `jq`) gets each page as it comes

    def single(self, document: Any) -> None:
        self.records([document])

    def close(self) -> None:
        self.stream.flush()


class _Json:
    """One JSON array of every record, written as the pages come (memory stays at one page)."""

    def __init__(self, stream: TextIO, sensitive: Sequence[Sequence[str]]) -> None:
        self.stream, self.sensitive = stream, sensitive
        self.started = self.closed = False

    def records(self, records: Sequence[Any]) -> None:
        for record in records:
            self.stream.write(",\n" if self.started else "[\n")
            self.started = True
            self.stream.write(_indented(_line(record, self.sensitive, indent=2)))
        self.stream.flush()

    def single(self, document: Any) -> None:
        self.closed = True
        self.stream.write(_line(document, self.sensitive, indent=2) + "\n")

    def close(self) -> None:
        if not self.closed:
            self.stream.write("\n]\n" if self.started else "[]\n")
            self.closed = True
        self.stream.flush()


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


class _Csv:
    def __init__(self, stream: TextIO, columns: Sequence[str], sensitive: Sequence[Sequence[str]]) -> None:
        self.stream, self.columns, self.sensitive = stream, list(columns), sensitive
        self.csv = csv.writer(stream, lineterminator="\n")
        self.header = False

    def records(self, records: Sequence[Any]) -> None:
        if not self.columns and records:
            self.columns = _columns_of(records[0])
        if not self.header:
            self.csv.writerow(self.columns)
            self.header = True
        for record in records:
            shown = masked(record, self.sensitive)
            self.csv.writerow([redact(cell_text(value_at(shown, column))) for column in self.columns])
        self.stream.flush()

    def single(self, document: Any) -> None:
        self.records([document])

    def close(self) -> None:
        self.stream.flush()


class _Table:
    """A rich table per page (so a long pull needs one page in memory); one answer as a field | value table."""

    def __init__(
        self, stream: TextIO, columns: Sequence[str], sensitive: Sequence[Sequence[str]], terminal: bool
    ) -> None:
        self.columns, self.sensitive = list(columns), sensitive
        self.stream, self.terminal = stream, terminal
        self.console: Console | None = None

    def _console(self, columns: int) -> Console:
        if self.console is None:
            # off a terminal, wide enough that no column is squeezed below its cells
            width = None if self.terminal else max(80, columns * (CLI_CELL_CHARS + 3) + 1)
            self.console = Console(file=self.stream, width=width, highlight=False, soft_wrap=False)
        return self.console

    def records(self, records: Sequence[Any]) -> None:
        if not self.columns and records:
            self.columns = _columns_of(records[0])
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for column in self.columns:
            table.add_column(Text(column), overflow="ellipsis", no_wrap=True, max_width=CLI_CELL_CHARS)
        for record in records:
            shown = masked(record, self.sensitive)
            table.add_row(*(_cell(value_at(shown, column)) for column in self.columns))
        self._console(len(self.columns)).print(table)

    def single(self, document: Any) -> None:
        if not isinstance(document, dict) or self.columns:
            self.records([document])
            return
        shown = masked(document, self.sensitive)
        table = Table("field", "value", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for key, value in shown.items():
            table.add_row(Text(key), _cell(value, limit=CLI_CELL_CHARS * 2))
        self._console(2).print(table)

    def close(self) -> None:
        self.stream.flush()


def _cell(value: Any, limit: int = CLI_CELL_CHARS) -> Text:
    """One line, at most `limit` characters; a Text, so rich shows it as it is (no markup)."""
    text = " ".join(redact(cell_text(value)).split())
    return Text(text if len(text) <= limit else text[: limit - 1] + "…")


def _columns_of(record: Any) -> list[str]:
    """Columns for records the spec says nothing about: their top-level fields that are not objects or lists."""
    if not isinstance(record, dict):
        return ["value"]
    return [key for key, value in record.items() if not isinstance(value, dict | list)] or list(record)
