"""Walking a page's records one at a time from its bytes: what `for record in pager` does (issue #13).

Parsing a whole page at once holds its decoded objects and its models together (4-6x the page's bytes);
here each record is built from the page's bytes as the caller takes it, so a walk holds the page's bytes
and one record. `.pages()` and `Page` objects still parse whole pages (`Page.records` is a list).

Per page, before its first record is yielded, one pass of ijson's C parser over the whole body (`envelope()`)
checks that it is well-formed JSON whose top level is an object, and builds everything but the records: the
envelope, with the records' array left empty. The envelope is checked against `x-errors-in-body` and parsed
with the response's model, exactly as the whole page would be, and the walk reads its cursor and total from it.
A second pass (`ijson.items`, C) then yields the records one at a time, each parsed with the record's model
by `parsing.parse` at its place in the page (`/resources/17`), so a mismatch is reported (or, strict, raised)
with the pointer and the model field the whole-page parse names.

A page under `STREAM_MIN_PAGE_BYTES` (auth_plugins/defaults.py, 64 KB) is parsed whole: one json.loads costs
less CPU than two ijson passes, and such a page's models are small.

Whenever this cannot be done exactly as the whole-page parse would, the page is parsed whole instead, by the
generated function's own code (`RecordStream.parse`), so the outcome is the same by construction:
- anything ijson rejects (not JSON, cut short, NaN or Infinity, which `json.loads` takes, a BOM, not UTF-8,
  integers beyond 64 bits, numbers too large for a float), and the one thing it reads differently: half a
  surrogate pair escaped without its other half (`"\\ud800"`);
- a top level that is not an object; the records' key repeated, or neither an array nor null; an envelope
  key with a `.` (ijson's prefixes would not tell it from a path); nesting deeper than 100;
- a status other than the one whose body is the page (error statuses raise as always);
- `x-errors-in-body` failures in the page (logged, or ErrorsInBodyError, as always);
- strict parsing (`strict=True`): a page that does not fit raises before any of its records is yielded, so
  strict walks parse each page whole.
One difference is left: an unexpected failure while one record is parsed (none is known) raises
MalformedResponseError once that record is reached, after the records before it were yielded.

Hand-written: ijson parses a stream, but what a page's envelope is and how a record is parsed are ours.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Iterator
from typing import Any, Final

import httpx
import ijson
from attrs import frozen

from auth_plugins.defaults import STREAM_MIN_PAGE_BYTES
from auth_plugins.errors import APIError, malformed, pointer_key
from auth_plugins.profile import ErrorsInBody

from .parsing import ListOf, ModelOf, Nullable, Shape, Site, failed_entries, model_shape, parse

__all__ = ["RecordStream", "Streamed", "envelope", "read_page"]


@frozen
class RecordStream:
    """How one paginated operation's answer is read for a record walk, from its generated module.

    request: the module's `_get_kwargs` (the request for the given arguments).
    parse: the module's `_parse_response`: the whole-page parse, and the status errors.
    status: the status whose body is the page; shape: its model (`_SHAPE_<status>`).
    """

    request: Callable[..., dict[str, Any]]
    parse: Callable[..., Any]
    status: int
    shape: Shape
    errors_in_body: ErrorsInBody | None = None


@frozen
class Streamed:
    """A page of a record walk: its parsed envelope and its records, parsed as they are taken; or, when the page
    was parsed whole (`records` None), the whole parsed page, records included."""

    envelope: Any
    records: Iterator[Any] | None = None


def read_page(
    stream: RecordStream, client: Any, response: httpx.Response, *, operation: str, items: tuple[str, ...]
) -> Streamed:
    """The page of `response` for a record walk, read one record at a time, or (module docstring) parsed whole
    the way it always was."""
    record = _record_shape(stream.shape, items) if items else None
    if record is None or client.strict or response.status_code != stream.status:
        return Streamed(stream.parse(client=client, response=response))
    body = response.content
    if len(body) < STREAM_MIN_PAGE_BYTES:  # a small page: parsed whole is cheaper, and its memory is small
        return Streamed(stream.parse(client=client, response=response))
    try:
        found = None if _lone_surrogate(body) else envelope(body, items)
    except Exception:  # whatever ijson rejects, the whole-page parse reports as it always has
        found = None
    rule = stream.errors_in_body
    if found is None or (rule is not None and operation in rule.operations and failed_entries(rule, found)):
        return Streamed(stream.parse(client=client, response=response))
    try:
        parsed = parse(stream.shape, found, operation=operation)
    except Exception:  # (deep nesting, ...) the whole-page parse raises what it raises
        return Streamed(stream.parse(client=client, response=response))
    item, site = record
    answer = (response.status_code, response.headers)
    return Streamed(parsed, _records(body, items, item, site, operation, answer))


# ijson reads this much of the body at a time and makes every event of it before yielding the first: the
# 64 KB default leaves up to 2,000 event tuples in CPython's tuple free list (112 KB held after each page,
# a third of a page of 1,000 endpoints); 4 KB leaves a tenth of that, at the same speed.
_READ_BYTES: Final = 4096

# Deeper than any record: a page nesting deeper is parsed whole, where json.loads (which gives up near
# Python's recursion limit) decides as it always has. ijson nests without limit.
_DEEPEST: Final = 100


def envelope(body: bytes, items: tuple[str, ...]) -> dict[str, Any] | None:
    """The JSON object `body` with the array at `items` (JSON keys) left empty, in one pass over the whole body;
    None when the body is not such an object (module docstring). Raises what ijson raises for a bad body.

    Hand-written: ijson builds a whole document or the values at one path, never a document less one path."""
    builder = ijson.ObjectBuilder()
    events = ijson.basic_parse(io.BytesIO(body), use_float=True, buf_size=_READ_BYTES)
    first = next(events, None)
    if first is None or first[0] != "start_map":
        return None
    builder.event(*first)
    # keys[d]: the key being read in the object at depth d (1: the top level); on_path: how many of the
    # containers open match `items` (all maps, entered through its keys)
    keys: list[Any] = [None, None]
    depth = on_path = 1
    found = False
    for event, value in events:
        if event == "map_key":
            if "." in value:
                return None
            keys[depth] = value
        elif event == "start_map" or event == "start_array":
            on_target = on_path == depth and depth <= len(items) and keys[depth] == items[depth - 1]
            if on_target and depth == len(items):
                if event != "start_array" or found:
                    return None
                found = True
                if not _skip_array(events, depth + 1):
                    return None
                builder.event("start_array", None)  # the records' array, left empty
                builder.event("end_array", None)
                continue
            depth += 1
            if depth > _DEEPEST:
                return None
            if on_target and event == "start_map":
                on_path = depth
            if len(keys) <= depth:
                keys.append(None)
            keys[depth] = None
        elif event == "end_map" or event == "end_array":
            depth -= 1
            on_path = min(on_path, depth)
        builder.event(event, value)
    document = builder.value
    if not isinstance(document, dict) or (not found and _at(document, items) is not None):
        return None  # the records' key holds a value that is neither an array nor null
    return document


def _at(document: dict[str, Any], keys: tuple[str, ...]) -> Any:
    node: Any = document
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


# A \uXXXX escape of half a surrogate pair without its other half: json.loads keeps it as such, yajl makes it
# "?" or joins it with the next escape. Looked for only when the body has such an escape at all (a C search).
_LONE_SURROGATE: Final = re.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F]"
)


def _lone_surrogate(body: bytes) -> bool:
    return (b"\\ud" in body or b"\\uD" in body) and _LONE_SURROGATE.search(body) is not None


def _skip_array(events: Iterator[tuple[str, Any]], depth: int) -> bool:
    """Read past the rest of an array at `depth` whose `start_array` was just read; False if it nests deeper
    than _DEEPEST."""
    floor = depth - 1
    for event, _ in events:
        if event == "start_map" or event == "start_array":
            depth += 1
            if depth > _DEEPEST:
                return False
        elif event == "end_map" or event == "end_array":
            depth -= 1
            if depth == floor:
                return True
    return True


@functools.cache
def _record_shape(shape: Shape, items: tuple[str, ...]) -> tuple[Shape, Site] | None:
    """The shape of one record at `items` (JSON keys) in a response of `shape`, and the model field a mismatch
    of a whole record is reported under; None when the spec's response does not lead there through models."""
    site: Site = None
    for key in items:
        while isinstance(shape, Nullable):
            shape = shape.inner
        if not isinstance(shape, ModelOf):
            return None
        field = model_shape(shape.cls).by_json.get(key)
        if field is None:
            return None
        site = (f"{shape.cls.__module__}.{shape.cls.__qualname__}", key)
        shape = field.shape
    while isinstance(shape, Nullable):
        shape = shape.inner
    return (shape.item, site) if isinstance(shape, ListOf) else None


def _records(
    body: bytes,
    items: tuple[str, ...],
    shape: Shape,
    site: Site,
    operation: str,
    answer: tuple[int, httpx.Headers],
) -> Iterator[Any]:
    """Each record of the page, parsed as it is taken (ijson's C parser builds one record's JSON at a time)."""
    base = "".join(f"/{pointer_key(key)}" for key in items)
    records = ijson.items(io.BytesIO(body), ".".join([*items, "item"]), use_float=True, buf_size=_READ_BYTES)
    for index, data in enumerate(records):
        try:
            yield parse(shape, data, operation=operation, pointer=f"{base}/{index}", site=site)
        except APIError:
            raise
        except Exception as exc:  # as the generated functions do for a failure to parse (deep JSON, ...)
            status, headers = answer
            raise malformed(operation, httpx.Response(status, headers=headers, content=body), exc) from exc
