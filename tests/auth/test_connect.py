"""resolve(): settings from argument / environment / default, the base URL, the timeout, the wiring."""

from __future__ import annotations

import httpx
import pytest

from auth_plugins import (
    AsyncResilientTransport,
    ConfigurationError,
    Connection,
    RateLimits,
    ResilientTransport,
    RetryPolicy,
    TokenExchangeAuth,
    TokenHeaderAuth,
    resolve,
)

from .fakes import EXCHANGE_PROFILE, HEADER_PROFILE, canary

ORG = "2f6b0c1e-0000-4000-8000-000000000001"


def exchange(**settings: str | None) -> Connection:
    return resolve(EXCHANGE_PROFILE, settings={"api_key": "k", "tenant": "acme", **settings})


def test_missing_key_names_the_environment_variable() -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve(EXCHANGE_PROFILE, settings={"tenant": "acme"})
    assert "set CYBERHAVEN_API_KEY or pass api_key=" in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_missing_key_with_two_environment_variables_names_both() -> None:
    with pytest.raises(ConfigurationError, match="set SEVCO_API_TOKEN or SEVCO_API_KEY or pass api_key="):
        resolve(HEADER_PROFILE, settings={"org_id": ORG})


def test_missing_org_and_tenant_name_theirs() -> None:
    with pytest.raises(ConfigurationError, match="set SEVCO_ORG_ID or pass org_id="):
        resolve(HEADER_PROFILE, settings={"api_key": "k"})
    with pytest.raises(ConfigurationError, match="set CYBERHAVEN_TENANT or pass tenant="):
        resolve(EXCHANGE_PROFILE, settings={"api_key": "k"})


@pytest.mark.parametrize("blank", ["", "  ", "\n"])
def test_an_explicit_blank_is_refused_not_replaced(monkeypatch: pytest.MonkeyPatch, blank: str) -> None:
    monkeypatch.setenv("CYBERHAVEN_API_KEY", "from-env")
    with pytest.raises(ConfigurationError, match="'api_key' is empty"):
        exchange(api_key=blank)


def test_settings_come_from_argument_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEVCO_API_TOKEN", "   ")  # blank: skipped
    monkeypatch.setenv("SEVCO_API_KEY", " from-second-var \n")
    monkeypatch.setenv("SEVCO_ORG_ID", ORG)
    connection = resolve(HEADER_PROFILE, settings={})
    assert connection.base_url == "https://api.sev.co"
    request = httpx.Request("GET", "https://api.sev.co/v1/admin/org")
    next(connection.auth.sync_auth_flow(request))
    assert request.headers["authorization"] == "Token from-second-var"
    assert request.headers["x-sevco-target-org"] == ORG

    monkeypatch.setenv("SEVCO_API_TOKEN", "from-first-var")
    request = httpx.Request("GET", "https://api.sev.co/v1/admin/org")
    next(resolve(HEADER_PROFILE, settings={"api_key": None}).auth.sync_auth_flow(request))
    assert request.headers["authorization"] == "Token from-first-var"

    request = httpx.Request("GET", "https://api.sev.co/v1/admin/org")
    next(resolve(HEADER_PROFILE, settings={"api_key": "from-argument"}).auth.sync_auth_flow(request))
    assert request.headers["authorization"] == "Token from-argument"


def test_a_default_is_used_last() -> None:
    from attrs import evolve

    from auth_plugins import Setting

    profile = evolve(
        EXCHANGE_PROFILE,
        settings=(
            *EXCHANGE_PROFILE.settings[:2],
            Setting("base_url", env=("CYBERHAVEN_BASE_URL",), default="https://d.test"),
        ),
    )
    assert resolve(profile, settings={"api_key": "k"}).base_url == "https://d.test"


def test_an_unknown_setting_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="unknown setting"):
        exchange(api_kye="k")


@pytest.mark.parametrize(
    "tenant",
    [
        "acme",
        "acme.cyberhaven.io",
        "ACME.CYBERHAVEN.IO",
        "https://acme.cyberhaven.io",
        "https://acme.cyberhaven.io/",
        " acme ",
    ],
)
def test_the_tenant_fills_the_server_url_without_doubling_the_host(tenant: str) -> None:
    assert exchange(tenant=tenant).base_url.lower() == "https://acme.cyberhaven.io"


