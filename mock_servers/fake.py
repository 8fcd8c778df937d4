"""Deterministic fake data: values drawn from a JSON Schema, then shaped by a data file's field rules.

Nothing here knows a vendor. A record is first generated from the item schema the spec declares
(so it always fits), then each rule of the data file's `fields:` overwrites one dotted path with a
realistic value (names, hostnames, times, references to other collections, ...). The result is
validated against the schema again by the store, so a rule that breaks the schema fails at start.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import math
import random
import re
import string
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from .spec import Json, Spec, _types

FIRST_NAMES = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Daniel",
    "Nancy",
    "Matthew",
    "Lisa",
    "Anthony",
    "Betty",
    "Mark",
    "Sandra",
    "Priya",
    "Wei",
    "Aisha",
    "Carlos",
    "Sofia",
    "Mateo",
    "Yuki",
    "Olga",
    "Ahmed",
    "Fatima",
    "Lars",
    "Ingrid",
    "Kofi",
    "Amara",
    "Diego",
    "Elena",
    "Ravi",
    "Mei",
]
LAST_NAMES = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Patel",
    "Chen",
    "Nakamura",
    "Ivanova",
    "Khan",
    "Okafor",
    "Larsen",
    "Novak",
    "Rossi",
    "Schmidt",
    "Dubois",
    "Kowalski",
    "Singh",
    "Tanaka",
]
WORDS = [
    "alpha",
    "bravo",
    "cedar",
    "delta",
    "ember",
    "falcon",
    "garnet",
    "harbor",
    "indigo",
    "juniper",
    "kestrel",
    "lumen",
    "maple",
    "nova",
    "onyx",
    "pine",
    "quartz",
    "raven",
    "sierra",
    "tango",
    "umber",
    "vector",
    "willow",
    "xenon",
    "yarrow",
    "zephyr",
    "atlas",
    "beacon",
    "comet",
    "drift",
]
ADJECTIVES = [
    "quiet",
    "rapid",
    "amber",
    "silent",
    "bright",
    "hidden",
    "crimson",
    "steady",
    "lucky",
    "brave",
    "calm",
    "eager",
]
NOUNS = [
    "report",
    "budget",
    "roadmap",
    "invoice",
    "contract",
    "design",
    "backup",
    "export",
    "payroll",
    "forecast",
    "roster",
    "draft",
]
COMPANIES = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Vandelay",
    "Wonka",
    "Stark",
    "Wayne",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
]
DOMAINS = ["example.com", "example.org", "corp.example", "acme.example", "globex.example", "initech.example"]
CITIES = (
    ("San Francisco", "US"),
    ("New York", "US"),
    ("Austin", "US"),
    ("London", "GB"),
    ("Berlin", "DE"),
    ("Paris", "FR"),
    ("Tokyo", "JP"),
    ("Toronto", "CA"),
    ("Sydney", "AU"),
    ("Bangalore", "IN"),
    ("Sao Paulo", "BR"),
    ("Warsaw", "PL"),
)
EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "csv", "txt", "zip", "png", "jpg", "py", "md", "json"]
POOLS: dict[str, Sequence[str]] = {
    "first_names": FIRST_NAMES,
    "last_names": LAST_NAMES,
    "words": WORDS,
    "adjectives": ADJECTIVES,
    "nouns": NOUNS,
    "companies": COMPANIES,
    "domains": DOMAINS,
    "cities": [city for city, _ in CITIES],
    "countries": [country for _, country in CITIES],
    "extensions": EXTENSIONS,
}
DEFAULT_ANCHOR = "2025-06-01T00:00:00Z"


class RuleError(Exception):
    """A data-file rule is malformed; the message names the collection and the field."""


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class Faker:
    """Draws values from one `random.Random`; same seed and same calls -> same values."""

    def __init__(self, spec: Spec, rng: random.Random, anchor: str = DEFAULT_ANCHOR) -> None:
        self.spec = spec
        self.rng = rng
        self.anchor = parse_time(anchor)

    # -- primitives ---------------------------------------------------------------------------
    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def hex(self, length: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(length))

    def moment(self, days_back: float = 90.0, days_ahead: float = 0.0) -> datetime:
        seconds = self.rng.uniform(-days_back * 86400, days_ahead * 86400)
        return self.anchor + timedelta(seconds=int(seconds), milliseconds=self.rng.randrange(1000))

    def email(self) -> str:
        return (
            f"{self.rng.choice(FIRST_NAMES).lower()}.{self.rng.choice(LAST_NAMES).lower()}@{self.rng.choice(DOMAINS)}"
        )

    def ipv4(self) -> str:
        return f"10.{self.rng.randrange(256)}.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"

    def hostname(self) -> str:
        prefix = self.rng.choice(["LAPTOP", "DESKTOP", "mbp", "srv", "ws", "vm"])
        return f"{prefix}-{self.hex(6).upper() if prefix.isupper() else self.rng.choice(WORDS)}"

    # -- from a schema -------------------------------------------------------------------------
    def from_schema(self, schema: Json, *, name: str = "", depth: int = 0, optional_p: float = 0.85) -> Any:
        """A value that fits `schema` (refs resolved against the spec), guided by the property `name`."""
        schema, _ = self.spec.resolve(schema)
        if not isinstance(schema, dict) or schema is True:
            return self.rng.choice(WORDS) if schema is not False else None
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return self._enum(schema["enum"])
        if "allOf" in schema:
            return self.from_schema(self._merge_all_of(schema), name=name, depth=depth, optional_p=optional_p)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                options = [self.spec.resolve(option)[0] for option in schema[key]]
                non_null = [o for o in options if not (isinstance(o, dict) and _types(o) == {"null"})]
                chosen = non_null[0] if non_null and depth > 3 else self.rng.choice(non_null or options)
                base = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
                merged = self._merge_all_of({"allOf": [base, chosen]}) if base else chosen
                return self.from_schema(merged, name=name, depth=depth, optional_p=optional_p)
        types = _types(schema)
        if not types:
            if "properties" in schema or "additionalProperties" in schema:
                types = {"object"}
            elif "items" in schema:
                types = {"array"}
            else:
                types = {"string"}
        non_null = sorted(types - {"null"})
        if not non_null:
            return None
        kind = non_null[0] if len(non_null) == 1 else self.rng.choice(non_null)
        if kind == "object":
            return self._object(schema, depth, optional_p)
        if kind == "array":
            return self._array(schema, name, depth)
        if kind == "integer":
            return int(self._number(schema, name, integer=True))
        if kind == "number":
            return self._number(schema, name, integer=False)
        if kind == "boolean":
            return self.rng.random() < 0.5
        return self._string(schema, name)

    def _enum(self, values: Sequence[Any]) -> Any:
        preferred = [v for v in values if v is not None and not (isinstance(v, str) and v.endswith("_unspecified"))]
        return self.rng.choice(preferred or list(values))

    def _merge_all_of(self, schema: dict[str, Json]) -> dict[str, Json]:
        merged: dict[str, Json] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf", []):
            part, _ = self.spec.resolve(part)
            if not isinstance(part, dict):
                continue
            if "allOf" in part:
                part = self._merge_all_of(part)
            for key, value in part.items():
                if key == "properties":
                    merged.setdefault("properties", {}).update(value)
                elif key == "required":
                    merged["required"] = sorted(set(merged.get("required", [])) | set(value))
                elif key == "type" and "type" in merged:
                    left, right = _types(merged), _types(part)
                    both = left & right or (left | right)
                    merged["type"] = sorted(both) if len(both) > 1 else next(iter(both))
                else:
                    merged.setdefault(key, value)
        return merged

    def _object(self, schema: dict[str, Json], depth: int, optional_p: float) -> dict[str, Any]:
        out: dict[str, Any] = {}
        required = set(schema.get("required", []))
        for prop, sub in (schema.get("properties") or {}).items():
            if prop not in required and (depth >= 4 or self.rng.random() > optional_p):
                continue
            out[prop] = self._nullable(sub, prop, depth + 1, optional_p, required=prop in required)
        extra = schema.get("additionalProperties")
        if not schema.get("properties") and extra not in (None, False) and depth < 4:
            # a free-form map (custom_data, labels): a couple of entries
            for _ in range(self.rng.randrange(0, 3)):
                value_schema = extra if isinstance(extra, dict) else {"type": "string"}
                out[self.rng.choice(WORDS)] = self.from_schema(value_schema, depth=depth + 1)
        return out

    def _nullable(self, sub: Json, prop: str, depth: int, optional_p: float, *, required: bool) -> Any:
        resolved, _ = self.spec.resolve(sub)
        if isinstance(resolved, dict) and "null" in _types(resolved) and self.rng.random() < 0.1:
            return None
        return self.from_schema(resolved, name=prop, depth=depth, optional_p=optional_p)

    def _array(self, schema: dict[str, Json], name: str, depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", max(low, 3 if depth < 3 else low)))
        count = self.rng.randint(low, max(low, min(high, low + 3)))
        items = schema.get("items", {})
        singular = name[:-1] if name.endswith("s") else name
        out: list[Any] = []
        for _ in range(count * 3):
            if len(out) >= count:
                break
            value = self.from_schema(items, name=singular, depth=depth + 1)
            if schema.get("uniqueItems") and value in out:
                continue
            out.append(value)
        return out

    def _number(self, schema: dict[str, Json], name: str, *, integer: bool) -> float:
        low_raw = schema.get("minimum", schema.get("exclusiveMinimum"))
        high_raw = schema.get("maximum", schema.get("exclusiveMaximum"))
        low: float | None = None if low_raw is None else float(low_raw)
        high: float | None = None if high_raw is None else float(high_raw)
        lname = name.lower()
        if low is None and high is None:
            if "timestamp" in lname or lname.endswith("_at") or lname.endswith("time"):
                return int(self.moment().timestamp())
            if "size" in lname or "bytes" in lname:
                low, high = 1, 50_000_000
            elif "score" in lname or "severity" in lname:
                low, high = 0, 10
            elif "port" in lname:
                low, high = 1, 65535
            else:
                low, high = 0, 1000
        elif low is None:
            assert high is not None
            low = min(0.0, high - 1000)
        elif high is None:
            high = low + 1000
        if "exclusiveMinimum" in schema and "minimum" not in schema:
            low = low + (1 if integer else 1e-6)
        if "exclusiveMaximum" in schema and "maximum" not in schema:
            high = high - (1 if integer else 1e-6)
        if integer:
            value: float = self.rng.randint(math.ceil(low), math.floor(high))
        else:
            value = round(self.rng.uniform(low, high), 2)
            value = min(max(value, low), high)
        multiple = schema.get("multipleOf")
        if multiple:
            value = (value // multiple) * multiple
            if value < low:
                value += multiple
        return value

    def _string(self, schema: dict[str, Json], name: str) -> str:
        value = self._string_by_format(schema.get("format"), name)
        pattern = schema.get("pattern")
        if pattern and not re.search(pattern, value):
            value = self._from_examples(schema, pattern) or _string_for_pattern(pattern, self.rng) or value
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        if high is not None and len(value) > int(high):
            value = value[: int(high)]
        if len(value) < low:
            value = value + "x" * (low - len(value))
        return value

    def _from_examples(self, schema: dict[str, Json], pattern: str) -> str | None:
        candidates = list(schema.get("examples", [])) + ([schema["example"]] if "example" in schema else [])
        for candidate in candidates:
            if isinstance(candidate, str) and re.search(pattern, candidate):
                return candidate
        return None

    def _string_by_format(self, fmt: Json, name: str) -> str:
        lname = name.lower()
        if fmt == "uuid":
            return self.uuid()
        if fmt == "date-time":
            return iso(self.moment())
        if fmt == "date":
            return self.moment().date().isoformat()
        if fmt == "time":
            return self.moment().strftime("%H:%M:%S")
        if fmt in ("email", "idn-email") or "email" in lname or lname in ("assigned_to", "assignee", "owner"):
            return self.email()
        if fmt in ("uri", "url", "iri", "uri-reference") or lname in ("url", "uri") or lname.endswith("_url"):
            return f"https://{self.rng.choice(DOMAINS)}/{self.rng.choice(WORDS)}/{self.hex(8)}"
        if fmt in ("hostname", "idn-hostname") or "hostname" in lname or lname == "host":
            return self.hostname()
        if fmt == "ipv4" or lname in ("ip", "ip_address", "ips", "ipv4"):
            return self.ipv4()
        if fmt == "ipv6":
            return "fd00::" + ":".join(self.hex(4) for _ in range(3))
        if fmt == "byte":
            return "bWFkZSBieSB0aGUgbW9jaw=="
        if "sha256" in lname:
            return self.hex(64)
        if "md5" in lname:
            return self.hex(32)
        if lname.endswith("id") or lname.endswith("_ids") or lname == "guid" or lname.endswith("guid"):
            return self.uuid()
        if "time" in lname or lname.endswith("_at") or lname in ("created", "updated", "modified"):
            return iso(self.moment())
        if "version" in lname:
            return f"{self.rng.randint(1, 25)}.{self.rng.randint(0, 9)}.{self.rng.randint(0, 30)}"
        if lname in ("first_name", "given_name"):
            return self.rng.choice(FIRST_NAMES)
        if lname in ("last_name", "family_name", "surname"):
            return self.rng.choice(LAST_NAMES)
        if "username" in lname or lname in ("user", "login", "nickname"):
            return f"{self.rng.choice(FIRST_NAMES)[0].lower()}{self.rng.choice(LAST_NAMES).lower()}"
        if lname in ("name", "display_name", "full_name"):
            return f"{self.rng.choice(ADJECTIVES).title()} {self.rng.choice(NOUNS).title()}"
        if lname == "city":
            return self.rng.choice(CITIES)[0]
        if lname == "country":
            return self.rng.choice(CITIES)[1]
        if lname in ("description", "message", "note", "summary", "close_note", "comment"):
            return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(3, 9))).capitalize() + "."
        if lname == "domain":
            return self.rng.choice(DOMAINS)
        return f"{self.rng.choice(WORDS)}-{self.rng.randint(1, 999)}"


def _string_for_pattern(pattern: str, rng: random.Random) -> str | None:
    """A best effort for simple anchored patterns (character classes with counts); None when unsure."""
    body = pattern
    if body.startswith("^"):
        body = body[1:]
    if body.endswith("$"):
        body = body[:-1]
    out = []
    tokens = re.findall(r"(\[[^\]]+\]|\\d|\\w|\.|[^\[\]\\{}*+?()|])(\{\d+(?:,\d*)?\}|[*+?])?", body)
    if "".join(a + b for a, b in tokens) != body:
        return None
    for atom, count in tokens:
        if count.startswith("{"):
            numbers = count[1:-1].split(",")
            low = int(numbers[0])
            high = int(numbers[1]) if len(numbers) > 1 and numbers[1] else low
        elif count == "*":
            low, high = 0, 4
        elif count == "+":
            low, high = 1, 4
        elif count == "?":
            low, high = 0, 1
        else:
            low = high = 1
        if atom == "\\d":
            alphabet = string.digits
        elif atom == "\\w":
            alphabet = string.ascii_letters + string.digits
        elif atom == ".":
            alphabet = string.ascii_lowercase
        elif atom.startswith("["):
            alphabet = _expand_class(atom[1:-1])
            if not alphabet:
                return None
        else:
            alphabet = atom
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(low, high))))
    value = "".join(out)
    return value if re.search(pattern, value) else None


def _expand_class(spec: str) -> str:
    if spec.startswith("^"):
        return ""
    chars: list[str] = []
    index = 0
    while index < len(spec):
        if index + 2 < len(spec) and spec[index + 1] == "-":
            chars.extend(chr(c) for c in range(ord(spec[index]), ord(spec[index + 2]) + 1))
            index += 3
        else:
            chars.append(spec[index])
            index += 1
    return "".join(chars)


# -- data-file rules -------------------------------------------------------------------------------

RefLookup = Callable[[str, str], list[Any]]  # (collection, dotted field) -> values


class RuleContext:
    """What a rule may read: the faker, the record being built, its index, other collections."""

    def __init__(self, faker: Faker, record: dict[str, Any], index: int, lookup: RefLookup, where: str) -> None:
        self.faker = faker
        self.record = record
        self.index = index
        self.lookup = lookup
        self.where = where


RULE_KINDS = (
    "const", "choice", "int", "float", "uuid", "seq", "template", "datetime", "ref", "list", "pool",
    "words", "hex", "ipv4", "hostname", "email", "copy", "schema", "object", "bool", "cycle", "map", "len",
)  # fmt: skip
MODIFIERS = ("p_null", "p_absent", "when", "otherwise", "weights", "unique")

_TEMPLATE_FIELD = re.compile(r"\{([^{}]+)\}")


def evaluate_rule(rule: Json, ctx: RuleContext) -> Any:
    """The value of one rule. A plain scalar or list is a constant."""
    if not isinstance(rule, dict):
        return rule
    kinds = [key for key in rule if key in RULE_KINDS]
    unknown = [key for key in rule if key not in RULE_KINDS and key not in MODIFIERS]
    if unknown or len(kinds) != 1:
        raise RuleError(
            f"{ctx.where}: a rule needs exactly one of {', '.join(RULE_KINDS)} "
            f"(modifiers: {', '.join(MODIFIERS)}); got keys {sorted(rule)}"
        )
    kind = kinds[0]
    arg = rule[kind]
    rng = ctx.faker.rng
    if kind == "const":
        return arg
    if kind == "choice":
        weights = rule.get("weights")
        picked = rng.choices(list(arg), weights=weights, k=1)[0] if weights else rng.choice(list(arg))
        return copy.deepcopy(picked)
    if kind == "int":
        return rng.randint(int(arg[0]), int(arg[1]))
    if kind == "float":
        digits = int(arg[2]) if len(arg) > 2 else 2
        return round(rng.uniform(float(arg[0]), float(arg[1])), digits)
    if kind == "bool":
        return rng.random() < float(arg if not isinstance(arg, bool) else 0.5)
    if kind == "uuid":
        return ctx.faker.uuid()
    if kind == "seq":
        return str(arg).format(n=ctx.index + 1, i=ctx.index)
    if kind == "template":
        return render_template(str(arg), ctx)
    if kind == "datetime":
        return _datetime_rule(arg or {}, ctx)
    if kind == "ref":
        return _ref_rule(str(arg), rule, ctx)
    if kind == "list":
        spec = arg if isinstance(arg, dict) else {}
        low, high = spec.get("count", [0, 3])
        count = rng.randint(int(low), int(high))
        out: list[Any] = []
        for _ in range(count * 4):
            if len(out) >= count:
                break
            value = evaluate_rule(spec.get("of"), ctx)
            if spec.get("unique", True) and value in out:
                continue
            out.append(value)
        return out
    if kind == "pool":
        if arg not in POOLS:
            raise RuleError(f"{ctx.where}: unknown pool {arg!r} (known: {', '.join(POOLS)})")
        return rng.choice(POOLS[arg])
    if kind == "words":
        low, high = (arg, arg) if isinstance(arg, int) else arg
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(int(low), int(high)))).capitalize()
    if kind == "hex":
        return ctx.faker.hex(int(arg))
    if kind == "ipv4":
        return ctx.faker.ipv4()
    if kind == "hostname":
        return ctx.faker.hostname()
    if kind == "email":
        return ctx.faker.email()
    if kind == "copy":
        return get_dotted(ctx.record, str(arg))
    if kind == "schema":
        return ctx.faker.from_schema(arg)
    if kind == "object":
        return {key: evaluate_rule(value, ctx) for key, value in dict(arg).items()}
    if kind == "cycle":
        options = list(arg)
        return copy.deepcopy(options[ctx.index % len(options)])
    if kind == "map":
        spec = dict(arg)
        low, high = spec.get("count", [1, 3])
        return {
            str(evaluate_rule(spec.get("key"), ctx)): evaluate_rule(spec.get("value"), ctx)
            for _ in range(rng.randint(int(low), int(high)))
        }
    if kind == "len":
        value = get_dotted(ctx.record, str(arg))
        return len(value) if isinstance(value, (list, dict, str)) else 0
    raise RuleError(f"{ctx.where}: unknown rule {kind}")  # pragma: no cover - guarded above


def render_template(template: str, ctx: RuleContext) -> str:
    """Fill `{...}` fields: `{first}`, `{last}`, `{word}`, `{adjective}`, `{noun}`, `{company}`, `{domain}`,
    `{city}`, `{ext}`, `{uuid}`, `{ipv4}`, `{int:100:999}`, `{hex:6}`, `{HEX:6}`, `{alnum:20}`,
    `{choice:a,b,c}`, `{n:04d}` (1-based index), `{i}`, `{=user.email}` (a field of this record).
    Filters after `|`: lower, upper, title, slug, initial (`{=_first|initial|lower}`)."""
    faker = ctx.faker
    rng = faker.rng
    memo: dict[str, str] = {}

    def one(match: re.Match[str]) -> str:
        token, *filters = match.group(1).split("|")
        value = _template_value(token, ctx, memo)
        for name in filters:
            if name not in _FILTERS:
                raise RuleError(f"{ctx.where}: unknown template filter |{name} (known: {', '.join(_FILTERS)})")
            value = _FILTERS[name](value)
        return value

    del rng
    return _TEMPLATE_FIELD.sub(one, template)


_FILTERS: dict[str, Callable[[str], str]] = {
    "lower": str.lower,
    "upper": str.upper,
    "title": str.title,
    "slug": lambda text: re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-"),
    "initial": lambda text: text[:1],
}


def _template_value(token: str, ctx: RuleContext, memo: dict[str, str]) -> str:
    faker = ctx.faker
    rng = faker.rng
    name, _, rest = token.partition(":")
    if name.startswith("="):
        return str(get_dotted(ctx.record, name[1:]))
    if name in ("n", "i"):
        number = ctx.index + (1 if name == "n" else 0)
        return format(number, rest) if rest else str(number)
    if name == "int":
        low, high = rest.split(":")
        return str(rng.randint(int(low), int(high)))
    if name == "hex":
        return faker.hex(int(rest or 8))
    if name == "HEX":
        return faker.hex(int(rest or 8)).upper()
    if name == "alnum":
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(int(rest or 8)))
    if name == "choice":
        return rng.choice(rest.split(","))
    if name == "uuid":
        return faker.uuid()
    if name == "ipv4":
        return faker.ipv4()
    if name in memo:  # `{first}` twice in one template means the same name
        return memo[name]
    simple: dict[str, Callable[[], str]] = {
        "first": lambda: rng.choice(FIRST_NAMES),
        "last": lambda: rng.choice(LAST_NAMES),
        "word": lambda: rng.choice(WORDS),
        "adjective": lambda: rng.choice(ADJECTIVES),
        "noun": lambda: rng.choice(NOUNS),
        "company": lambda: rng.choice(COMPANIES),
        "domain": lambda: rng.choice(DOMAINS),
        "city": lambda: rng.choice(CITIES)[0],
        "ext": lambda: rng.choice(EXTENSIONS),
    }
    if name not in simple:
        raise RuleError(f"{ctx.where}: unknown template field {{{token}}}")
    memo[name] = simple[name]()
    return memo[name]


def _datetime_rule(arg: Mapping[str, Any], ctx: RuleContext) -> Any:
    faker = ctx.faker
    after = arg.get("after")
    if after is not None:
        base_value = get_dotted(ctx.record, str(after))
        if base_value is None:
            return None
        base = _to_datetime(base_value)
        hours = float(arg.get("max_hours", 72))
        moment = base + timedelta(seconds=faker.rng.uniform(1, hours * 3600))
    else:
        moment = faker.moment(float(arg.get("days_back", 90)), float(arg.get("days_ahead", 0)))
    fmt = arg.get("format", "iso")
    if fmt == "epoch":
        return int(moment.timestamp())
    if fmt == "epoch_ms":
        return int(moment.timestamp() * 1000)
    if fmt == "date":
        return moment.date().isoformat()
    return iso(moment)


def _to_datetime(value: Any) -> datetime:
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 10**11 else value
        return datetime.fromtimestamp(seconds, UTC)
    return parse_time(str(value))


def _ref_rule(arg: str, rule: Mapping[str, Any], ctx: RuleContext) -> Any:
    collection, _, dotted = arg.partition(".")
    values = ctx.lookup(collection, dotted or "id")
    if not values:
        raise RuleError(f"{ctx.where}: ref {arg!r} finds no values (is {collection!r} listed before?)")
    return ctx.faker.rng.choice(values)


# -- dotted paths ------------------------------------------------------------------------------------


def get_dotted(record: Any, dotted: str) -> Any:
    """`policy.severity` -> record['policy']['severity']; `sources[].source` -> a list; None when absent."""
    node: Any = record
    parts = dotted.split(".") if dotted else []
    for index, part in enumerate(parts):
        if part.endswith("[]"):
            key = part[:-2]
            items = node.get(key) if isinstance(node, dict) and key else node
            if not isinstance(items, list):
                return None
            rest = ".".join(parts[index + 1 :])
            return [get_dotted(item, rest) for item in items] if rest else list(items)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


ABSENT = object()


def set_dotted(record: dict[str, Any], dotted: str, value: Any, *, make: Callable[[], Any] | None = None) -> None:
    """Set a dotted path, creating objects on the way. With `[]`, `make()` is called once per element."""
    parts = dotted.split(".")
    node: Any = record
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part.endswith("[]"):
            key = part[:-2]
            items = node.setdefault(key, []) if key else node
            rest = ".".join(parts[index + 1 :])
            for position, item in enumerate(items):
                item_value = make() if make is not None else value
                if rest and isinstance(item, dict):
                    set_dotted(item, rest, item_value, make=make)
                elif not rest:
                    items[position] = item_value
            return
        if last:
            if value is ABSENT:
                node.pop(part, None)
            else:
                node[part] = make() if make is not None else value
            return
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child


def apply_rules(fields: Mapping[str, Json], ctx: RuleContext, keep: frozenset[str] = frozenset()) -> None:
    """Apply a collection's `fields:` rules in order to `ctx.record`; fields in `keep` are left alone."""
    rng = ctx.faker.rng
    for dotted, rule in fields.items():
        if dotted in keep:
            continue
        where = f"{ctx.where}.{dotted}"
        rule_ctx = RuleContext(ctx.faker, ctx.record, ctx.index, ctx.lookup, where)
        if isinstance(rule, dict):
            when = rule.get("when")
            if when is not None and not _matches(ctx.record, when):
                if "otherwise" in rule:
                    set_dotted(ctx.record, dotted, evaluate_rule(rule["otherwise"], rule_ctx))
                continue
            if "p_absent" in rule and rng.random() < float(rule["p_absent"]):
                set_dotted(ctx.record, dotted, ABSENT)
                continue
            if "p_null" in rule and rng.random() < float(rule["p_null"]):
                set_dotted(ctx.record, dotted, None)
                continue
            if not any(key in rule for key in RULE_KINDS):
                raise RuleError(f"{where}: no rule kind among {sorted(rule)}")
        if "[]" in dotted:
            set_dotted(ctx.record, dotted, None, make=functools.partial(evaluate_rule, rule, rule_ctx))
        else:
            set_dotted(ctx.record, dotted, evaluate_rule(rule, rule_ctx))


def _matches(record: Mapping[str, Any], when: Mapping[str, Any]) -> bool:
    for dotted, expected in when.items():
        actual = get_dotted(record, dotted)
        if isinstance(expected, list):
            if actual not in expected:
                return False
        elif actual != expected:
            return False
    return True


def stable_hash(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()[:8], "big")
