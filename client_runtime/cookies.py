"""The generated clients send the cookies they were given and keep none a server sets.

Both APIs authenticate every request with a header written by the auth plugins; neither relies on cookies. An
`httpx.Client` keeps every cookie a response sets and sends it back with later requests to that host. For a
client that one process shares for hours (a SIEM pipeline), that is state nobody asked for: a load balancer's
affinity pinned for the client's lifetime, or a session cookie that keeps requests working after their key was
revoked, when the auth plugins alone should decide what a request carries. It also costs: reading a response's
cookies builds a urllib request and an email message per response, about a tenth of httpx's own CPU per request
(bench/ section a).

So the client's cookie store is replaced by one that sends what `Client(cookies=...)` gave and ignores Set-Cookie.
`response.cookies` still shows what a server set. httpx has no switch for this; its maintainers suggest replacing
the store (encode/httpx#2992). Hand-written: one class and one assignment.
"""

from __future__ import annotations

from typing import TypeVar

import httpx

__all__ = ["GivenCookies", "given_cookies_only"]

C = TypeVar("C", httpx.Client, httpx.AsyncClient)


class GivenCookies(httpx.Cookies):
    """A cookie store that keeps what it was built with and nothing a response sets."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def given_cookies_only(client: C) -> C:
    """`client`, sending the cookies it was built with and keeping none from responses.

    httpx 0.28 reads the store from `_cookies` when it sends and when a response comes (the public `cookies`
    setter would wrap the store in a plain `httpx.Cookies` again); pyproject.toml pins httpx below 0.29."""
    client._cookies = GivenCookies(client.cookies)
    return client
