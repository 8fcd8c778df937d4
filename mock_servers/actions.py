"""What an operation does with the store, as its data-file binding says: list, get, get_many, create,
update, delete, facet, static, schema (and token, served by the auth layer).

Nothing here names a vendor: request values are found by JSON pointers into the request document
`{path, query, headers, body}`, records are shaped by templates, and filters, sorting and paging are
described by the binding.
"""

from __future__ import annotations

import copy
import fnmatch
import math
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .encoding import Projection
from .errors import ApiError
from .fake import get_dotted, iso, parse_time, set_dotted
from .spec import Json, Operation, Spec, SpecLoadError, get_pointer
from .store import Collection, Store, public
from .validation import RequestData

NO_BODY = object()
ACTIONS = ("list", "get", "get_many", "create", "update", "delete", "facet", "static", "schema", "token")


@dataclass
class Result:
    status: int
    body: Any  # a JSON value, or NO_BODY
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Pagination:
    style: str = "none"  # cursor | page | offset | none
    size: str | None = None  # pointer to the page size
    default_size: int = 100
    max_size: int | None = None
    cursor: str | None = None  # (cursor) pointer to the cursor sent
    page: str | None = None  # (page) pointer to the page number
    first_page: int = 0
    offset: str | None = None  # (offset) pointer to the offset
    limit: str | None = None  # pointer to an overall page-size fallback (e.g. a `limit` field)
    invalid_cursor: str = "empty"  # empty | error

    @classmethod
    def from_data(cls, raw: Mapping[str, Json] | None, where: str) -> Pagination:
        if not raw:
            return cls()
        known = set(cls.__dataclass_fields__)
        unknown = set(raw) - known
        if unknown:
            raise SpecLoadError(f"{where}.pagination: unknown keys {sorted(unknown)} (known: {sorted(known)})")
        out = cls(**{key: value for key, value in raw.items()})
        if out.style not in ("cursor", "page", "offset", "none"):
            raise SpecLoadError(f"{where}.pagination.style: {out.style!r} is not cursor|page|offset|none")
        return out


BINDING_KEYS = {
    "action", "collection", "response", "status", "key", "missing", "filters", "sort", "pagination", "item",
    "from_body", "body_map", "set", "append", "remove", "ids", "terms", "term_fields", "bucket", "drop_unless",
    "description", "require", "missing_item", "rules",
}  # fmt: skip


@dataclass
class Binding:
    operation_id: str
    action: str
    collection: str | None
    raw: dict[str, Json]
    pagination: Pagination

    @classmethod
    def from_data(cls, operation_id: str, raw: Mapping[str, Json]) -> Binding:
        where = f"operations.{operation_id}"
        unknown = set(raw) - BINDING_KEYS
        if unknown:
            raise SpecLoadError(f"{where}: unknown keys {sorted(unknown)} (known: {sorted(BINDING_KEYS)})")
        action = raw.get("action")
        if action not in ACTIONS:
            raise SpecLoadError(f"{where}.action: {action!r} is not one of {', '.join(ACTIONS)}")
        collection = raw.get("collection")
        if action in ("list", "get", "get_many", "create", "update", "delete", "facet") and not collection:
            raise SpecLoadError(f"{where}: action {action} needs a collection")
        return cls(
            operation_id=operation_id,
            action=str(action),
            collection=str(collection) if collection else None,
            raw=dict(raw),
            pagination=Pagination.from_data(raw.get("pagination"), where),
        )


# -- templates --------------------------------------------------------------------------------------


@dataclass
class RenderContext:
    request: RequestData | None
    now: float
    variables: dict[str, Any] = field(default_factory=dict)
    record: Mapping[str, Any] | None = None


_FALLBACK = re.compile(r"^(.*?)\|(.*)$")


