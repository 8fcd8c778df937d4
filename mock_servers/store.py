"""The in-memory store: named collections of JSON records, seeded deterministically from a seed.

A collection is declared in the data file (`collections:`): its item schema (a pointer into the spec),
its key field, how many records to generate and the field rules that make them realistic, plus fixed
`records:` (e.g. the vendor's own examples). Fields whose name starts with `_` are hidden: they can be
filtered on but are never sent.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .fake import Faker, RuleContext, RuleError, apply_rules, get_dotted, set_dotted
from .spec import Json, Spec, SpecLoadError


@dataclass
class CollectionConfig:
    name: str
    schema: str | None  # JSON pointer of the item schema in the spec ("/components/schemas/Incident")
    key: str = "id"
    count: int = 0
    fields: dict[str, Json] = field(default_factory=dict)
    records: list[dict[str, Json]] = field(default_factory=list)
    optional_p: float = 0.85  # chance that an optional schema property is generated

    @classmethod
    def from_data(cls, name: str, raw: Mapping[str, Json]) -> CollectionConfig:
        known = {"schema", "key", "count", "fields", "records", "optional_p"}
        unknown = set(raw) - known
        if unknown:
            raise SpecLoadError(f"collections.{name}: unknown keys {sorted(unknown)} (known: {sorted(known)})")
        schema = raw.get("schema")
        if isinstance(schema, str):
            schema = schema.lstrip("#")
        return cls(
            name=name,
            schema=schema,
            key=str(raw.get("key", "id")),
            count=int(raw.get("count", 0)),
            fields=dict(raw.get("fields") or {}),
            records=[dict(record) for record in raw.get("records") or []],
            optional_p=float(raw.get("optional_p", 0.85)),
        )


class Collection:
    """Records by key, in insertion order (the default sort order of lists)."""

    def __init__(self, config: CollectionConfig) -> None:
        self.config = config
        self.name = config.name
        self.key = config.key
        self.records: dict[str, dict[str, Any]] = {}
        self.version = 0  # bumped on every change; keys the cache of `values()`
        self._values: dict[str, tuple[int, list[Any]]] = {}
        self.created = 0  # records created since seeding, for `seq` rules of new records

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(list(self.records.values()))

    def key_of(self, record: Mapping[str, Any]) -> str:
        return str(get_dotted(record, self.key))

    def get(self, key: Any) -> dict[str, Any] | None:
        return self.records.get(str(key))

    def put(self, record: dict[str, Any]) -> dict[str, Any]:
        """Store `record` (a new object: stored records are never changed in place)."""
        self.records[self.key_of(record)] = record
        self.version += 1
        return record

    def delete(self, key: Any) -> dict[str, Any] | None:
        self.version += 1
        return self.records.pop(str(key), None)

    def restore(self, records: Mapping[str, dict[str, Any]]) -> None:
        self.records = dict(records)
        self.version += 1
        self.created = 0

    def values(self, dotted: str) -> list[Any]:
        """Every value of a field across the records; list fields are flattened."""
        cached = self._values.get(dotted)
        if cached is not None and cached[0] == self.version:
            return cached[1]
        out: list[Any] = []
        if dotted == "*":  # whole records, as sent
            out = [public(record) for record in self.records.values()]
            self._values[dotted] = (self.version, out)
            return out
        for record in self.records.values():
            value = get_dotted(record, dotted)
            if isinstance(value, list):
                out.extend(value)
            elif value is not None:
                out.append(value)
        self._values[dotted] = (self.version, out)
        return out


def public(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record as sent: without hidden `_` fields (top level)."""
    return {key: value for key, value in record.items() if not key.startswith("_")}


_GENERATED: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
_GENERATED_LOCK = threading.Lock()


