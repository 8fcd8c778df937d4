"""TokenHeaderAuth: `Authorization: Token <key>` and the extra headers on every request; blank values refused."""

from __future__ import annotations

import httpx
import pytest

from auth_plugins import ConfigurationError, Secret, TokenHeaderAuth, TokenHeaderAuthSpec

from .fakes import HEADER_AUTH, canary

SPEC = HEADER_AUTH
ORG = "8c2b1f9e-3d4a-4f5b-9c6d-7e8f9a0b1c2d"


def recorder() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"orgs": []})

    return seen, httpx.MockTransport(handle)


def test_headers_set_on_every_sync_request() -> None:
    key = canary("KEY")
    auth = TokenHeaderAuth(SPEC, {"api_key": Secret(key), "org_id": Secret(ORG)})
    seen, transport = recorder()
    with httpx.Client(base_url="https://api.sev.co", auth=auth, transport=transport) as client:
        client.get("/v1/admin/org")
        client.post("/v3/asset/device", json={"query": {}})
    assert len(seen) == 2
    for request in seen:
        assert request.headers["authorization"] == f"Token {key}"
        assert request.headers["x-sevco-target-org"] == ORG


async def test_headers_set_on_async_requests() -> None:
    key = canary("KEY")
    auth = TokenHeaderAuth(SPEC, {"api_key": Secret(key), "org_id": Secret(ORG)})
    seen, transport = recorder()
    async with httpx.AsyncClient(base_url="https://api.sev.co", auth=auth, transport=transport) as client:
        await client.get("/v1/admin/org")
    assert seen[0].headers["authorization"] == f"Token {key}"
    assert seen[0].headers["x-sevco-target-org"] == ORG


def test_a_caller_header_is_overwritten_by_the_configured_one() -> None:
    key = canary("KEY")
    auth = TokenHeaderAuth(SPEC, {"api_key": Secret(key), "org_id": Secret(ORG)})
    seen, transport = recorder()
    with httpx.Client(auth=auth, transport=transport) as client:
        client.get("https://api.sev.co/v1/admin/org", headers={"Authorization": "Token other"})
    assert seen[0].headers["authorization"] == f"Token {key}"


def test_values_are_stripped_and_an_empty_prefix_sends_the_bare_key() -> None:
    key = canary("KEY")
    spec = TokenHeaderAuthSpec(token_setting="api_key", header="X-Api-Key", prefix="")
    auth = TokenHeaderAuth(spec, {"api_key": Secret(f"  {key}\n")})
    seen, transport = recorder()
    with httpx.Client(auth=auth, transport=transport) as client:
        client.get("https://api.test/")
    assert seen[0].headers["x-api-key"] == key


@pytest.mark.parametrize(
    ("secrets", "names"),
    [
        ({"api_key": "", "org_id": ORG}, "api_key"),
        ({"api_key": "   ", "org_id": ORG}, "api_key"),
        ({"org_id": ORG}, "api_key"),
        ({"api_key": "k", "org_id": ""}, "org_id"),
        ({"api_key": "k", "org_id": " \t "}, "org_id"),
        ({"api_key": "k"}, "org_id"),
        ({"api_key": "k\r\nX-Injected: 1", "org_id": ORG}, "api_key"),
    ],
)
def test_a_blank_or_missing_value_is_refused_at_construction(secrets: dict[str, str], names: str) -> None:
    with pytest.raises(ConfigurationError, match=names):
        TokenHeaderAuth(SPEC, {name: Secret(value) for name, value in secrets.items()})


def test_repr_shows_no_value() -> None:
    key = canary("KEY")
    auth = TokenHeaderAuth(SPEC, {"api_key": Secret(key), "org_id": Secret(ORG)})
    assert key not in repr(auth)
    assert repr(auth) == "TokenHeaderAuth(header='Authorization', prefix='Token', extra_headers=['x-sevco-target-org'])"
