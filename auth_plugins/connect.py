"""`resolve()`: settings, base URL, timeout, auth, retries and limits for one API, checked before any request.

The generated `connect()` of each package calls `resolve(PROFILE, settings={...})` and builds its Client from
the `Connection`. A setting comes from the argument, else its environment variables in order (the first one
set to a non-blank value wins), else its default; values are stripped of surrounding whitespace. A key or a
secret setting holding a control character or non-ASCII text is refused here, before any request, by an error
that does not quote it.

Where the key's token, per-minute budget and in-flight slots live (`shared_state=`): the argument (a Redis/Valkey
URL, or a SharedState to share with other clients), else `<ENV_PREFIX>_SHARED_STATE_URL` (the profile's
`env_prefix`, from the spec), else this process. A state opened here from a URL (with
`<ENV_PREFIX>_SHARED_STATE_WORKERS` workers, if set) is closed with the client; one passed in is the caller's.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import time
from collections.abc import Callable, Mapping
from typing import Final

import httpx
from attrs import frozen

# submodules, not the package: shared_state imports auth_plugins' errors and defaults in turn
from shared_state.interfaces import SharedState
from shared_state.opening import open_shared_state

from . import defaults
from .defaults import DEFAULT_TIMEOUT
from .errors import ConfigurationError
from .limits import RequestLimiter
from .profile import (
    ApiProfile,
    AuthSpec,
    RateLimits,
    Setting,
    TokenExchangeAuthSpec,
    TokenHeaderAuthSpec,
    credential_setting,
)
from .resilience import AsyncResilientTransport, ResilientTransport, RetryPolicy
from .secrets import Secret, redact
from .token_exchange import TokenExchangeAuth
from .token_header import TokenHeaderAuth

__all__ = ["DEFAULT_TIMEOUT", "Connection", "normalize_timeout", "resolve", "setting_value", "setting_values"]

_VARIABLE: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_HOST_LABELS: Final = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")


@frozen(repr=False)
class Connection:
    """What a generated Client needs: all checked, secrets wrapped, transports with retries and limits."""

    base_url: str
    timeout: httpx.Timeout
    auth: httpx.Auth
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport

    def __repr__(self) -> str:
        return redact(
            f"Connection(base_url={self.base_url!r}, timeout={self.timeout!r}, auth={self.auth!r}, "
            f"transport={self.transport!r}, async_transport={self.async_transport!r})"
        )


def resolve(
    profile: ApiProfile,
    *,
    settings: Mapping[str, str | None],
    timeout: httpx.Timeout | float | None = None,
    retry: RetryPolicy | None = None,
    rate_limits: RateLimits | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    clock: Callable[[], float] | None = None,
    max_response_bytes: int | None = None,
    shared_state: str | SharedState | None = None,
) -> Connection:
    """Check everything `connect()` was given or the environment holds; ConfigurationError names what is wrong.

    `transport` / `async_transport`: the innermost transports (tests pass httpx.MockTransport); by default httpx's,
    over sockets bound by each call's deadline. `max_response_bytes`: the largest body accepted, as received and
    once decompressed (default `defaults.MAX_RESPONSE_BYTES`). `shared_state`: see the module's docstring.
    `clock`: the monotonic clock token lifetimes are measured on (tests pass a fake one; a shared state on Redis
    measures them on the server's clock)."""
    values = setting_values(profile, settings)
    base_url = _base_url(profile, values)
    clock = clock if clock is not None else time.monotonic
    state = open_shared_state(
        shared_state if shared_state is not None else _environment(profile, "SHARED_STATE_URL"),
        workers=_workers(profile),
        clock=clock,
    )
    auth, fingerprint = _auth(profile, values, settings, base_url, clock, state)
    limiter = RequestLimiter(
        rate_limits if rate_limits is not None else profile.rate_limits,
        fingerprint,
        state=state,
        owns_state=state is not shared_state,  # opened here: closed with the client
    )
    body_limit = _max_response_bytes(max_response_bytes)
    return Connection(
        base_url=base_url,
        timeout=normalize_timeout(timeout),
        auth=auth,
        transport=ResilientTransport(
            transport, profile=profile, retry=retry, limiter=limiter, max_response_bytes=body_limit
        ),
        async_transport=AsyncResilientTransport(
            async_transport, profile=profile, retry=retry, limiter=limiter, max_response_bytes=body_limit
        ),
    )


def setting_values(profile: ApiProfile, settings: Mapping[str, str | None]) -> dict[str, str | None]:
    """Every setting of `profile` as `connect()` sees it: the argument given, else the environment, else the
    default (None when none of them has a value). Checks only that no unknown setting was given."""
    known = {setting.name for setting in profile.settings}
    unknown = sorted(set(settings) - known)
    if unknown:
        raise ConfigurationError(f"{profile.title}: unknown setting(s) {unknown}; known: {sorted(known)}")
    return {setting.name: setting_value(setting, settings.get(setting.name)) for setting in profile.settings}


def _max_response_bytes(value: int | None) -> int:
    if value is None:
        return defaults.MAX_RESPONSE_BYTES
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"max_response_bytes must be a positive number of bytes, not {value!r}")
    return value