class Store:
    """All collections of one mock; `reset()` brings back the seeded records.

    Seeded records are shared (never changed in place), so a second store with the same spec, data
    and seed reuses the first one's records instead of generating them again."""

    def __init__(self, spec: Spec, configs: Mapping[str, CollectionConfig], seed: int = 0, anchor: str | None = None):
        self.spec = spec
        self.configs = dict(configs)
        self.seed = seed
        self.anchor = anchor
        self.lock = threading.RLock()
        self.collections: dict[str, Collection] = {}
        self._pristine: dict[str, dict[str, dict[str, Any]]] = {}
        self._generate()

    def __getitem__(self, name: str) -> Collection:
        try:
            return self.collections[name]
        except KeyError:
            raise KeyError(f"no collection {name!r} (have: {', '.join(self.collections)})") from None

    def __contains__(self, name: str) -> bool:
        return name in self.collections

    def faker(self, salt: str) -> Faker:
        rng = random.Random(f"{self.seed}:{salt}")  # noqa: S311 - reproducible fake data, not secrets
        return Faker(self.spec, rng, **({"anchor": self.anchor} if self.anchor else {}))

    def lookup(self, collection: str, dotted: str) -> list[Any]:
        """Values of a field across a collection (for `ref` rules); `*` gives the whole (public) records."""
        if collection not in self.collections:
            return []
        return self.collections[collection].values(dotted)

    def _cache_key(self) -> str:
        configs = {name: vars(config) for name, config in self.configs.items()}
        raw = json.dumps(
            [self.spec.source, id(self.spec), self.seed, self.anchor, configs], sort_keys=True, default=str
        )
        return hashlib.sha256(raw.encode()).hexdigest()

    def _generate(self) -> None:
        key = self._cache_key()
        with _GENERATED_LOCK:
            cached = _GENERATED.get(key)
        if cached is not None:
            for name, config in self.configs.items():
                collection = Collection(config)
                collection.restore(cached[name])
                self.collections[name] = collection
            self._pristine = cached
            return
        self._generate_fresh()
        with _GENERATED_LOCK:
            _GENERATED[key] = self._pristine

    def _generate_fresh(self) -> None:
        for name, config in self.configs.items():
            collection = Collection(config)
            self.collections[name] = collection
            faker = self.faker(name)
            for fixed in config.records:
                collection.put(copy.deepcopy(fixed))
            for index in range(config.count):
                record = self.new_record(name, faker, len(config.records) + index)
                for _ in range(20):  # a drawn key that is taken: draw again (the rng has moved on)
                    if collection.key_of(record) not in collection.records:
                        break
                    record = self.new_record(name, faker, len(config.records) + index)
                else:
                    raise SpecLoadError(f"collections.{name}: the key rule keeps drawing taken keys")
                collection.put(record)
            self.check(name)
        # Records are never changed in place (an update stores a changed copy), so the pristine state
        # shares them and a reset is a shallow copy of each index: cheap enough to run per test example.
        self._pristine = {name: dict(c.records) for name, c in self.collections.items()}

    def new_record(
        self,
        name: str,
        faker: Faker,
        index: int,
        overlay: Mapping[str, Any] | None = None,
        only: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """A record generated from the item schema, shaped by the collection's rules.

        `overlay` (dotted path -> value, e.g. a create request's fields) is set first and the rules
        leave those fields alone, so rules that derive from them (`{=org_name|slug}`) see them.
        With `only`, nothing is drawn from the schema and only those rules run (server-made fields)."""
        config = self.configs[name]
        record: dict[str, Any] = {}
        rules = config.fields if only is None else {k: v for k, v in config.fields.items() if k in only}
        if config.schema and only is None:
            generated = faker.from_schema(self.spec.schema_at(config.schema), optional_p=config.optional_p)
            if isinstance(generated, dict):
                record = generated
        for dotted, value in (overlay or {}).items():
            set_dotted(record, dotted, copy.deepcopy(value))
        ctx = RuleContext(faker, record, index, self.lookup, f"collections.{name}.fields")
        try:
            apply_rules(rules, ctx, keep=frozenset(overlay or ()))
        except RuleError:
            raise
        except Exception as exc:
            raise RuleError(f"collections.{name}.fields: {type(exc).__name__}: {exc}") from exc
        return record

    def check(self, name: str) -> None:
        """Every record must fit the item schema, so every response built from it fits too."""
        config = self.configs[name]
        if not config.schema:
            return
        validator = self.spec.validator(config.schema)
        for record in self.collections[name].records.values():
            error = next(iter(validator.iter_errors(public(record))), None)
            if error is not None:
                where = "/".join(str(p) for p in error.instance_path)
                raise SpecLoadError(
                    f"collections.{name}: a seeded record does not fit {config.schema}: at /{where}: {error.message}"
                )

    def reset(self) -> None:
        with self.lock:
            for name, records in self._pristine.items():
                self.collections[name].restore(records)

    def counts(self) -> dict[str, int]:
        return {name: len(collection) for name, collection in self.collections.items()}
