"""Changes to how callers connect: security schemes and requirements, servers, and `x-client` (the package
name, the prefix of the runtime's own environment variables, and the settings of connect(), with their
environment variables and defaults)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..profile_data import env_prefix
from ..specfile import pointer
from .changes import Change

# Fields of a security scheme that say what kind of credential it takes.
_CREDENTIAL_KIND = ("type", "scheme", "in", "bearerFormat", "flows", "openIdConnectUrl")


def connection_changes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    yield from _security(old, new)
    yield from _servers(old, new)
    yield from _client(old, new)


def _security(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    if old.get("security") != new.get("security"):
        old_ways, new_ways = _alternatives(old), _alternatives(new)
        if (
            old_ways and old_ways < new_ways
        ):  # every credential that worked still works: connect() takes the new one too
            kind = "security-alternative-added"
        elif new_ways and new_ways < old_ways:
            kind = "security-alternative-removed"
        else:
            kind = "security-requirement-changed"
        yield Change(
            kind,
            f"security {_requirement(old)} -> {_requirement(new)}",
            "/security" if "security" in old else "",
            "/security" if "security" in new else "",
        )
    before = old.get("components", {}).get("securitySchemes", {})
    after = new.get("components", {}).get("securitySchemes", {})
    holder = pointer("components", "securitySchemes")
    for name in sorted(before.keys() - after.keys()):
        at = pointer("components", "securitySchemes", name)
        yield Change("security-scheme-removed", f"security scheme {name} removed", at, holder)
    for name in sorted(after.keys() - before.keys()):
        at = pointer("components", "securitySchemes", name)
        yield Change("security-scheme-added", f"security scheme {name} added", holder, at)
    for name in sorted(before.keys() & after.keys()):
        at = pointer("components", "securitySchemes", name)
        was = {k: before[name].get(k) for k in _CREDENTIAL_KIND}
        now = {k: after[name].get(k) for k in _CREDENTIAL_KIND}
        if was != now:
            differs = ", ".join(f"{k}: {was[k]} -> {now[k]}" for k in _CREDENTIAL_KIND if was[k] != now[k])
            yield Change("security-scheme-changed", f"security scheme {name} changed ({differs})", at, at)
        if was == now and _header(before[name]) != _header(after[name]):
            summary = f"security scheme {name}: header {_header(before[name])} -> {_header(after[name])}"
            yield Change("security-scheme-header-renamed", summary, at, at)


def _header(scheme: dict[str, Any]) -> str | None:
    """The header carrying the credential: an apiKey scheme names it; http schemes use Authorization."""
    if scheme.get("type") == "apiKey":
        return scheme.get("name") if scheme.get("in") == "header" else None
    return "Authorization" if scheme.get("type") == "http" else None


def _alternatives(spec: dict[str, Any]) -> set[frozenset[str]]:
    """The document's security alternatives, each the set of schemes it requires together."""
    return {frozenset(requirement) for requirement in spec.get("security", [])}


def _needed_by_connect(spec: dict[str, Any], setting: str) -> bool:
    """Whether connect() fails without `setting`: base_url, a variable of the server URL, or a setting every
    security alternative reads (a credential of only one alternative is optional: another one can be given)."""
    if setting == "base_url" or "{" + setting + "}" in str((spec.get("servers") or [{}])[0].get("url", "")):
        return True
    schemes = spec.get("components", {}).get("securitySchemes", {})
    alternatives = [requirement for requirement in spec.get("security", []) if requirement]
    return bool(alternatives) and all(
        any(setting in _settings_read(schemes.get(name, {})) for name in requirement) for requirement in alternatives
    )


def _settings_read(scheme: dict[str, Any]) -> set[str]:
    """The connect() settings an auth scheme reads (specs/EXTENSIONS.md: token-header, token-exchange)."""
    read = {scheme.get("x-token-setting"), *scheme.get("x-extra-headers", {}).values()}
    read.add(scheme.get("x-token-exchange", {}).get("key-setting"))
    return {name for name in read if isinstance(name, str)}


def _requirement(spec: dict[str, Any]) -> str:
    alternatives = spec.get("security", [])
    return " or ".join("+".join(sorted(alt)) or "none" for alt in alternatives) or "none"


def _servers(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    def default(spec: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        servers = spec.get("servers") or [{}]
        variables = {k: v.get("default") for k, v in servers[0].get("variables", {}).items()}
        return servers[0].get("url"), variables

    (old_url, old_vars), (new_url, new_vars) = default(old), default(new)
    if (old_url, old_vars) != (new_url, new_vars):
        yield Change(
            "server-changed",
            f"default server {old_url} {old_vars or ''} -> {new_url} {new_vars or ''}".replace("  ", " "),
            "/servers/0" if old.get("servers") else "",
            "/servers/0" if new.get("servers") else "",
        )


def _client(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    before, after = old.get("x-client", {}), new.get("x-client", {})
    if before.get("package") != after.get("package"):
        summary = f"package {before.get('package')} renamed {after.get('package')}"
        yield Change("package-renamed", summary, "/x-client/package", "/x-client/package")
    if "package" in before and "package" in after and env_prefix(old) != env_prefix(new):
        summary = (
            f"environment prefix {env_prefix(old)}_ -> {env_prefix(new)}_ (e.g. {env_prefix(old)}_SHARED_STATE_URL)"
        )
        at_old = "/x-client/env-prefix" if "env-prefix" in before else "/x-client/package"
        at_new = "/x-client/env-prefix" if "env-prefix" in after else "/x-client/package"
        yield Change("env-prefix-changed", summary, at_old, at_new)
    old_settings, new_settings = before.get("settings", {}), after.get("settings", {})
    holder = "/x-client/settings"
    for name in sorted(old_settings.keys() - new_settings.keys()):
        yield Change("setting-removed", f"connect() setting {name} removed", f"{holder}/{name}", holder)
    for name in sorted(new_settings.keys() - old_settings.keys()):
        required = "default" not in new_settings[name] and _needed_by_connect(new, name)
        kind = "setting-added-required" if required else "setting-added"
        summary = f"connect() setting {name} added" + (" without a default, needed by connect()" if required else "")
        yield Change(kind, summary, holder, f"{holder}/{name}")
    for name in sorted(old_settings.keys() & new_settings.keys()):
        at = f"{holder}/{name}"
        was, now = old_settings[name], new_settings[name]
        old_env, new_env = was.get("env", []), now.get("env", [])
        for variable in [v for v in old_env if v not in new_env]:
            summary = f"connect() setting {name}: environment variable {variable} no longer read"
            yield Change("setting-environment-removed", summary, f"{at}/env", at + ("/env" if "env" in now else ""))
        for variable in [v for v in new_env if v not in old_env]:
            summary = f"connect() setting {name}: environment variable {variable} read"
            yield Change("setting-environment-added", summary, at + ("/env" if "env" in was else ""), f"{at}/env")
        if was.get("default") != now.get("default"):
            summary = f"connect() setting {name}: default {was.get('default')!r} -> {now.get('default')!r}"
            yield Change("setting-default-changed", summary, at, at)
