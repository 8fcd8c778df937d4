"""JSON into the generated models: lenient by default, strict on demand, and never a lost record.

Lenient (the default, as in Stainless-generated SDKs): a response is never rejected for a shape
surprise. `null` in place of any field is accepted (the attribute is None); a string the spec's enum
does not list stays that string; a value of the wrong JSON type is kept as sent, in its place, so
`to_dict()` gives the server's JSON back, and is reported once per model and field by a warning on the
`client_runtime.parsing` logger naming the operation and the JSON pointer. Unknown fields are kept.

Strict (`connect(strict=True)`, `Client(strict=True)`, `Model.from_dict(data, strict=True)`): any
of those surprises raises ModelMismatchError (MalformedResponseError for a response) naming the
JSON pointer of the first value that does not fit and what the spec declares there.

Two paths, so that conforming data costs no more than openapi-python-client's own code:
- the fast path is the generated `_from_json` of each model: straight-line code with a cheap type check
  per field, raising NotConforming at the first value that does not fit;
- the careful path (`_Walk`, below) runs only then: it walks the same data with the model's field
  table (`_json_shape()`), tracking JSON pointers, keeps what does not fit, and collects every mismatch.

Hand-written: pydantic or cattrs would validate, but neither keeps a wrong-typed value in place and
reports it, and the generated attrs models stay openapi-python-client's.
"""

from __future__ import annotations

import datetime
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, Final, Literal, NoReturn, Protocol, Self, TypeVar, cast

import httpx
from attrs import field, frozen

from auth_plugins.defaults import MISMATCH_VALUE_CHARS
from auth_plugins.errors import (
    ErrorsInBodyError,
    MalformedResponseError,
    ModelMismatchError,
    malformed,
    pointer_key,
    resolve_pointer,
)
from auth_plugins.profile import ErrorsInBody
from auth_plugins.secrets import redact

__all__ = [
    "ANY",
    "BOOLEAN",
    "DATE",
    "DATE_TIME",
    "INTEGER",
    "NUMBER",
    "STRING",
    "UNSET",
    "UUID_FORMAT",
    "EnumOf",
    "Field",
    "ListOf",
    "MapOf",
    "Mismatch",
    "ModelOf",
    "ModelShape",
    "NotConforming",
    "Nullable",
    "UnionOf",
    "Unset",
    "dump",
    "enum_list",
    "failed_entries",
    "fast_field",
    "not_conforming",
    "null_item",
    "parse",
    "parse_date",
    "parse_date_time",
    "parse_model",
    "parse_response",
    "reset_mismatch_warnings",
]

logger = logging.getLogger(__name__)