def setting_value(setting: Setting, given: str | None) -> str | None:
    """A setting as connect() reads it: the argument, else its environment variables in order (the first one set to
    a non-blank value), else its default; stripped of surrounding whitespace."""
    if given is not None:
        return given.strip()  # an explicit blank stays blank, and is refused where the setting is needed
    for name in setting.env:
        from_env = os.environ.get(name)
        if from_env is not None and from_env.strip():
            return from_env.strip()
    return setting.default


def _require(profile: ApiProfile, values: Mapping[str, str | None], name: str) -> str:
    value = values.get(name)
    if value:
        return value
    try:
        profile.setting(name)
    except KeyError:
        raise ConfigurationError(
            f"{profile.title}: the profile uses setting {name!r} but does not declare it"
        ) from None
    how = _how_to_set(profile, name)
    state = "is empty" if value is not None else "is missing"
    raise ConfigurationError(f"{profile.title}: setting {name!r} {state}: {how}")


def _environment(profile: ApiProfile, name: str) -> str | None:
    """The runtime's own variable `<env_prefix>_<name>`, stripped; None when unset, blank or without a prefix."""
    value = os.environ.get(f"{profile.env_prefix}_{name}", "").strip() if profile.env_prefix else ""
    return value or None


def _workers(profile: ApiProfile) -> int:
    """`<env_prefix>_SHARED_STATE_WORKERS`, else the default."""
    value = _environment(profile, "SHARED_STATE_WORKERS")
    if value is None:
        return defaults.SHARED_STATE_WORKERS
    if not value.isdigit() or int(value) < 1:
        raise ConfigurationError(
            f"{profile.title}: {profile.env_prefix}_SHARED_STATE_WORKERS must be a whole number of at least 1, "
            f"not {value!r}"
        )
    return int(value)


def _auth(
    profile: ApiProfile,
    values: Mapping[str, str | None],
    passed: Mapping[str, str | None],
    base_url: str,
    clock: Callable[[], float],
    state: SharedState,
) -> tuple[httpx.Auth, str]:
    """The auth flow, and the fingerprint of the key it sends (what the key's shared state is named by)."""
    spec = _chosen_scheme(profile, values, passed)
    if isinstance(spec, TokenHeaderAuthSpec):
        names = [spec.token_setting, *spec.extra_headers.values()]
        given = {name: _require(profile, values, name) for name in names}
        wrapped = {name: Secret(value) if profile.is_secret(name) else value for name, value in given.items()}
        header_auth = TokenHeaderAuth(spec, wrapped, public_operations=profile.public_operations)
        return header_auth, _fingerprint(base_url, given[spec.token_setting])
    assert isinstance(spec, TokenExchangeAuthSpec)
    key = _require(profile, values, spec.key_setting)
    fingerprint = _fingerprint(base_url, key)
    exchange_ids = [
        op.operation_id for op in profile.operations.values() if op.path == spec.path and op.method == "POST"
    ]
    auth = TokenExchangeAuth(
        spec,
        Secret(key),
        operation_id=exchange_ids[0] if exchange_ids else None,
        base_url=base_url,
        message_pointer=profile.error_message_pointer,
        clock=clock,
        public_operations=profile.public_operations,
        store=state.token_store(fingerprint),
    )
    return auth, fingerprint


