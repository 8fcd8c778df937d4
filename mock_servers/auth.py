"""Authentication as the spec's security schemes say (`x-auth-plugin` and its companions).

- token-header: `<header>: <x-token-prefix> <key>` checked against the configured keys, plus every
  `x-extra-headers` header present (and, when values are configured, one of them).
- token-exchange: POST `x-token-exchange.path` with `{request-field: key}` answers
  `{response-field: token, expires-in-field: lifetime}`; the token works until the clock passes its
  expiry, or its key is revoked.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError
from .spec import Json, Operation, Spec, SpecLoadError


@dataclass
class ExtraHeader:
    name: str  # lower case
    spelled: str = ""  # as the spec spells it
    values: set[str] = field(default_factory=set)  # accepted values; empty = any
    also_accept: set[str] = field(default_factory=set)
    missing_status: int = 403
    invalid_status: int = 403


@dataclass
class Scheme:
    name: str
    plugin: str  # token-header | token-exchange
    header: str  # lower case
    prefixes: tuple[str, ...]  # accepted scheme words, lower case
    extra_headers: list[ExtraHeader] = field(default_factory=list)
    exchange: dict[str, Json] = field(default_factory=dict)
    header_name: str = "Authorization"  # as the spec spells it
    prefix_name: str = ""  # the scheme word as the spec spells it


@dataclass(frozen=True)
class Identity:
    """Who a request acts as: the API key (rate limits count per key)."""

    key: str
    scheme: str


@dataclass
class AuthSettings:
    """The data file's `auth:` section, with create_app()/CLI overrides applied."""

    keys: list[str]
    missing_status: int = 401
    invalid_status: int = 401
    also_accept_prefixes: list[str] = field(default_factory=list)
    extra_headers: dict[str, dict[str, Json]] = field(default_factory=dict)
    token_lifetime: float | None = None