class Unset:
    """The value of a field the JSON did not have (openapi-python-client's sentinel, shared by every package)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()


class NotConforming(Exception):
    """Raised by the fast path at the first value that does not fit; the careful path takes over."""


def not_conforming() -> NoReturn:
    """`raise NotConforming` where generated code needs an expression."""
    raise NotConforming


def null_item(value: object, strict: bool) -> Any:
    """A list item or map value that is not an object where a model is declared: None when it is null and
    parsing is lenient, NotConforming otherwise."""
    if value is None and not strict:
        return None
    raise NotConforming


# --- shapes: what the spec declares at each place, as the careful path reads it -----------------------


@frozen
class Scalar:
    name: str  # as messages say it: "string", "integer", ...
    types: tuple[type, ...]  # exact Python types json.loads gives for it (bool is not an integer)

    def fits(self, value: object) -> bool:
        if type(value) in self.types:
            return True
        # JSON Schema counts 1.0 as an integer
        return self is INTEGER and type(value) is float and value.is_integer()


@frozen
class Formatted:
    """A string with a format the model turns into a Python object (date-time, date, uuid)."""

    name: str
    parse: Callable[[str], object]


@frozen
class EnumOf:
    cls: type[Enum]
    open: bool = False  # the spec also allows any other string (anyOf [enum, string])


@frozen
class ModelOf:
    cls: type[Any]


@frozen
class ListOf:
    item: Shape


@frozen
class MapOf:
    """An object whose every value has one shape (`additionalProperties: <schema>`)."""

    value: Shape


@frozen
class UnionOf:
    variants: tuple[Shape, ...]


@frozen
class Nullable:
    inner: Shape


Shape = Scalar | Formatted | EnumOf | ModelOf | ListOf | MapOf | UnionOf | Nullable


def parse_date_time(value: str) -> datetime.datetime:
    """An RFC 3339 date-time (`2024-05-01T11:58:41Z`); ValueError for anything else, such as a bare date or
    an ISO week date that datetime.fromisoformat would take but whose isoformat() would not say the same."""
    if len(value) < 11 or value[4] != "-" or value[7] != "-" or value[10] != "T":
        raise ValueError(value)
    return datetime.datetime.fromisoformat(value)


def parse_date(value: str) -> datetime.date:
    """An RFC 3339 full-date (`2024-05-01`); ValueError for anything else (such as `20240501`)."""
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise ValueError(value)
    return datetime.date.fromisoformat(value)


STRING: Final = Scalar("string", (str,))
INTEGER: Final = Scalar("integer", (int,))
NUMBER: Final = Scalar("number", (int, float))
BOOLEAN: Final = Scalar("boolean", (bool,))
ANY: Final = Scalar("any value", ())
DATE_TIME: Final = Formatted("date-time", parse_date_time)
DATE: Final = Formatted("date", parse_date)
UUID_FORMAT: Final = Formatted("uuid", uuid.UUID)


@frozen
class Field:
    """One property of a model: its JSON name, its attribute (and `__init__` argument) name, its shape."""

    json: str
    attr: str
    shape: Shape
    required: bool = False


@frozen
class ModelShape:
    fields: tuple[Field, ...]
    extra: Shape = ANY  # the shape of additional (unknown) properties
    by_json: Mapping[str, Field] = field(init=False)

    @by_json.default
    def _index(self) -> Mapping[str, Field]:
        return {f.json: f for f in self.fields}


class JsonModel(Protocol):
    """What the runtime needs of a generated model class."""

    additional_properties: dict[str, Any]

    @classmethod
    def _from_json(cls, src: Mapping[str, Any], strict: bool, /) -> Self: ...

    @staticmethod
    def _json_shape() -> ModelShape: ...

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=JsonModel)

_shapes: dict[type, ModelShape] = {}


def model_shape(cls: type[JsonModel]) -> ModelShape:
    """The field table of a generated model, built on first use (it imports related models lazily)."""
    found = _shapes.get(cls)
    if found is None:
        found = _shapes[cls] = cls._json_shape()
    return found


# --- entry points -------------------------------------------------------------------------------------


def parse_model(cls: type[M], data: object, *, strict: bool = False, operation: str | None = None) -> M:
    """`Model.from_dict`: the model for `data`, leniently or strictly (module docstring)."""
    shape = _model_of.get(cls)
    if shape is None:
        shape = _model_of[cls] = ModelOf(cls)
    return cast(M, parse(shape, data, strict=strict, operation=operation))


_model_of: dict[type, ModelOf] = {}  # one ModelOf per model class: a request model is built on every call


def parse(
    shape: Shape,
    data: object,
    *,
    strict: bool = False,
    operation: str | None = None,
    pointer: str = "",
    site: Site = None,
) -> Any:
    """The Python value for JSON `data` of `shape`: fast path first, the careful path when it does not fit.

    Strict: ModelMismatchError at the first mismatch. Lenient: mismatches are logged once per model and
    field (`operation` names where the data came from) and the value is kept as sent. `pointer` and `site`:
    where `data` sits in a larger document (a record of a page), as mismatches name it."""
    try:
        return _fast(shape, data, strict)
    except (NotConforming, ValueError, TypeError):
        pass  # something does not fit (or a date-time does not parse): walk it with pointers
    walk = _Walk(strict)
    value = walk.value(shape, data, pointer, site)
    if walk.mismatches:
        if strict:
            raise walk.mismatches[0].error(operation)
        _warn_once(walk.mismatches, operation or _site_name(shape))
    return value


def _fast(shape: Shape, data: object, strict: bool) -> Any:
    if type(shape) is ModelOf and (type(data) is dict or isinstance(data, Mapping)):
        return shape.cls._from_json(data, strict)
    if type(shape) is ListOf and type(shape.item) is ModelOf and type(data) is list:
        from_json = shape.item.cls._from_json
        return [from_json(item, strict) if type(item) is dict else not_conforming() for item in data]
    raise NotConforming


def fast_field(cls: type[JsonModel], name: str | None, value: object, strict: bool) -> Any:
    """The fast path of a field whose shape the generated code does not inline (unions, nested lists);
    `name` None: the model's additional properties."""
    shape = model_shape(cls)
    walk = _Walk(strict)
    out = walk.value(MapOf(shape.extra) if name is None else shape.by_json[name].shape, value, "", None)
    if walk.mismatches:
        raise NotConforming
    return out