def render(template: Json, ctx: RenderContext) -> Any:
    """Fill a response template: `$items`, `$record.field`, `$request/body/x`, `$now`, `$$` = a literal `$`."""
    if isinstance(template, str):
        return _render_string(template, ctx)
    if isinstance(template, list):
        return [render(item, ctx) for item in template]
    if isinstance(template, dict):
        if "$if" in template:
            condition = render(template["$if"], ctx)
            truth = condition == render(template["equals"], ctx) if "equals" in template else bool(condition)
            return render(template.get("then") if truth else template.get("else"), ctx)
        return {key: render(value, ctx) for key, value in template.items()}
    return template


_INTERPOLATION = re.compile(r"\$\{([^}]+)\}")


def _render_string(text: str, ctx: RenderContext) -> Any:
    if "${" in text:  # `event ${key} not found`: variables inside a longer string
        return _INTERPOLATION.sub(lambda m: _text(_render_string("$" + m.group(1), ctx)), text)
    if not text.startswith("$"):
        return text
    if text.startswith("$$"):
        return text[1:]
    expression = text[1:]
    fallback: Any = None
    has_fallback = False
    match = _FALLBACK.match(expression)
    if match:
        expression, raw_fallback = match.group(1), match.group(2)
        has_fallback = True
        fallback = _literal(raw_fallback)
    value = _variable(expression, ctx)
    if value is None and has_fallback:
        return fallback
    return value


def _text(value: Any) -> str:
    import json

    return value if isinstance(value, str) else json.dumps(value)


def _literal(raw: str) -> Any:
    import json

    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _variable(expression: str, ctx: RenderContext) -> Any:
    if expression.startswith("request/") or expression == "request":
        if ctx.request is None:
            return None
        return get_pointer(ctx.request.document(), expression[len("request") :])
    name, _, dotted = expression.partition(".")
    if name == "now":
        return iso(datetime.fromtimestamp(ctx.now, UTC))
    if name == "now_epoch":
        return int(ctx.now)
    if name == "uuid":
        return str(uuid.uuid4())
    if name in ("record", "item"):
        record = ctx.variables.get(name, ctx.record)
        if record is None:
            return None
        return get_dotted(record, dotted) if dotted else public(record)
    if name in ctx.variables:
        value = ctx.variables[name]
        return get_dotted(value, dotted) if dotted else value
    raise SpecLoadError(f"template: unknown variable ${expression}")


# -- comparing values (filters and sorting) -------------------------------------------------------------

