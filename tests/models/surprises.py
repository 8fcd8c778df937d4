"""Response bodies that stray from the spec, for the lenient/strict parsing tests.

Each starts from a body the spec allows (a `complete-0` draw of tests/contract/response_bodies.py: every
property present, an unknown field too) and changes one place, or every enum at once:

- `nulls`: one object member or list item set to null, at any depth;
- `unknown_enum_values`: every string an enum declares replaced by a value no enum lists;
- `wrong_types`: one object member or list item replaced by a value of another JSON type that the spec
  does not allow there (the first of a few candidates that breaks the schema).

The spec decides what strict mode must say: a change that breaks the schema must raise at its pointer.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from functools import cache
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings

from tests.contract.response_bodies import (
    UNKNOWN_FIELD,
    component_bodies,
    enum_values,
    response_components,
    success_schemas,
)
from tests.contract.spec_tools import APIS, schema_problems, spec

UNKNOWN_ENUM_VALUE = "x_value_no_enum_lists"
# Values of other JSON types, tried in order until one breaks the schema at the place.
WRONG_TYPED = ({"x_surprise": [1, None]}, "x-surprise", 1234567.5, True, [3, "x"])

MODELS = [(api, name) for api in APIS for name in response_components(api)]


def complete_body(api: str, component: str) -> Any:
    """One schema-valid body of the component with every property present (the same one every run)."""
    return copy.deepcopy(_complete_body(api, component))  # a fresh copy: no two places share an object


@cache
def _complete_body(api: str, component: str) -> Any:
    found: list[Any] = []

    @settings(
        max_examples=1,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(component_bodies(api, component, "complete-0"))
    def draw(body: Any) -> None:
        found.append(body)

    draw()
    body = _deepen(api, component, found[0])
    if body == {}:  # only additionalProperties declared (a map): give it one entry of the declared shape
        extra = spec(api)["components"]["schemas"][component].get("additionalProperties")
        if isinstance(extra, dict) and "$ref" in extra:
            body = {"x_key": complete_body(api, extra["$ref"].rsplit("/", 1)[-1])}
        elif isinstance(extra, dict) and extra.get("type") == "object":
            body = {"x_key": {"k": "v"}}
        assert body and not problems(api, component, body), (component, body)
    return body


ANY_JSON = {"any": [1, "two", None, {"three": 3.5}]}  # for properties the spec leaves open


def _deepen(api: str, component: str, body: Any) -> Any:
    """The draw gives nested objects their smallest form ({}); put each nested model's own complete body
    there instead, so that every place at any depth is present, and real JSON where any value goes."""
    schema = spec(api)["components"]["schemas"][component]
    body = dict(body)
    for name, node in schema.get("properties", {}).items():
        nested = _model_ref(api, node)
        items = _model_ref(api, node.get("items", {})) if node.get("type") == "array" else None
        if nested is not None:
            body[name] = complete_body(api, nested)
        elif items is not None:
            body[name] = [complete_body(api, items)]
        elif body.get(name, ...) is None and not _types(node):
            body[name] = ANY_JSON
    if UNKNOWN_FIELD in body:
        body[UNKNOWN_FIELD] = ANY_JSON
    return body


def _model_ref(api: str, node: dict[str, Any]) -> str | None:
    """The object component a property holds: its $ref, or the one $ref of an anyOf/oneOf with null."""
    refs = [node] if "$ref" in node else [b for b in node.get("anyOf", node.get("oneOf", [])) if "$ref" in b]
    others = [b for b in node.get("anyOf", node.get("oneOf", [])) if "$ref" not in b and b.get("type") != "null"]
    if len(refs) != 1 or others:
        return None
    name = str(refs[0]["$ref"]).rsplit("/", 1)[-1]
    return name if name in response_components(api) else None


def _types(node: dict[str, Any]) -> set[str]:
    kinds = node.get("type", [])
    return {kinds} if isinstance(kinds, str) else set(kinds) | {b.get("type") for b in node.get("anyOf", [])} - {None}


def problems(api: str, component: str, body: Any) -> list[str]:
    return schema_problems(api, f"/components/schemas/{component}", body)


def places(body: Any, where: str = "", depth: int | None = None) -> Iterator[tuple[str, Any]]:
    """(JSON pointer, value) of every object member and list item, parents first; `depth`: how many
    levels of objects to go into (None: all). Lists do not count as a level: the items of a model's list
    field are its own places."""
    children: Any = body.items() if isinstance(body, dict) else enumerate(body) if isinstance(body, list) else ()
    for key, value in children:
        here = f"{where}/{str(key).replace('~', '~0').replace('/', '~1')}"
        yield here, value
        inner = depth if isinstance(value, list) or depth is None else depth - 1
        if inner is None or inner > 0:
            yield from places(value, here, inner)


def own_places(body: Any) -> Iterator[tuple[str, Any]]:
    """The places of a model's own fields (and their list items). Nested models are components of their
    own, tested with their own places; deep pointers are tested on a few deep bodies (deepest_places)."""
    return places(body, depth=1)


def deepest_places(body: Any) -> list[tuple[str, Any]]:
    """Every place, deepest first, leaving out the inside of values the spec leaves open (any JSON)."""
    typed = [(pointer, value) for pointer, value in places(body) if f"/{UNKNOWN_FIELD}/" not in pointer + "/"]
    return sorted(typed, key=lambda place: -place[0].count("/"))


def with_value(body: Any, pointer: str, value: Any) -> Any:
    changed = copy.deepcopy(body)
    node = changed
    keys = [key.replace("~1", "/").replace("~0", "~") for key in pointer.split("/")[1:]]
    for key in keys[:-1]:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if isinstance(node, list):
        node[int(keys[-1])] = value
    else:
        node[keys[-1]] = value
    return changed


def nulls(api: str, component: str, *, deep: int = 0) -> Iterator[tuple[str, Any, bool]]:
    """(pointer, body with null there, whether the spec allows that null), for the component's own places
    or (deep > 0) its `deep` deepest ones."""
    body = complete_body(api, component)
    found = 0
    for pointer, value in deepest_places(body) if deep else own_places(body):
        if value is not None and not (deep and found >= deep):
            found += 1
            changed = with_value(body, pointer, None)
            yield pointer, changed, not problems(api, component, changed)


def enum_places(api: str, component: str) -> list[str]:
    """Pointers of the strings the spec constrains to an enum, found by changing each string to a value no
    enum lists: where that breaks the schema the place is a closed enum, where it does not, an open one or a
    plain string. Open enums are found from the schema itself (anyOf [enum, string])."""
    body = complete_body(api, component)
    found = []
    for pointer, value in own_places(body):
        if isinstance(value, str) and (
            problems(api, component, with_value(body, pointer, UNKNOWN_ENUM_VALUE)) or value in _enum_values(api)
        ):
            found.append(pointer)
    return found


@cache
def _enum_values(api: str) -> frozenset[Any]:
    return frozenset(value for _, schema in success_schemas(api).values() for value in enum_values(schema))


def unknown_enum_values(api: str, component: str) -> tuple[Any, list[str]]:
    """The body with every enum place given UNKNOWN_ENUM_VALUE, and those places."""
    body = complete_body(api, component)
    pointers = enum_places(api, component)
    for pointer in pointers:
        body = with_value(body, pointer, UNKNOWN_ENUM_VALUE)
    return body, pointers


def wrong_types(api: str, component: str, *, deep: int = 0) -> Iterator[tuple[str, Any]]:
    """(pointer, body with a value of another, schema-breaking JSON type there) for every own place that has
    one, or (deep > 0) for the `deep` deepest places."""
    body = complete_body(api, component)
    found = 0
    for pointer, value in deepest_places(body) if deep else own_places(body):
        if deep and found >= deep:
            return
        for candidate in WRONG_TYPED:
            if type(candidate) is type(value) or (isinstance(value, int | float) and isinstance(candidate, float)):
                continue
            changed = with_value(body, pointer, candidate)
            if problems(api, component, changed):
                found += 1
                yield pointer, changed
                break


def nulls_cases(api: str, component: str) -> list[tuple[str, Any, bool]]:
    """`nulls` of the component's own places, which only a model whose every field takes any value lacks."""
    return _some(list(nulls(api, component)), api, component)


def wrong_type_cases(api: str, component: str) -> list[tuple[str, Any]]:
    """`wrong_types` of the component's own places, which only a model whose every field takes any value lacks."""
    return _some(list(wrong_types(api, component)), api, component)


def _some(cases: list[Any], api: str, component: str) -> list[Any]:
    if not cases:  # a test looping over none would pass without checking anything
        declared = spec(api)["components"]["schemas"][component].get("properties", {})
        assert all(node == {} for node in declared.values()), f"{component}: no case to test"
    return cases