def _chosen_scheme(profile: ApiProfile, values: Mapping[str, str | None], given: Mapping[str, str | None]) -> AuthSpec:
    """The `security` alternative whose credential setting is set: one passed to connect() first, else the
    first (in the spec's order) found in the environment or a default; the first scheme when none is."""
    schemes = (profile.auth, *profile.auth_alternatives)
    if len(schemes) == 1:
        return profile.auth
    passed = [spec for spec in schemes if given.get(credential_setting(spec))]
    if len(passed) > 1:
        names = " and ".join(f"{credential_setting(spec)}=" for spec in passed)
        raise ConfigurationError(f"{profile.title}: {names} are alternatives; pass only one")
    if passed:
        return passed[0]
    found = [spec for spec in schemes if values.get(credential_setting(spec))]
    if found:
        return found[0]
    others = " or ".join(_how_to_set(profile, credential_setting(spec)) for spec in schemes[1:])
    setting = credential_setting(profile.auth)
    raise ConfigurationError(
        f"{profile.title}: setting {setting!r} is missing: {_how_to_set(profile, setting)} (or, instead, {others})"
    )


def _how_to_set(profile: ApiProfile, name: str) -> str:
    env = profile.setting(name).env
    return (f"set {' or '.join(env)} or " if env else "") + f"pass {name}="


def _fingerprint(base_url: str, key: str) -> str:
    """What a key's shared state (token, budget, slots) is named by: a digest, so the key itself is never stored
    or shown."""
    return hashlib.sha256(f"{base_url}\0{key}".encode()).hexdigest()[:16]


def _base_url(profile: ApiProfile, values: Mapping[str, str | None]) -> str:
    explicit = values.get("base_url")
    url = explicit if explicit else _fill_server_url(profile, values)
    return _check_url(profile, url.rstrip("/"))


def _fill_server_url(profile: ApiProfile, values: Mapping[str, str | None]) -> str:
    """servers[0].url with each `{name}` replaced by setting `name`. A host part given whole is not doubled:
    for "https://{tenant}.cyberhaven.io", tenant "acme", "acme.cyberhaven.io" and "https://acme.cyberhaven.io/"
    all give "https://acme.cyberhaven.io"."""
    template = profile.server_url
    authority_end = _authority_end(template)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = _require(profile, values, name)
        if match.start() >= authority_end:  # a path variable
            return httpx.URL("/" + value).raw_path.decode("ascii")[1:]
        rest = re.split(r"[/:?#{]", template[match.end() :], maxsplit=1)[0]  # ".cyberhaven.io"
        if "://" in value:  # a whole URL: keep its host
            value = re.split(r"[/?#]", value.split("://", 1)[1], maxsplit=1)[0]
        value = value.rstrip("/").rstrip(".")
        if rest and value.lower().endswith(rest.lower()) and len(value) > len(rest):
            value = value[: -len(rest)]
        if not _HOST_LABELS.fullmatch(value):
            raise ConfigurationError(f"{profile.title}: setting {name!r} must be a host name part, not {value!r}")
        return value

    return _VARIABLE.sub(fill, template)


def _authority_end(url: str) -> int:
    start = url.find("://")
    start = 0 if start < 0 else start + 3
    slash = url.find("/", start)
    return len(url) if slash < 0 else slash


def _check_url(profile: ApiProfile, url: str) -> str:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"{profile.title}: base URL {url!r} is not a valid URL ({exc})") from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise ConfigurationError(f"{profile.title}: base URL {url!r} must be https://<host>[/path]")
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise ConfigurationError(
            f"{profile.title}: base URL {url!r} is plain http to a non-loopback host; use https "
            "(http is allowed only for 127.0.0.0/8, ::1 and localhost)"
        )
    return url


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalize_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout:
    """`connect(timeout=...)` and `with_options(timeout=...)`: None = the default; every phase must be positive."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    value = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    parts = (value.connect, value.read, value.write, value.pool)
    if any(part is None or part <= 0 for part in parts):
        raise ConfigurationError(f"timeout must give every phase a positive number of seconds, not {value!r}")
    return value