_DATE_MATH = re.compile(r"^now(?:([+-])(\d+)([smhdwMy]))?(?:/([smhdwMy]))?$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "M": 2592000, "y": 31536000}


def comparable(value: Any, now: float) -> Any:
    """Numbers stay numbers; ISO times and `now-7d/d` date math become epoch seconds; strings lower-case."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dict) and "raw" in value:
        return comparable(value["raw"], now)
    if isinstance(value, str):
        text = value.strip()
        match = _DATE_MATH.match(text)
        if match:
            sign, amount, unit, round_to = match.groups()
            moment = now
            if amount:
                delta = int(amount) * _UNIT_SECONDS[unit]
                moment = moment + delta if sign == "+" else moment - delta
            if round_to:
                step = _UNIT_SECONDS[round_to]
                moment = math.floor(moment / step) * step
            return float(moment)
        if len(text) >= 10 and text[4:5] == "-" and text[:4].isdigit():
            try:
                return parse_time(text).timestamp()
            except ValueError:
                pass
        try:
            return float(text)
        except ValueError:
            return text.lower()
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _equal(left: Any, right: Any, now: float) -> bool:
    if isinstance(left, dict) or isinstance(right, dict):
        return bool(left == right)
    return bool(comparable(left, now) == comparable(right, now))


def _ordered(left: Any, right: Any, now: float, op: str) -> bool:
    a, b = comparable(left, now), comparable(right, now)
    if type(a) is not type(b) or isinstance(a, (bool, dict, list)):
        return False
    if op == "gt":
        return bool(a > b)
    if op == "gte":
        return bool(a >= b)
    if op == "lt":
        return bool(a < b)
    return bool(a <= b)


def match_op(op: str, actual: Any, expected: Any, now: float) -> bool:
    """Does a record value (possibly a list) satisfy `op expected`? A list matches when any element does."""
    values = _as_list(actual)
    if op == "eq":
        return any(_equal(v, expected, now) for v in values)
    if op == "ne":
        return not any(_equal(v, expected, now) for v in values)
    if op == "in":
        wanted = _as_list(expected)
        return any(_equal(v, w, now) for v in values for w in wanted)
    if op == "nin":
        wanted = _as_list(expected)
        return not any(_equal(v, w, now) for v in values for w in wanted)
    if op in ("ncontains", "nlike"):  # the negations: no element matches
        return not match_op(op[1:], actual, expected, now)
    if op == "contains":
        needle = str(expected).lower()
        return any(isinstance(v, str) and needle in v.lower() for v in values)
    if op == "like":
        pattern = str(expected).lower()
        return any(isinstance(v, str) and fnmatch.fnmatchcase(v.lower(), pattern) for v in values)
    if op == "prefix":
        start = str(expected).lower()
        return any(isinstance(v, str) and v.lower().startswith(start) for v in values)
    if op in ("gt", "gte", "lt", "lte"):
        return any(_ordered(v, expected, now, op) for v in values)
    if op == "exists":
        return bool(values) == bool(expected)
    raise SpecLoadError(f"filter: unknown op {op!r}")


FILTER_OPS = (
    "eq",
    "ne",
    "in",
    "nin",
    "contains",
    "ncontains",
    "like",
    "nlike",
    "prefix",
    "gt",
    "gte",
    "lt",
    "lte",
    "exists",
    "rule_tree",
)


@dataclass
class RuleTree:
    """A recursive query of groups (`combinator` + `rules`) and rules (`field`, `operator`, `value`).

    The `*_key` attributes name those keys as the API spells them; `operators` maps the API's operator
    names to filter ops, `fields` its field names to dotted record paths, `between` the bound keys."""

    combinator_key: str = "combinator"
    rules_key: str = "rules"
    field_key: str = "field"
    operator_key: str = "operator"
    value_key: str = "value"
    operators: dict[str, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    between: dict[str, str] = field(default_factory=lambda: {"low": "greater_equals", "high": "less_equals"})

    def matches(self, record: Mapping[str, Any], node: Any, now: float) -> bool:
        if not isinstance(node, dict):
            return True
        children = node.get(self.rules_key)
        if isinstance(children, list):
            results = (self.matches(record, child, now) for child in children)
            if str(node.get(self.combinator_key, "and")).lower() == "or":
                return any(results) if children else True
            return all(results)
        name = node.get(self.field_key)
        if not isinstance(name, str):
            return True
        actual = get_dotted(record, self.fields.get(name, name))
        raw_operator = str(node.get(self.operator_key))
        operator = self.operators.get(raw_operator, raw_operator)
        expected = node.get(self.value_key)
        if operator == "between":
            if not isinstance(expected, dict):
                return False
            low, high = expected.get(self.between["low"]), expected.get(self.between["high"])
            return (low is None or match_op("gte", actual, low, now)) and (
                high is None or match_op("lte", actual, high, now)
            )
        if operator not in FILTER_OPS or operator == "rule_tree":
            return False
        return match_op(operator, actual, expected, now)


def _rule_tree(raw: Mapping[str, Any]) -> RuleTree:
    renamed = {"combinator": "combinator_key", "rules": "rules_key", "field": "field_key"}
    renamed |= {"operator": "operator_key", "value": "value_key"}
    kwargs = {renamed[k]: v for k, v in raw.items() if k in renamed}
    kwargs |= {k: dict(v) for k, v in raw.items() if k in ("operators", "fields", "between")}
    return RuleTree(**kwargs)


def _without_all(value: Any, dotted_fields: tuple[str, ...]) -> Any:
    for dotted in dotted_fields:
        value = without(value, dotted)
    return value


def without(value: Any, dotted: str) -> Any:
    """`value` minus the field at `dotted`, copying only the objects on the way (the rest is shared)."""
    if not isinstance(value, dict):
        return value
    head, _, rest = dotted.partition(".")
    if head not in value:
        return value
    out = dict(value)
    if rest:
        out[head] = without(value[head], rest)
    else:
        del out[head]
    return out


# -- the engine -----------------------------------------------------------------------------------------


class Engine:
    """Runs bindings against the store."""

    def __init__(self, spec: Spec, store: Store, bindings: Mapping[str, Binding]) -> None:
        self.spec = spec
        self.store = store
        self.bindings = dict(bindings)
        self._trees: dict[tuple[str, int], RuleTree] = {}
        self._sort_cache: dict[tuple[str, str, bool], tuple[int, list[dict[str, Any]]]] = {}
        # (operation, dropped fields) -> (collection version, {id(record): (record, projection)})
        self._projections: dict[tuple[str, tuple[str, ...]], tuple[int, dict[int, tuple[Any, Any]]]] = {}
        for binding in self.bindings.values():
            self._check(binding)

    def _check(self, binding: Binding) -> None:
        where = f"operations.{binding.operation_id}"
        if binding.operation_id not in self.spec.operations:
            raise SpecLoadError(f"{where}: no operation with this operationId in {self.spec.source}")
        if binding.collection and binding.collection not in self.store:
            raise SpecLoadError(f"{where}.collection: no collection {binding.collection!r}")
        for collection in binding.raw.get("require") or {}:
            if collection not in self.store:
                raise SpecLoadError(f"{where}.require: no collection {collection!r}")
        for index, rule in enumerate(binding.raw.get("filters") or []):
            op = rule.get("op", "eq")
            if op not in FILTER_OPS:
                raise SpecLoadError(f"{where}.filters[{index}].op: {op!r} is not one of {', '.join(FILTER_OPS)}")
            if "param" not in rule:
                raise SpecLoadError(f"{where}.filters[{index}]: needs `param` (a pointer into the request)")
            if op == "rule_tree":
                self._trees[(binding.operation_id, index)] = _rule_tree(rule)

    def run(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        handler: Callable[[Binding, Operation, RequestData, float], Result] = getattr(self, f"_{binding.action}")
        with self.store.lock:
            for collection, pointer in (binding.raw.get("require") or {}).items():
                value = get_pointer(request.document(), str(pointer))
                if self.store[collection].get(value) is None:
                    raise ApiError(404, f"no {collection} record with key {value!r}")
            return handler(binding, operation, request, now)

    # -- helpers -----------------------------------------------------------------------------------
    def _collection(self, binding: Binding) -> Collection:
        assert binding.collection is not None
        return self.store[binding.collection]

    def _ctx(self, request: RequestData, now: float, **variables: Any) -> RenderContext:
        return RenderContext(request=request, now=now, variables=variables)

    def _status(self, binding: Binding, operation: Operation, has_body: bool) -> int:
        if "status" in binding.raw:
            return int(binding.raw["status"])
        codes = sorted(int(c) for c in operation.responses if c.isdigit() and c.startswith("2"))
        if not has_body and 204 in codes:
            return 204
        with_body = [c for c in codes if operation.responses[str(c)].content_type is not None]
        return (with_body or codes or [200])[0]

    def _respond(self, binding: Binding, operation: Operation, ctx: RenderContext, default: Json) -> Result:
        template = binding.raw.get("response", default)
        if template is None:
            return Result(self._status(binding, operation, has_body=False), NO_BODY)
        return Result(self._status(binding, operation, has_body=True), render(template, ctx))

    def _key(self, binding: Binding, operation: Operation, request: RequestData) -> Any:
        pointer = binding.raw.get("key")
        if pointer is None:
            if not operation.path_param_names:
                raise SpecLoadError(f"operations.{binding.operation_id}: needs `key` (no path parameter to use)")
            pointer = f"/path/{operation.path_param_names[-1]}"
        return get_pointer(request.document(), str(pointer))

    def _missing(self, binding: Binding, operation: Operation, key: Any, *, quiet_ok: bool) -> bool:
        """Whether to answer a missing record quietly (True) or raise 404."""
        mode = binding.raw.get("missing")
        if mode is None:
            mode = "404" if ("404" in operation.responses or not quiet_ok) else "ignore"
        if str(mode) == "ignore":
            return True
        raise ApiError(404, f"no {binding.collection} record with key {key!r}")

    def _item(self, binding: Binding, record: Mapping[str, Any], request: RequestData, now: float) -> Any:
        return self._items(binding, [record], request, now)[0]

    def _items(self, binding: Binding, records: list[Any], request: RequestData, now: float) -> list[Any]:
        """The records as sent: the binding's `item` template, or the public fields, less `drop_unless` fields.

        Without a template a record's projection depends only on the record and on which fields this request
        drops, so it is made once and reused until the collection changes (a stored record is never changed in
        place, and nothing downstream changes a projection: it is validated and serialized)."""
        doc = request.document()
        drops = binding.raw.get("drop_unless") or {}
        dropped = tuple(
            dotted for pointer, fields in drops.items() if not get_pointer(doc, pointer) for dotted in fields
        )
        template = binding.raw.get("item")
        if template is not None:  # a template may read the request and the clock: rendered for each request
            rendered = (render(template, RenderContext(request=request, now=now, record=record)) for record in records)
            return [_without_all(item, dropped) for item in rendered]
        cache = self._projections_of(binding, dropped)
        out = []
        for record in records:
            hit = cache.get(id(record))
            if hit is None or hit[0] is not record:  # the id of a record gone and replaced: not a hit
                hit = (record, Projection(_without_all(public(record), dropped)))
                cache[id(record)] = hit
            out.append(hit[1])
        return out

    def _projections_of(self, binding: Binding, dropped: tuple[str, ...]) -> dict[int, tuple[Any, Any]]:
        """Projections by record id for this binding and drop set; emptied when the collection changes."""
        version = self._collection(binding).version if binding.collection else 0
        key = (binding.operation_id, dropped)
        cached = self._projections.get(key)
        if cached is None or cached[0] != version:
            cached = (version, {})
            self._projections[key] = cached
        return cached[1]

    def _filtered(self, binding: Binding, request: RequestData, now: float) -> list[dict[str, Any]]:
        records = self._sorted(binding, request, now)
        doc = request.document()
        for index, rule in enumerate(binding.raw.get("filters") or []):
            value = get_pointer(doc, rule["param"])
            if value is None or value == [] or value == "":
                continue
            op = rule.get("op", "eq")
            if op == "rule_tree":
                tree = self._trees[(binding.operation_id, index)]
                records = [r for r in records if tree.matches(r, value, now)]
                continue
            fields = _as_list(rule.get("field") or rule["param"].rsplit("/", 1)[-1])
            records = [r for r in records if any(match_op(op, get_dotted(r, f), value, now) for f in fields)]
        return records

    def _sorted(self, binding: Binding, request: RequestData, now: float) -> list[dict[str, Any]]:
        """The whole collection in the requested order (cached until the collection changes)."""
        collection = self._collection(binding)
        sort = binding.raw.get("sort")
        spec = None
        if sort:
            spec = get_pointer(request.document(), sort["param"]) if sort.get("param") else None
            spec = spec or sort.get("default")
        if not spec or not isinstance(spec, str):
            return list(collection.records.values())
        name, _, direction = spec.strip().partition(" ")
        fields: dict[str, str] = (sort or {}).get("fields") or {}
        if fields and name not in fields:
            return list(collection.records.values())  # an unknown sort field: the default order, as lenient servers do
        dotted = fields.get(name, name)
        descending = direction.strip().lower() == "desc"
        cache_key = (collection.name, dotted, descending)
        cached = self._sort_cache.get(cache_key)
        if cached is not None and cached[0] == collection.version:
            return list(cached[1])
        records = list(collection.records.values())
        present = [r for r in records if get_dotted(r, dotted) is not None]
        absent = [r for r in records if get_dotted(r, dotted) is None]

        def sort_key(record: Mapping[str, Any]) -> tuple[int, Any]:
            value = comparable(get_dotted(record, dotted), now)
            return (0, value) if isinstance(value, float) else (1, str(value))

        present.sort(key=sort_key, reverse=descending)
        ordered = present + absent
        self._sort_cache[cache_key] = (collection.version, ordered)
        return list(ordered)

    # -- actions -----------------------------------------------------------------------------------
    def _list(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        records = self._filtered(binding, request, now)
        paging = binding.pagination
        doc = request.document()
        total = len(records)
        size = get_pointer(doc, paging.size) if paging.size else None
        if not size and paging.limit:
            size = get_pointer(doc, paging.limit)
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            size = paging.default_size
        if paging.max_size:
            size = min(size, paging.max_size)
        variables: dict[str, Any] = {"total": total, "per_page": size, "size": size}
        collection = self._collection(binding)
        if paging.style == "cursor":
            cursor = get_pointer(doc, paging.cursor) if paging.cursor else None
            start = 0
            if cursor:
                # the record with that key, if the filters kept it (keys are unique, so at most one): found by
                # identity, without computing the key of every record before it
                wanted = collection.get(cursor)
                found = next((i for i, r in enumerate(records) if r is wanted), None) if wanted is not None else None
                if found is not None:
                    start = found
                elif paging.invalid_cursor == "error":
                    raise ApiError(400, f"unknown page cursor {cursor!r}")
                else:
                    start = total
            page = records[start : start + size]
            variables["next"] = collection.key_of(records[start + size]) if start + size < total else ""
        elif paging.style == "page":
            number = get_pointer(doc, paging.page) if paging.page else None
            if not isinstance(number, int) or isinstance(number, bool):
                number = paging.first_page
            offset = max(0, number - paging.first_page) * size
            page = records[offset : offset + size]
            variables["page"] = number
            variables["next_page"] = number + 1 if offset + size < total else None
        elif paging.style == "offset":
            offset = get_pointer(doc, paging.offset) if paging.offset else 0
            offset = offset if isinstance(offset, int) and offset >= 0 else 0
            page = records[offset : offset + size]
            variables["offset"] = offset
        else:
            limit = get_pointer(doc, paging.limit) if paging.limit else None
            page = records[:limit] if isinstance(limit, int) and limit > 0 else records
        variables["items"] = self._items(binding, page, request, now)
        variables["count"] = len(page)
        return self._respond(binding, operation, self._ctx(request, now, **variables), "$items")

    def _get(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        key = self._key(binding, operation, request)
        record = self._collection(binding).get(key)
        if record is None:
            self._missing(binding, operation, key, quiet_ok=False)
            raise ApiError(404, f"no {binding.collection} record with key {key!r}")
        item = self._item(binding, record, request, now)
        return self._respond(binding, operation, self._ctx(request, now, record=item), "$record")

    def _get_many(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        ids = get_pointer(request.document(), str(binding.raw.get("ids", "/body/ids"))) or []
        collection = self._collection(binding)
        records, missing = [], []
        for key in _as_list(ids):
            record = collection.get(key)
            if record is None:
                missing.append(key)
            else:
                records.append(record)
        found = self._items(binding, records, request, now)
        template = binding.raw.get("missing_item")
        missing_items = (
            [render(template, self._ctx(request, now, key=key)) for key in missing] if template is not None else []
        )
        variables = {
            "items": found,
            "count": len(found),
            "total": len(found),
            "missing": missing,
            "missing_items": missing_items,
        }
        return self._respond(binding, operation, self._ctx(request, now, **variables), "$items")

    def _changes(self, binding: Binding, request: RequestData) -> dict[str, Any]:
        """The request body fields to copy onto the record (`from_body`, renamed by `body_map`)."""
        source = binding.raw.get("from_body", True)
        if source is False:
            return {}
        body = get_pointer(request.document(), "/body" if source is True else str(source))
        if not isinstance(body, dict):
            return {}
        mapping: dict[str, str] = binding.raw.get("body_map") or {}
        return {mapping.get(str(name), str(name)): value for name, value in body.items()}

    def _apply(
        self, binding: Binding, record: dict[str, Any], request: RequestData, now: float, *, with_body: bool = True
    ) -> None:
        if with_body:
            for dotted, value in self._changes(binding, request).items():
                set_dotted(record, dotted, copy.deepcopy(value))
        ctx = RenderContext(request=request, now=now, record=record)
        for dotted, template in (binding.raw.get("set") or {}).items():
            set_dotted(record, dotted, render(template, ctx))
        for dotted, template in (binding.raw.get("append") or {}).items():
            value = render(template, ctx)
            current = list(get_dotted(record, dotted) or [])
            if value not in current:
                current.append(value)
            set_dotted(record, dotted, current)
        for dotted, template in (binding.raw.get("remove") or {}).items():
            value = render(template, ctx)
            set_dotted(record, dotted, [v for v in get_dotted(record, dotted) or [] if v != value])

    def _create(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        assert binding.collection is not None
        collection = self._collection(binding)
        faker = self.store.faker(f"{binding.collection}:new:{collection.created}:{len(collection)}")
        only = binding.raw.get("rules")
        record = self.store.new_record(
            binding.collection,
            faker,
            len(collection),
            self._changes(binding, request),
            None if only is None else list(only),
        )
        self._apply(binding, record, request, now, with_body=False)
        existing = collection.get(collection.key_of(record))
        if existing is not None and binding.raw.get("missing") == "existing":
            record = existing  # idempotent create (e.g. inviting a user twice)
        else:
            collection.created += 1
            collection.put(record)
        item = self._item(binding, record, request, now)
        return self._respond(binding, operation, self._ctx(request, now, record=item), "$record")

    def _update(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        collection = self._collection(binding)
        key = self._key(binding, operation, request)
        current = collection.get(key)
        if current is None:
            self._missing(binding, operation, key, quiet_ok=True)
            return self._respond(binding, operation, self._ctx(request, now, record=None), None)
        record = copy.deepcopy(current)
        self._apply(binding, record, request, now)
        if collection.key_of(record) != str(key):
            collection.delete(key)
        collection.put(record)
        item = self._item(binding, record, request, now)
        return self._respond(binding, operation, self._ctx(request, now, record=item), "$record")

    def _delete(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        collection = self._collection(binding)
        key = self._key(binding, operation, request)
        record = collection.delete(key)
        if record is None:
            self._missing(binding, operation, key, quiet_ok=True)
        item = public(record) if record is not None else None
        return self._respond(binding, operation, self._ctx(request, now, record=item), None)

    def _facet(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        terms = get_pointer(request.document(), str(binding.raw.get("terms", "/body/terms"))) or []
        fields = binding.raw.get("term_fields") or {}
        bucket = {"key": "key", "count": "count", "buckets": "buckets", **(binding.raw.get("bucket") or {})}
        records = self._filtered(binding, request, now)
        facets: dict[str, Any] = {}
        for term in _as_list(terms):
            counts: dict[str, tuple[Any, int]] = {}
            for record in records:
                for value in _as_list(get_dotted(record, fields.get(term, term))):
                    if isinstance(value, (dict, list)):
                        continue
                    marker = repr(value)
                    counts[marker] = (value, counts.get(marker, (value, 0))[1] + 1)
            ordered = sorted(counts.values(), key=lambda pair: (-pair[1], str(pair[0])))
            facets[str(term)] = {bucket["buckets"]: [{bucket["key"]: v, bucket["count"]: n} for v, n in ordered]}
        return self._respond(binding, operation, self._ctx(request, now, facets=facets), "$facets")

    def _static(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        return self._respond(binding, operation, self._ctx(request, now), None)

    def _schema(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        status = self._status(binding, operation, has_body=True)
        response = operation.response_for(status)
        if response is None or response.schema_ptr is None:
            return Result(status, NO_BODY)
        validator = self.spec.validator(response.schema_ptr)
        if response.has_example and validator.is_valid(response.example):
            return Result(status, copy.deepcopy(response.example))
        faker = self.store.faker(f"schema:{binding.operation_id}")
        return Result(status, faker.from_schema(self.spec.schema_at(response.schema_ptr)))

    def _token(self, binding: Binding, operation: Operation, request: RequestData, now: float) -> Result:
        raise AssertionError("token bindings are served by the auth layer")  # pragma: no cover