def enum_list(cls: type[Enum], values: list[Any], strict: bool, *, open_: bool = False) -> list[Any]:
    """The fast path of a list of enum values: known ones become members, unknown strings stay strings
    (NotConforming for them in strict mode unless the enum is open; for any non-string)."""
    members = cls._value2member_map_
    out: list[Any] = []
    for value in values:
        if type(value) is not str:
            if value is not None or strict:
                raise NotConforming
            out.append(None)
            continue
        member = members.get(value)
        if member is None and strict and not open_:
            raise NotConforming
        out.append(value if member is None else member)
    return out


def dump(value: object) -> Any:
    """A parsed value as JSON again (what `to_dict()` does for unions and nested lists)."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and not isinstance(value, type):
        return to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if type(value) is list:
        return [dump(item) for item in value]
    if type(value) is dict:
        return {key: dump(item) for key, item in value.items()}
    return value


# --- the careful path ---------------------------------------------------------------------------------

Site = tuple[str, str] | None  # (module.Class of the model, JSON field name) a mismatch is reported under


@frozen
class Mismatch:
    """One value that does not fit: where, what the spec declares, what came."""

    pointer: str
    expected: str
    got: str
    site: Site
    closest: tuple[str, Mismatch] | None = None  # for a union: the closest variant and its first mismatch

    def describe(self) -> str:
        text = f"at {self.pointer or '/'}: expected {self.expected}, got {self.got}"
        if self.closest is not None:
            variant, inner = self.closest
            text += f"; closest variant {variant} fails {inner.describe()}"
        return text

    def error(self, operation: str | None) -> ModelMismatchError:
        cause = None if self.closest is None else self.closest[1].error(operation)
        return ModelMismatchError(
            (f"{operation}: " if operation else "") + self.describe(),
            pointer=self.pointer,
            expected=self.expected,
            got=self.got,
            closest=None if self.closest is None else self.closest[0],
            cause=cause,
            operation=operation,
        )


class _Walk:
    """One careful pass: builds the value, keeps what does not fit, collects every Mismatch.

    `strict` only decides what counts as a mismatch: a null where the spec allows none, and a string
    an enum does not list, are mismatches in strict mode and accepted silently otherwise."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.mismatches: list[Mismatch] = []

    def miss(self, pointer: str, expected: str, value: object, site: Site) -> object:
        self.mismatches.append(Mismatch(pointer, expected, describe_value(value), site))
        return value  # kept as sent

    def value(self, shape: Shape, value: object, pointer: str, site: Site) -> Any:
        if value is None:
            if type(shape) is Nullable or shape is ANY or not self.strict:
                return None
            return self.miss(pointer, describe_shape(shape), value, site)
        kind = type(shape)
        if kind is Nullable:
            return self.value(cast(Nullable, shape).inner, value, pointer, site)
        if kind is Scalar:
            scalar = cast(Scalar, shape)
            return value if scalar is ANY or scalar.fits(value) else self.miss(pointer, scalar.name, value, site)
        if kind is Formatted:
            return self.formatted(cast(Formatted, shape), value, pointer, site)
        if kind is EnumOf:
            return self.enum(cast(EnumOf, shape), value, pointer, site)
        if kind is ModelOf:
            return self.model(cast(ModelOf, shape).cls, value, pointer, site)
        if kind is ListOf:
            if type(value) is not list:
                return self.miss(pointer, describe_shape(shape), value, site)
            item = cast(ListOf, shape).item
            return [self.value(item, entry, f"{pointer}/{index}", site) for index, entry in enumerate(value)]
        if kind is MapOf:
            if not isinstance(value, Mapping):
                return self.miss(pointer, describe_shape(shape), value, site)
            inner = cast(MapOf, shape).value
            return {
                key: self.value(inner, entry, f"{pointer}/{pointer_key(key)}", site) for key, entry in value.items()
            }
        return self.union(cast(UnionOf, shape), value, pointer, site)

    def formatted(self, shape: Formatted, value: object, pointer: str, site: Site) -> object:
        if type(value) is str:
            try:
                return shape.parse(value)
            except ValueError:
                pass
        return self.miss(pointer, f"string ({shape.name})", value, site)

    def enum(self, shape: EnumOf, value: object, pointer: str, site: Site) -> object:
        if isinstance(value, str):  # a member (a str too) passed to from_dict is found as well
            member = shape.cls._value2member_map_.get(value)
            if member is not None:
                return member
            if shape.open or not self.strict:
                return value
        return self.miss(pointer, describe_shape(shape), value, site)

    def model(self, cls: type[JsonModel], value: object, pointer: str, site: Site) -> object:
        if not isinstance(value, Mapping):
            return self.miss(pointer, f"object ({cls.__name__})", value, site)
        shape = model_shape(cls)
        remaining = dict(value)
        arguments: dict[str, Any] = {}
        for spec_field in shape.fields:
            here = f"{pointer}/{pointer_key(spec_field.json)}"
            where = (f"{cls.__module__}.{cls.__qualname__}", spec_field.json)
            raw = remaining.pop(spec_field.json, UNSET)
            if raw is UNSET:
                if spec_field.required:
                    self.mismatches.append(Mismatch(here, "a value (a required field)", "nothing", where))
                arguments[spec_field.attr] = UNSET
            else:
                arguments[spec_field.attr] = self.value(spec_field.shape, raw, here, where)
        built = cast(Any, cls)(**arguments)
        if shape.extra is not ANY:
            where = (f"{cls.__module__}.{cls.__qualname__}", "additionalProperties")
            remaining = {
                key: self.value(shape.extra, entry, f"{pointer}/{pointer_key(key)}", where)
                for key, entry in remaining.items()
            }
        built.additional_properties = remaining
        return built

    def union(self, shape: UnionOf, value: object, pointer: str, site: Site) -> object:
        """The first variant that fits; else the closest one (fewest mismatches, then most known keys):
        a model variant is built from it (what does not fit kept in place), a scalar value kept as sent."""
        best: tuple[tuple[int, int], Shape, _Walk, object] | None = None
        for variant in shape.variants:
            trial = _Walk(self.strict)
            built = trial.value(variant, value, pointer, site)
            if not trial.mismatches:
                return built
            rank = (len(trial.mismatches), -_known_keys(variant, value))
            if best is None or rank < best[0]:
                best = (rank, variant, trial, built)
        assert best is not None  # a union has variants
        _, variant, trial, built = best
        closest = (_variant_name(variant), trial.mismatches[0])
        self.mismatches.append(Mismatch(pointer, describe_shape(shape), describe_value(value), site, closest))
        return built if isinstance(variant, ModelOf) else value