class Authenticator:
    def __init__(self, spec: Spec, settings: AuthSettings, header_values: Mapping[str, Sequence[str]]) -> None:
        self.spec = spec
        self.settings = settings
        self._lock = threading.Lock()
        self.configured_keys: list[str] = list(dict.fromkeys(settings.keys))
        self.keys: set[str] = set(self.configured_keys)
        self.revoked: set[str] = set()
        self.tokens: dict[str, tuple[str, float]] = {}  # token -> (key, expires at)
        self.schemes: dict[str, Scheme] = {}
        for name, raw in spec.security_schemes.items():
            scheme = self._scheme(name, raw, header_values)
            if scheme is not None:
                self.schemes[name] = scheme
        self.exchange_scheme = next((s for s in self.schemes.values() if s.plugin == "token-exchange"), None)
        self.exchange_path = str(self.exchange_scheme.exchange["path"]) if self.exchange_scheme else None

    def _scheme(self, name: str, raw: Mapping[str, Json], header_values: Mapping[str, Sequence[str]]) -> Scheme | None:
        plugin = raw.get("x-auth-plugin")
        if plugin is None:
            return None
        if raw.get("type") == "apiKey":
            if raw.get("in") != "header":
                raise SpecLoadError(f"securitySchemes.{name}: the mock serves apiKey schemes in a header only")
            spelled = str(raw.get("name", "Authorization"))
        else:
            spelled = "Authorization"
        header = spelled.lower()
        if plugin == "token-header":
            prefix = raw.get("x-token-prefix")
            prefixes = tuple(p.lower() for p in ([prefix] if prefix else []) + self.settings.also_accept_prefixes)
            extras = []
            for header_name in raw.get("x-extra-headers", {}):
                options = self.settings.extra_headers.get(header_name, {})
                configured = header_values.get(header_name.lower())
                values = list(configured) if configured is not None else list(options.get("values", []))
                extras.append(
                    ExtraHeader(
                        name=header_name.lower(),
                        spelled=header_name,
                        values=set(values),
                        also_accept=set(options.get("also_accept", [])),
                        missing_status=int(options.get("missing_status", 403)),
                        invalid_status=int(options.get("invalid_status", 403)),
                    )
                )
            return Scheme(name, "token-header", header, prefixes, extras, {}, spelled, str(prefix or "Token"))
        if plugin == "token-exchange":
            exchange = dict(raw.get("x-token-exchange") or {})
            for needed in ("path", "request-field", "response-field"):
                if needed not in exchange:
                    raise SpecLoadError(f"securitySchemes.{name}.x-token-exchange: needs {needed}")
            scheme_word = str(raw.get("scheme", "bearer")).lower()
            word = "Bearer" if scheme_word == "bearer" else str(raw.get("scheme", "Bearer"))
            return Scheme(name, "token-exchange", header, (scheme_word,), [], exchange, spelled, word)
        raise SpecLoadError(f"securitySchemes.{name}: unknown x-auth-plugin {plugin!r}")

    # -- keys and tokens ------------------------------------------------------------------------------
    @property
    def lifetime(self) -> float:
        if self.settings.token_lifetime is not None:
            return float(self.settings.token_lifetime)
        if self.exchange_scheme is not None:
            return float(self.exchange_scheme.exchange.get("default-lifetime", 900))
        return 900.0

    def add_key(self, key: str) -> None:
        with self._lock:
            self.keys.add(key)
            self.revoked.discard(key)

    def revoke(self, key: str | None = None) -> list[str]:
        """Revoke `key` (default: every configured key): it stops working, and so do its tokens."""
        with self._lock:
            targets = [key] if key is not None else sorted(self.keys)
            for target in targets:
                self.revoked.add(target)
            for token, (owner, _) in list(self.tokens.items()):
                if owner in self.revoked:
                    del self.tokens[token]
            return targets

    def key_valid(self, key: str) -> bool:
        return key in self.keys and key not in self.revoked

    def issue(self, key: str, now: float) -> tuple[str, float]:
        """A fresh token for a valid key; ApiError 401 otherwise."""
        with self._lock:
            if not self.key_valid(key):
                raise ApiError(401, "invalid, expired or revoked API key")
            token = "mock_" + secrets.token_urlsafe(24)
            lifetime = self.lifetime
            self.tokens[token] = (key, now + lifetime)
            # forget expired tokens now and then, so long runs do not grow without bound
            if len(self.tokens) > 10_000:
                for stale, (_, expires) in list(self.tokens.items()):
                    if expires <= now:
                        del self.tokens[stale]
            return token, lifetime

    def reset(self, *, keep_tokens: bool = False) -> None:
        with self._lock:
            self.keys = set(self.configured_keys)
            self.revoked.clear()
            if keep_tokens:
                self.tokens = {t: entry for t, entry in self.tokens.items() if entry[0] in self.keys}
            else:
                self.tokens.clear()

    # -- checking requests --------------------------------------------------------------------------
    def requires_auth(self, operation: Operation) -> bool:
        return any(any(name in self.schemes for name in alternative) for alternative in operation.security) and not any(
            len(alternative) == 0 for alternative in operation.security
        )

    def authenticate(self, operation: Operation, headers: Mapping[str, str], now: float) -> Identity | None:
        """The caller's identity, None for an operation without security, or ApiError (401/403)."""
        if not self.requires_auth(operation):
            return None
        first_error: ApiError | None = None
        for alternative in operation.security:
            schemes = [self.schemes[name] for name in alternative if name in self.schemes]
            try:
                identity = None
                for scheme in schemes:
                    identity = self._check(scheme, headers, now)
                if identity is not None:
                    return identity
            except ApiError as error:
                first_error = first_error or error
        raise first_error or ApiError(self.settings.missing_status, "authentication required")

    def _check(self, scheme: Scheme, headers: Mapping[str, str], now: float) -> Identity:
        raw = headers.get(scheme.header)
        if raw is None or not raw.strip():
            raise ApiError(self.settings.missing_status, f"missing credentials: send the {scheme.header} header")
        word, _, credential = raw.strip().partition(" ")
        credential = credential.strip()
        if word.lower() not in scheme.prefixes or not credential:
            expected = " or ".join(p.title() for p in scheme.prefixes)
            raise ApiError(
                self.settings.invalid_status, f"malformed {scheme.header} header: expected '{expected} <credential>'"
            )
        if scheme.plugin == "token-header":
            with self._lock:
                valid = self.key_valid(credential)
            if not valid:
                raise ApiError(self.settings.invalid_status, "invalid or revoked API key")
            for extra in scheme.extra_headers:
                value = headers.get(extra.name)
                if value is None or not value.strip():
                    raise ApiError(extra.missing_status, f"missing the {extra.name} header")
                if extra.values and value not in extra.values and value not in extra.also_accept:
                    raise ApiError(extra.invalid_status, f"{extra.name} {value!r} is not accessible with this key")
            return Identity(credential, scheme.name)
        with self._lock:
            entry = self.tokens.get(credential)
            if entry is None:
                raise ApiError(401, "invalid access token")
            key, expires = entry
            if key in self.revoked:
                raise ApiError(401, "the API key of this access token was revoked")
            if now >= expires:
                raise ApiError(401, "access token expired")
        return Identity(key, scheme.name)

    def exchange_key(self, body: Json) -> Json:
        """The API key a token-exchange body carries: `request-field`, else one of `request-field-aliases`."""
        assert self.exchange_scheme is not None
        exchange = self.exchange_scheme.exchange
        if isinstance(body, dict):
            for name in (exchange["request-field"], *(exchange.get("request-field-aliases") or [])):
                if name in body:
                    return body[name]
        return None

    def exchange_fields(self) -> tuple[str, str, str]:
        assert self.exchange_scheme is not None
        exchange = self.exchange_scheme.exchange
        return (
            str(exchange["request-field"]),
            str(exchange["response-field"]),
            str(exchange.get("expires-in-field", "expires_in")),
        )

    def describe(self) -> dict[str, Any]:
        with self._lock:
            return {
                "keys": sorted(self.keys - self.revoked),
                "revoked": sorted(self.revoked),
                "active_tokens": len(self.tokens),
                "extra_headers": {
                    extra.name: sorted(extra.values | extra.also_accept)
                    for scheme in self.schemes.values()
                    for extra in scheme.extra_headers
                },
            }


def parse_keys(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part) for part in value]
