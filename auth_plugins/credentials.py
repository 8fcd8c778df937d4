"""The seam between the auth flows and the transport: credentials are attached after the transport's last wait.

The waits of a request happen in the transport (an in-flight slot, the per-minute budget, a connection: see
resilience.py); its credentials come from the auth flow, which httpx runs before the transport. A token attached by
the flow could expire while the request waits behind 200 others. So the flow does not attach a token itself: it
marks the request with its `Credentials` and the origin they are meant for (`mark()`), and the transport, for each
attempt,
  1. calls `prepare()`, which may exchange the API key for a token (sent through the same transport: limits,
     retries, deadline and body cap apply, and it never follows a redirect), and then
  2. once it holds a connection and has nothing left to wait for, calls `attach()`, which writes the headers from
     the credential current *now*; False (it went stale during the connection wait) sends the transport back to 1.

The same mark carries the redirect rule. httpx follows redirects (when a user turns them on) by sending each hop
through the transport with the first request's extensions; on a hop to another origin (scheme, host or port:
https->http included) the transport removes every header the credentials own, not only `Authorization` (all httpx
strips), and attaches nothing (`for_sending()`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Final, Protocol

import httpx
from attrs import frozen

__all__ = ["CREDENTIALS", "Attachment", "Credentials", "Origin", "for_sending", "mark", "origin"]

logger = logging.getLogger("auth_plugins")

CREDENTIALS: Final = "auth_plugins.credentials"  # the request extension holding an Attachment

Origin = tuple[str, str, int | None]
SyncSend = Callable[[httpx.Request], httpx.Response]
AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]


class Credentials(Protocol):
    """What an auth flow hands the transport (TokenHeaderAuth, TokenExchangeAuth)."""

    @property
    def header_names(self) -> frozenset[str]:
        """The lower-case names of every header the credentials set: removed on a hop to another origin."""
        ...

    def sync_prepare(self, request: httpx.Request, send: SyncSend) -> None:
        """Have a usable credential at hand for `request`; may send requests (a token exchange) through `send`."""
        ...

    async def async_prepare(self, request: httpx.Request, send: AsyncSend) -> None:
        """`sync_prepare()` for asyncio (or trio) tasks."""
        ...

    def attach(self, request: httpx.Request) -> bool:
        """Write the credential headers now, without waiting for anything; False if none is usable any more."""
        ...


@frozen
class Attachment:
    credentials: Credentials
    origin: Origin


def origin(url: httpx.URL) -> Origin:
    return (url.scheme, url.host, url.port)


def mark(request: httpx.Request, credentials: Credentials) -> None:
    """Leave the credentials of `request` for the transport, bound to the request's origin."""
    request.extensions[CREDENTIALS] = Attachment(credentials, origin(request.url))


def for_sending(request: httpx.Request) -> Credentials | None:
    """The credentials the transport is to attach to `request`: None when it has none, or when it is a hop to
    another origin than the one they were marked for (their headers are then removed from it)."""
    attachment = request.extensions.get(CREDENTIALS)
    if not isinstance(attachment, Attachment):
        return None
    if origin(request.url) == attachment.origin:
        return attachment.credentials
    for name in attachment.credentials.header_names:
        request.headers.pop(name, None)
    scheme, host, port = attachment.origin
    logger.info(
        "redirect from %s://%s%s to another origin (%s://%s): credentials removed",
        scheme,
        host,
        f":{port}" if port else "",
        request.url.scheme,
        request.url.host,
    )
    return None
