"""What the model templates need to know about each property, read from openapi-python-client's objects.

openapi-python-client describes a property as nested Property objects (a union of a string and null, of an
enum and a string, a list of a union...). The templates want fewer cases: a `PropertyShape` says what the
JSON value is (`kind`), whether null is allowed, and gives the Python code the templates paste in:
`hint` (the attribute's type), `runtime` (the `client_runtime.parsing` shape the careful path reads) and
`inline` (whether the generated fast path checks the value itself or hands it to `fast_field`).

Exposed to the templates as the Jinja globals `shape_of(property)` and `enum_aliases(model)`.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.strings import in_double_quote_literal

# kind -> (Python type of a parsed value, client_runtime.parsing constant, the exact JSON type check that
# fails for a value of another type: json.loads gives exactly these types, and bool is not an integer)
_SCALARS = {
    "string": ("str", "STRING", "type({v}) is not str"),
    "integer": ("int", "INTEGER", "type({v}) is not int"),
    "number": ("float", "NUMBER", "type({v}) is not float and type({v}) is not int"),
    "boolean": ("bool", "BOOLEAN", "type({v}) is not bool"),
    "any": ("Any", "ANY", None),
}
_FORMATS = {
    # kind -> (Python type, runtime constant, how the fast path converts a string)
    "date-time": ("datetime.datetime", "DATE_TIME", "parse_date_time({v})"),
    "date": ("datetime.date", "DATE", "parse_date({v})"),
    "uuid": ("UUID", "UUID_FORMAT", "UUID({v})"),
}
_SIMPLE = {
    StringProperty: "string",
    IntProperty: "integer",
    FloatProperty: "number",
    BooleanProperty: "boolean",
    AnyProperty: "any",
    DateTimeProperty: "date-time",
    DateProperty: "date",
    UuidProperty: "uuid",
}


class UnsupportedProperty(Exception):
    """A property kind the model templates cannot render (e.g. a file in a JSON model)."""


@frozen
class PropertyShape:
    kind: str  # a key of _SCALARS or _FORMATS, or "enum", "model", "list", "union"
    nullable: bool = False
    class_name: str = ""  # enum and model
    module_name: str = ""  # enum and model: the module under models/
    values: tuple[str, ...] = ()  # enum: the values, as Python string literals
    open: bool = False  # enum: the spec also allows any other string
    item: PropertyShape | None = None  # list
    variants: tuple[PropertyShape, ...] = ()  # union

    @property
    def hint(self) -> str:
        """The attribute's Python type (without `| None` and `| Unset`, which the template adds).

        An enum reads `Operator | OperatorValue`: the members, or their values as a Literal, so that
        `Rule(operator="like")` type-checks and a typo does not; an open enum reads `Operator | str`."""
        if self.kind in _SCALARS:
            return _SCALARS[self.kind][0]
        if self.kind in _FORMATS:
            return _FORMATS[self.kind][0]
        if self.kind == "enum":
            return f"{self.class_name} | {'str' if self.open else self.class_name + 'Value'}"
        if self.kind == "model":
            return self.class_name
        if self.kind == "list":
            assert self.item is not None
            return f"list[{self.item.hint_with_null}]"
        return " | ".join(dict.fromkeys(variant.hint for variant in self.variants))

    @property
    def hint_with_null(self) -> str:
        return f"{self.hint} | None" if self.nullable else self.hint

    @property
    def runtime(self) -> str:
        """Code building the client_runtime.parsing shape (model classes must be imported where it runs)."""
        if self.kind in _SCALARS:
            code = _SCALARS[self.kind][1]
        elif self.kind in _FORMATS:
            code = _FORMATS[self.kind][1]
        elif self.kind == "enum":
            code = f"EnumOf({self.class_name}, open={self.open})"
        elif self.kind == "model":
            code = f"ModelOf({self.class_name})"
        elif self.kind == "list":
            assert self.item is not None
            code = f"ListOf({self.item.runtime})"
        else:
            code = "UnionOf((" + ", ".join(variant.runtime for variant in self.variants) + ",))"
        return f"Nullable({code})" if self.nullable and self.kind != "any" else code

    @property
    def check(self) -> str | None:
        """A format string ({v}: the variable): true when a value is not of this scalar's JSON type
        (None for `any`, which takes every value)."""
        return _SCALARS[self.kind][2] if self.kind in _SCALARS else None

    @property
    def convert(self) -> str:
        """A format string turning a JSON string into the formatted value (date-time, date, uuid)."""
        return _FORMATS[self.kind][2]

    @property
    def inline(self) -> bool:
        """Whether the generated fast path handles this value itself (else it calls fast_field)."""
        if self.kind == "list":
            assert self.item is not None
            return not self.item.nullable and self.item.kind in (*_SCALARS, "model", "enum")
        return self.kind != "union"

    def enums(self) -> list[PropertyShape]:
        """Every enum shape in this one (for the imports of their Literal aliases)."""
        found = [self] if self.kind == "enum" else []
        for child in (self.item, *self.variants):
            if child is not None:
                found += child.enums()
        return found


def shape_of(prop: Any) -> PropertyShape:
    """The PropertyShape of an openapi-python-client property."""
    kind = _SIMPLE.get(type(prop))
    if kind is not None:
        return PropertyShape(kind)
    if isinstance(prop, EnumProperty):
        if prop.value_type is not str:
            raise UnsupportedProperty(f"{_name(prop)}: only string enums are supported, not {prop.value_type.__name__}")
        return PropertyShape(
            "enum",
            class_name=str(prop.class_info.name),
            module_name=str(prop.class_info.module_name),
            values=tuple(f'"{in_double_quote_literal(str(value))}"' for value in prop.values.values()),
        )
    if isinstance(prop, ModelProperty):
        return PropertyShape(
            "model", class_name=str(prop.class_info.name), module_name=str(prop.class_info.module_name)
        )
    if isinstance(prop, ListProperty):
        return PropertyShape("list", item=shape_of(prop.inner_property))
    if isinstance(prop, UnionProperty):
        return _union(prop)
    raise UnsupportedProperty(f"{_name(prop)}: {type(prop).__name__} is not supported in JSON models")


def _name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _union(prop: UnionProperty) -> PropertyShape:
    nullable = any(isinstance(inner, NoneProperty) for inner in prop.inner_properties)
    variants = [shape_of(inner) for inner in prop.inner_properties if not isinstance(inner, NoneProperty)]
    if not variants:
        return PropertyShape("any", nullable=True)
    enums = [variant for variant in variants if variant.kind == "enum"]
    strings = [variant for variant in variants if variant.kind == "string"]
    if len(variants) == 2 and len(enums) == 1 and len(strings) == 1:  # anyOf [<enum>, string]: an open enum
        return PropertyShape(
            "enum",
            nullable=nullable,
            class_name=enums[0].class_name,
            module_name=enums[0].module_name,
            values=enums[0].values,
            open=True,
        )
    if len(variants) == 1:
        return PropertyShape(
            variants[0].kind,
            nullable=nullable or variants[0].nullable,
            class_name=variants[0].class_name,
            module_name=variants[0].module_name,
            values=variants[0].values,
            open=variants[0].open,
            item=variants[0].item,
            variants=variants[0].variants,
        )
    return PropertyShape("union", nullable=nullable, variants=tuple(variants))


def enum_aliases(model: Any) -> list[tuple[str, str]]:
    """(module, alias) of the Literal aliases of the closed enums a model's properties use."""
    found = set()
    for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
        for enum in shape_of(prop).enums():
            if not enum.open:
                found.add((enum.module_name, enum.class_name + "Value"))
    return sorted(found)


def extra_shape(model: Any) -> PropertyShape:
    """The shape of a model's additional properties (`any` when the spec gives no schema)."""
    extra = model.additional_properties
    return PropertyShape("any") if extra is None or isinstance(extra, bool) else shape_of(extra)