@pytest.mark.parametrize("tenant", ["acme/evil", "ac me", "acme@evil.test", ".cyberhaven.io"])
def test_a_tenant_that_is_not_a_host_part_is_refused(tenant: str) -> None:
    with pytest.raises(ConfigurationError):
        exchange(tenant=tenant)


def test_base_url_overrides_the_tenant(monkeypatch: pytest.MonkeyPatch) -> None:
    assert exchange(base_url="https://proxy.example.com/cyberhaven/").base_url == "https://proxy.example.com/cyberhaven"
    monkeypatch.setenv("CYBERHAVEN_BASE_URL", "https://from-env.example.com")
    assert resolve(EXCHANGE_PROFILE, settings={"api_key": "k"}).base_url == "https://from-env.example.com"


@pytest.mark.parametrize(
    "url",
    ["http://acme.cyberhaven.io", "http://10.0.0.1:8080", "http://localhost.evil.test", "ftp://x.test", "https://"],
)
def test_plain_http_and_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        exchange(base_url=url)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080", "http://127.4.5.6", "http://[::1]:9000", "http://localhost:8000", "http://LOCALHOST"],
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert exchange(base_url=url).base_url == url


def test_the_default_timeout_and_overrides() -> None:
    assert exchange().timeout == httpx.Timeout(30.0, connect=10.0)
    assert resolve(EXCHANGE_PROFILE, settings={"api_key": "k", "tenant": "a"}, timeout=5).timeout == httpx.Timeout(5.0)
    custom = httpx.Timeout(60.0, connect=3.0)
    assert resolve(EXCHANGE_PROFILE, settings={"api_key": "k", "tenant": "a"}, timeout=custom).timeout is custom


@pytest.mark.parametrize("timeout", [httpx.Timeout(None), httpx.Timeout(10.0, pool=None), 0.0, -1.0])
def test_an_unlimited_or_non_positive_timeout_is_refused(timeout: httpx.Timeout | float) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        resolve(EXCHANGE_PROFILE, settings={"api_key": "k", "tenant": "a"}, timeout=timeout)


def test_the_connection_wires_auth_and_resilient_transports() -> None:
    inner, ainner = (
        httpx.MockTransport(lambda r: httpx.Response(200)),
        httpx.MockTransport(lambda r: httpx.Response(200)),
    )
    policy = RetryPolicy(max_attempts=2)
    limits = RateLimits(requests_per_minute=10, max_concurrent_per_operation=2)
    connection = resolve(
        EXCHANGE_PROFILE,
        settings={"api_key": "k", "tenant": "acme"},
        retry=policy,
        rate_limits=limits,
        transport=inner,
        async_transport=ainner,
    )
    assert isinstance(connection.auth, TokenExchangeAuth)
    assert isinstance(connection.transport, ResilientTransport)
    assert isinstance(connection.async_transport, AsyncResilientTransport)
    assert connection.transport.transport is inner
    assert connection.async_transport.transport is ainner
    assert connection.transport.retry is policy
    assert connection.transport.limiter is connection.async_transport.limiter  # one limiter for both paths
    assert connection.transport.limiter.rate_limits == limits
    default = exchange().transport
    assert isinstance(default, ResilientTransport)
    assert default.limiter.rate_limits == EXCHANGE_PROFILE.rate_limits  # the spec's by default
    assert isinstance(default.transport, httpx.HTTPTransport)


def test_a_header_profile_gets_token_header_auth() -> None:
    assert isinstance(resolve(HEADER_PROFILE, settings={"api_key": "k", "org_id": ORG}).auth, TokenHeaderAuth)


def test_the_connection_repr_shows_no_secret() -> None:
    key = canary("KEY")
    for connection in (exchange(api_key=key), resolve(HEADER_PROFILE, settings={"api_key": key, "org_id": ORG})):
        text = repr(connection)
        assert key not in text
        assert text.startswith("Connection(base_url=")
