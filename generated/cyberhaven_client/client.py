import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field
from auth_plugins.defaults import DEFAULT_TIMEOUT
from auth_plugins.errors import ClientClosedError
from client_runtime.cookies import given_cookies_only


@define
class Client:
    """Holds the settings and the httpx clients every function under `api/` uses.

    Most code should call `connect()`, which installs auth, retries and rate limits. Built by hand,
    the arguments are:

        ``base_url``: the base URL of the API; requests go to paths relative to it.
        ``timeout``: an httpx.Timeout; the default is 30 s (10 s to connect), never unlimited.
        ``auth``: an httpx.Auth run on every request (tokens rotate inside it, never in fixed headers).
        ``transport`` / ``async_transport``: the httpx transports of the sync and async clients.
        ``headers``, ``cookies``: sent with every request. Cookies a server sets are not kept
            (client_runtime/cookies.py); ``response.cookies`` shows them.
        ``verify_ssl``: True, a CA bundle path or an ssl.SSLContext.
        ``follow_redirects``: False by default.
        ``httpx_args``: further keyword arguments for both httpx.Client and httpx.AsyncClient.
        ``strict``: False (the default): a response that does not fit its model is kept as sent and the
            mismatch logged; True: it raises MalformedResponseError (client_runtime/parsing.py).

    Once closed (``close()``, ``aclose()`` or the end of its ``with`` block) a client stays closed: a call on it
    raises ``ClientClosedError``; ``connect()`` again for a new one. One client serves any number of threads, and
    asyncio tasks of any event loop (one ``asyncio.run()`` after another included).
    """

    _base_url: str = field(alias="base_url")
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _auth: httpx.Auth | None = field(default=None, kw_only=True, alias="auth", repr=False)
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport", repr=False)
    _async_transport: httpx.AsyncBaseTransport | None = field(
        default=None, kw_only=True, alias="async_transport", repr=False
    )
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl", repr=False)
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects", repr=False)
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _strict: bool = field(default=False, kw_only=True, alias="strict")
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    @property
    def strict(self) -> bool:
        """Whether a response that does not fit its model raises (True) or is kept as sent (False)."""
        return self._strict

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """A new client like this one with additional headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """A new client like this one with another timeout."""
        return evolve(self, timeout=timeout)

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "auth": self._auth,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client; it replaces every other setting, auth and transport included."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client, built on first use; ClientClosedError once closed."""
        if self._client is None:
            self._client = given_cookies_only(httpx.Client(transport=self._transport, **self._httpx_kwargs()))
        elif self._client.is_closed:
            raise ClientClosedError("this client was closed; call connect() again for a new one")
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        if self._client is not None:
            self._client.__exit__(*args, **kwargs)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient; it replaces every other setting, auth and transport included."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient, built on first use; ClientClosedError once closed."""
        if self._async_client is None:
            self._async_client = given_cookies_only(
                httpx.AsyncClient(transport=self._async_transport, **self._httpx_kwargs())
            )
        elif self._async_client.is_closed:
            raise ClientClosedError("this client was closed; call connect() again for a new one")
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        if self._async_client is not None:
            await self._async_client.__aexit__(*args, **kwargs)

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()


# openapi-python-client's name for a client with auth; ours carries auth as an httpx.Auth.
AuthenticatedClient = Client
