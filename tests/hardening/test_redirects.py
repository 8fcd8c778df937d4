"""Item 5, redirects (when a user turns them on): every credential header, the extra ones included, is dropped on a
hop to another origin (another port or host, https->http); the token exchange never follows a redirect."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from typing import TypeVar

import attrs
import cyberhaven_client
import pytest
import sevco_client
import trustme
from cyberhaven_client.api.incidents import get_incidents
from sevco_client.api.admin import list_orgs

from auth_plugins import TokenExchangeError

from .servers import RawServer, Received, respond, respond_json
from .support import Canaries, assert_no_secret, cyberhaven, sevco, visible_text

CREDENTIAL_HEADERS = ("authorization", "x-sevco-target-org")


async def orgs(request: Received, writer: asyncio.StreamWriter) -> None:
    await respond_json(writer, 200, {"orgs": []})


def redirect_to(*locations: str, status: int = 307) -> RawServer:
    """Answers the n-th request with a redirect to locations[n]; beyond them, 200."""

    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        served = len(redirector.requests) - 1
        if served < len(locations):
            await respond(writer, status, b"", {"location": locations[served]})
        else:
            await orgs(request, writer)

    redirector = RawServer(handler)
    return redirector


Client = TypeVar("Client", sevco_client.Client, cyberhaven_client.Client)


def following(client: Client) -> Client:
    """The client with redirects turned on (off by default)."""
    return attrs.evolve(client, follow_redirects=True)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_hop_to_another_origin_carries_no_credential(
    status: int, secrets: Canaries, logs: pytest.LogCaptureFixture
) -> None:
    with (
        RawServer(orgs) as elsewhere,
        redirect_to("/v1/admin/org?page=2", f"{elsewhere.url}/v1/admin/org", status=status) as a,
    ):
        result = list_orgs.sync(client=following(sevco(a.url, secrets)))
    assert result is not None
    first, same_origin = a.requests
    for name in CREDENTIAL_HEADERS:
        assert name in first.headers and name in same_origin.headers  # kept on a hop within the origin
        assert name not in elsewhere.requests[0].headers
    assert_no_secret(repr(elsewhere.requests), *secrets.all)
    assert any("credentials removed" in record.getMessage() for record in logs.records)


@pytest.fixture
def tls_server_context(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> Iterator[ssl.SSLContext]:
    """A throwaway CA the client trusts (SSL_CERT_FILE, as a corporate CA would be) and a server cert for 127.0.0.1."""
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    with authority.cert_pem.tempfile() as ca_file:
        monkeypatch.setenv("SSL_CERT_FILE", ca_file)
        yield context


def test_an_https_to_http_hop_carries_no_credential(secrets: Canaries, tls_server_context: ssl.SSLContext) -> None:
    with RawServer(orgs) as plain:

        async def downgrade_to_plain(request: Received, writer: asyncio.StreamWriter) -> None:
            await respond(writer, 302, b"", {"location": f"{plain.url}/v1/admin/org"})

        with RawServer(downgrade_to_plain, tls=tls_server_context) as downgrade:
            assert downgrade.url.startswith("https://")
            result = list_orgs.sync(client=following(sevco(downgrade.url, secrets)))
    assert result is not None
    assert downgrade.requests[0].headers["authorization"] == f"Token {secrets.key}"
    for name in CREDENTIAL_HEADERS:
        assert name not in plain.requests[0].headers


@pytest.mark.parametrize("follow", [True, False])
def test_the_token_exchange_never_follows_a_redirect(
    follow: bool, secrets: Canaries, logs: pytest.LogCaptureFixture
) -> None:
    with RawServer(orgs) as elsewhere:

        async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
            await respond(writer, 307, b"", {"location": f"{elsewhere.url}/steal"})

        with RawServer(handler) as api:
            client = cyberhaven(api.url, secrets)
            with pytest.raises(TokenExchangeError) as caught:
                get_incidents.sync(client=following(client) if follow else client)
    assert "never follows a redirect" in str(caught.value)
    assert len(api.requests) == 1
    assert elsewhere.requests == []  # the key was not posted anywhere else
    assert_no_secret(visible_text(logs, caught.value), *secrets.all)