def _known_keys(shape: Shape, value: object) -> int:
    if isinstance(shape, ModelOf) and isinstance(value, Mapping):
        return len(model_shape(shape.cls).by_json.keys() & value.keys())
    return 0


def describe_shape(shape: Shape) -> str:
    if isinstance(shape, Scalar):
        return shape.name
    if isinstance(shape, Formatted):
        return f"string ({shape.name})"
    if isinstance(shape, EnumOf):
        values = ", ".join(repr(member.value) for member in cast(Iterable[Enum], shape.cls))
        return "a string" if shape.open else f"one of {values}"
    if isinstance(shape, ModelOf):
        return f"object ({shape.cls.__name__})"
    if isinstance(shape, ListOf):
        return f"array of {describe_shape(shape.item)}"
    if isinstance(shape, MapOf):
        return f"object of {describe_shape(shape.value)}"
    if isinstance(shape, Nullable):
        return f"{describe_shape(shape.inner)} or null"
    return "one of: " + ", ".join(_variant_name(variant) for variant in shape.variants)


def _variant_name(shape: Shape) -> str:
    return shape.cls.__name__ if isinstance(shape, ModelOf) else describe_shape(shape)


def describe_value(value: object) -> str:
    """What came, short: values are shown only when small, and always through redact()."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"number {value!r}"
    if isinstance(value, str):
        if len(value) > MISMATCH_VALUE_CHARS:
            return f"a string of {len(value)} characters"
        return "string " + redact(repr(value))
    if isinstance(value, list):
        return f"an array of {len(value)} items"
    if isinstance(value, Mapping):
        keys = ", ".join(redact(str(key)) for key in list(value)[:5])
        return f"an object with keys {keys}" + (", ..." if len(value) > 5 else "") if value else "an empty object"
    return type(value).__name__


def _site_name(shape: Shape) -> str:
    return f"{shape.cls.__name__}.from_dict" if isinstance(shape, ModelOf) else "from_dict"


# --- reporting ----------------------------------------------------------------------------------------

_reported: set[Site] = set()
_reported_lock = threading.Lock()


def _warn_once(mismatches: list[Mismatch], where: str) -> None:
    for mismatch in mismatches:
        with _reported_lock:
            if mismatch.site in _reported:
                continue
            _reported.add(mismatch.site)
        field_name = "" if mismatch.site is None else f" ({mismatch.site[0].rsplit('.', 1)[-1]}.{mismatch.site[1]})"
        logger.warning(
            "%s: %s%s; kept as sent (reported once per model and field)", where, mismatch.describe(), field_name
        )


def reset_mismatch_warnings() -> None:
    """Forget which model fields were reported, so the next mismatch of each is logged again (for tests)."""
    with _reported_lock:
        _reported.clear()


# --- responses ----------------------------------------------------------------------------------------


def parse_response(
    response: httpx.Response,
    shape: Shape,
    *,
    operation: str,
    strict: bool,
    errors_in_body: ErrorsInBody | None = None,
) -> Any:
    """The parsed body of a documented success response.

    MalformedResponseError: the body is not JSON, is cut short, is not the documented top-level kind
    (object or array), or (strict) does not fit the model. ErrorsInBodyError: `x-errors-in-body` failures
    and no payload."""
    try:
        body = response.json()
    except ValueError as exc:  # not JSON, truncated, not UTF-8
        raise malformed(operation, response, exc) from exc
    expected = _top_level_kind(shape)
    if expected is not None and not isinstance(body, expected[1]):
        raise MalformedResponseError(
            f"{operation}: malformed response (HTTP {response.status_code}): expected a JSON {expected[0]}, "
            f"got {describe_value(body)}",
            response=response,
            operation=operation,
        )
    if errors_in_body is not None and operation in errors_in_body.operations:
        check_errors_in_body(errors_in_body, body, response=response, operation=operation)
    try:
        return parse(shape, body, strict=strict, operation=operation)
    except ModelMismatchError as exc:
        raise MalformedResponseError(
            f"{operation}: response (HTTP {response.status_code}) does not fit the model: "
            + exc.message.removeprefix(f"{operation}: "),
            response=response,
            operation=operation,
        ) from exc


def _top_level_kind(shape: Shape) -> tuple[str, type] | None:
    kind = type(shape)
    if kind is ModelOf or kind is MapOf:
        return "object", dict
    if kind is ListOf:
        return "array", list
    return None


_ABSENT: Final = object()


def check_errors_in_body(rule: ErrorsInBody, body: object, *, response: httpx.Response, operation: str) -> None:
    """Log each failed entry of a 2xx body's error list; raise ErrorsInBodyError when the payload is absent."""
    failed = failed_entries(rule, body)
    if not failed:
        return
    listed = "; ".join(f"code {code!r}: {message}" for code, message in failed)
    if _at(body, rule.payload) in (_ABSENT, None):
        raise ErrorsInBodyError(
            f"{operation}: the server answered HTTP {response.status_code} with errors and no {rule.payload}: {listed}",
            response=response,
            errors=tuple(failed),
            operation=operation,
        )
    for code, message in failed:
        logger.warning(
            "%s: the server reported an error inside a successful response: code %r: %s",
            operation,
            code,
            redact(message),
        )


def failed_entries(rule: ErrorsInBody, body: object) -> list[tuple[Any, str]]:
    """(code, message) of each entry of a body's error list whose code is not an ok one."""
    entries = _at(body, rule.errors)
    if not isinstance(entries, list):
        return []
    return [
        (entry.get(rule.code), str(entry.get(rule.message, "")))
        if isinstance(entry, Mapping)
        else (None, describe_value(entry))
        for entry in entries
        if not (isinstance(entry, Mapping) and entry.get(rule.code) in rule.ok_codes)
    ]


def _at(document: object, pointer: str) -> object:
    try:
        return resolve_pointer(document, pointer)
    except LookupError:
        return _ABSENT
