"""`x-auth-plugin: token-header`: a static key in a header (Sevco: `Authorization: Token <key>`), plus
extra headers read from settings (`x-sevco-target-org: <org id>`), set on every request."""

from __future__ import annotations

from collections.abc import Generator, Mapping

import httpx

from .errors import ConfigurationError
from .profile import TokenHeaderAuthSpec
from .secrets import Secret

__all__ = ["TokenHeaderAuth", "header_value"]


def header_value(setting: str, value: Secret | str | None, *, what: str) -> str:
    """The value of a setting fit for a header; ConfigurationError when missing, blank or multi-line."""
    text = (value.reveal() if isinstance(value, Secret) else value or "").strip()
    if not text:
        raise ConfigurationError(f"setting {setting!r} ({what}) is missing or empty")
    if any(ch in text for ch in "\r\n\x00"):
        raise ConfigurationError(f"setting {setting!r} ({what}) contains a line break or NUL")
    return text


class TokenHeaderAuth(httpx.Auth):
    """Sets `<header>: <prefix> <key>` and each extra header on every request.

    `values` maps setting names to their values: a `Secret` for a secret setting (the key), a plain `str`
    allowed for the others (an org id is not redacted from messages, a Secret one would be)."""

    def __init__(self, spec: TokenHeaderAuthSpec, values: Mapping[str, Secret | str]) -> None:
        self.spec = spec
        key = header_value(spec.token_setting, values.get(spec.token_setting), what=f"the {spec.header} key")
        self._key = Secret(key)  # held so the bare key stays redacted (the caller's Secret may be dropped)
        headers: dict[str, Secret | str] = {spec.header: Secret(f"{spec.prefix} {key}" if spec.prefix else key)}
        for header, setting in spec.extra_headers.items():
            given = values.get(setting)
            value = header_value(setting, given, what=f"header {header}")
            headers[header] = Secret(value) if isinstance(given, Secret) else value
        self._headers = headers

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        for header, value in self._headers.items():
            request.headers[header] = value.reveal() if isinstance(value, Secret) else value
        yield request

    def __repr__(self) -> str:
        extra = sorted(self.spec.extra_headers)
        return f"TokenHeaderAuth(header={self.spec.header!r}, prefix={self.spec.prefix!r}, extra_headers={extra!r})"
