"""`x-auth-plugin: token-header`: a static key in a header (Sevco: `Authorization: Token <key>`), plus extra headers
read from settings (`x-sevco-target-org: <org id>`), set on every request.

The headers are set by the auth flow itself (they never expire, so there is nothing to re-check after the
transport's waits); the flow still marks the request with these credentials (credentials.py) so that the transport
removes every one of them, the extra headers included, from a redirect hop to another origin. Operations the spec
declares `security: []` get none of them.
"""

from __future__ import annotations

from collections.abc import Collection, Generator, Mapping

import httpx

from . import credentials, deadline
from .credentials import AsyncSend, SyncSend
from .errors import ConfigurationError
from .profile import TokenHeaderAuthSpec
from .secrets import Secret

__all__ = ["TokenHeaderAuth", "header_value", "is_header_safe"]


def is_header_safe(text: str) -> bool:
    """Printable ASCII only: no control character (CR, LF, NUL, tab, vertical tab, form feed, DEL...), nothing an
    HTTP library would refuse or escape into its error message."""
    return text.isascii() and text.isprintable()


def header_value(setting: str, value: Secret | str | None, *, what: str) -> str:
    """The value of a setting fit for a header; ConfigurationError (which never quotes the value) when missing,
    blank, or holding a control character or non-ASCII text."""
    text = (value.reveal() if isinstance(value, Secret) else value or "").strip()
    if not text:
        raise ConfigurationError(f"setting {setting!r} ({what}) is missing or empty")
    if not is_header_safe(text):
        raise ConfigurationError(
            f"setting {setting!r} ({what}) holds a control character or non-ASCII text (value not shown); "
            "check for a stray line break, tab or form feed"
        )
    return text


class TokenHeaderAuth(httpx.Auth):
    """Sets `<header>: <prefix> <key>` and each extra header on every request.

    `values` maps setting names to their values: a `Secret` for a secret setting (the key), a plain `str`
    allowed for the others (an org id is not redacted from messages, a Secret one would be)."""

    def __init__(
        self,
        spec: TokenHeaderAuthSpec,
        values: Mapping[str, Secret | str],
        *,
        public_operations: Collection[str] = (),
    ) -> None:
        self.spec = spec
        key = header_value(spec.token_setting, values.get(spec.token_setting), what=f"the {spec.header} key")
        self._key = Secret(key)  # held so the bare key stays redacted (the caller's Secret may be dropped)
        headers: dict[str, Secret | str] = {spec.header: Secret(f"{spec.prefix} {key}" if spec.prefix else key)}
        for header, setting in spec.extra_headers.items():
            given = values.get(setting)
            value = header_value(setting, given, what=f"header {header}")
            headers[header] = Secret(value) if isinstance(given, Secret) else value
        self._headers = headers
        self._public = frozenset(public_operations)
        self.header_names = frozenset(name.lower() for name in headers)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        deadline.stamp(request)
        if request.extensions.get("operation_id") not in self._public:
            for header, value in self._headers.items():
                request.headers[header] = value.reveal() if isinstance(value, Secret) else value
            credentials.mark(request, self)
        yield request

    # -- called by the transport (credentials.Credentials): static headers, set by the flow, never stale --

    def sync_prepare(self, request: httpx.Request, send: SyncSend) -> None:
        return None

    async def async_prepare(self, request: httpx.Request, send: AsyncSend) -> None:
        return None

    def attach(self, request: httpx.Request) -> bool:
        return True

    def __repr__(self) -> str:
        extra = sorted(self.spec.extra_headers)
        return f"TokenHeaderAuth(header={self.spec.header!r}, prefix={self.spec.prefix!r}, extra_headers={extra!r})"
