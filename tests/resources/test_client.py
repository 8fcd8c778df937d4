"""The resource client as a client: raw responses, with_options (shared pool, token and limits), use as
`client=` of the low-level functions, closing, and the async twin."""

from __future__ import annotations

import asyncio
import json

import cyberhaven_client
import httpx
import pytest
import sevco_client
from cyberhaven_client.api.incidents import list_incidents, update_incident
from cyberhaven_client.errors import InternalServerError
from cyberhaven_client.models import ListIncidentsRequest, UpdateIncidentRequest
from sevco_client.api.admin import list_orgs

from auth_plugins.errors import ClientClosedError, ResponseTooLargeError
from auth_plugins.resilience import ResilientTransport, RetryPolicy
from mock_servers.pytest_plugin import MockService
from tests.credentials import CYBERHAVEN_KEY, SEVCO_KEY, SEVCO_ORG


def test_connect_returns_the_resource_client_with_the_same_settings_and_environment(
    monkeypatch: pytest.MonkeyPatch, sevco_mock: MockService
) -> None:
    monkeypatch.setenv("SEVCO_API_KEY", SEVCO_KEY)
    monkeypatch.setenv("SEVCO_ORG_ID", SEVCO_ORG)
    monkeypatch.setenv("SEVCO_BASE_URL", sevco_mock.url)
    with sevco_client.connect() as sv:
        assert isinstance(sv, sevco_client.Sevco) and isinstance(sv, sevco_client.Client)
        orgs = sv.orgs.list()
    assert [org.id for org in orgs] == [record["id"] for record in sevco_mock.controller.store["orgs"]]


def test_raw_response_gives_status_headers_and_the_body_as_sent(cyberhaven_mock: MockService) -> None:
    ch = cyberhaven_mock.client
    incident = next(iter(ch.incidents.list(limit=1)))
    raw = ch.with_raw_response.incidents.update(incident.id, status="closed", close_reason="valid")
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    body = raw.json()
    assert body == json.loads(raw.content) == json.loads(raw.text)
    assert body["resources"][0]["id"] == incident.id and body["resources"][0]["status"] == "closed"
    assert raw.parse().to_dict()["resources"][0]["status"] == "closed"

    first = ch.with_raw_response.incidents.list(page_request={"size": 25})
    assert first.status_code == 200 and len(first.json()["resources"]) == 25
    assert cyberhaven_mock.stats()["requests"]["list_incidents"] == 2  # the first page, fetched at once
    all_ids = [i.id for i in first.parse()]  # the pager starts with that page, then walks on
    assert all_ids == [i.id for i in ch.incidents.list(page_request={"size": 25})]


def test_raw_errors_are_raised_as_typed_errors(cyberhaven_mock: MockService) -> None:
    cyberhaven_mock.faults.add("update_incident", "status", status=500, count=0)
    with pytest.raises(InternalServerError):
        cyberhaven_mock.client.with_raw_response.incidents.update("INC-1", status="open")


def test_with_options_shares_pool_token_and_limits_and_outlives_its_copies(cyberhaven_mock: MockService) -> None:
    ch = cyberhaven_mock.client
    patient = ch.with_options(timeout=60, retry=RetryPolicy(max_attempts=3, initial_delay=0, jitter=0))
    impatient = ch.with_options(retry=RetryPolicy(max_attempts=1))
    assert isinstance(patient, cyberhaven_client.Cyberhaven)
    assert patient.get_httpx_client().timeout.read == 60
    parent_transport = ch._transport
    for copy in (patient, impatient):
        transport = copy._transport
        assert isinstance(transport, ResilientTransport) and isinstance(parent_transport, ResilientTransport)
        assert transport.limiter is parent_transport.limiter
        assert transport.transport is parent_transport.transport  # the same pool
        assert transport.max_response_bytes == parent_transport.max_response_bytes
        assert copy._auth is ch._auth

    cyberhaven_mock.faults.add("list_incidents", "status", status=503, count=2)
    assert len(list(patient.incidents.list(limit=5))) == 5  # two 503s retried away
    cyberhaven_mock.faults.add("list_incidents", "status", status=503, count=1)
    with pytest.raises(InternalServerError):
        list(impatient.incidents.list(limit=5))  # one attempt only
    assert cyberhaven_mock.stats()["token_exchanges"] == 1

    patient.close()
    impatient.close()
    assert len(list(ch.incidents.list(limit=3))) == 3  # the parent's pool is still open


def test_a_copy_keeps_the_body_cap_and_one_pool_per_event_loop(cyberhaven_mock: MockService) -> None:
    """The copy is the parent's transport with another retry policy, not a new one with default caps: a body
    over the parent's max_response_bytes is refused through the copy too, and its async side still keeps a pool
    per event loop (one asyncio.run() after another)."""
    small = cyberhaven_client.connect(api_key=CYBERHAVEN_KEY, base_url=cyberhaven_mock.url, max_response_bytes=2_000)
    copy = small.with_options(retry=RetryPolicy(max_attempts=1))
    with pytest.raises(ResponseTooLargeError) as caught:
        list(copy.incidents.list(limit=50))
    assert caught.value.limit == 2_000

    parent = cyberhaven_client.connect_async(api_key=CYBERHAVEN_KEY, base_url=cyberhaven_mock.url)
    twin = parent.with_options(timeout=20)

    async def recent() -> int:
        return len(await twin.incidents.recent())

    assert asyncio.run(recent()) > 0
    assert asyncio.run(recent()) > 0  # a second event loop: a pool of its own, not the first loop's
    small.close()


def test_with_options_checks_the_timeout(cyberhaven_mock: MockService) -> None:
    with pytest.raises(cyberhaven_client.errors.ConfigurationError):
        cyberhaven_mock.client.with_options(timeout=0)


def test_the_resource_client_works_as_client_for_low_level_functions(cyberhaven_mock: MockService) -> None:
    ch = cyberhaven_mock.client
    page = list_incidents.sync(client=ch, body=ListIncidentsRequest.from_dict({"page_request": {"size": 3}}))
    first = page.to_dict()["resources"][0]
    assert len(page.to_dict()["resources"]) == 3
    answer = update_incident.sync(client=ch, id=first["id"], body=UpdateIncidentRequest.from_dict({"status": "closed"}))
    assert answer.to_dict()["resources"][0]["status"] == "closed"


def test_sevco_low_level_and_resource_calls_agree(sevco_mock: MockService) -> None:
    sv = sevco_mock.client
    assert list_orgs.sync(client=sv).orgs == sv.orgs.list()


def test_close_and_context_manager(sevco_mock: MockService) -> None:
    with sevco_mock.package.connect(**sevco_mock.settings) as sv:
        assert sv.roles.list()
        http = sv.get_httpx_client()
    assert http.is_closed
    other = sevco_mock.connect()
    assert other.users.list()
    http = other.get_httpx_client()
    other.close()
    assert http.is_closed
    with pytest.raises(ClientClosedError):  # a closed client stays closed
        other.users.list()


async def test_the_async_twin(cyberhaven_mock: MockService) -> None:
    client = cyberhaven_client.connect_async(api_key=CYBERHAVEN_KEY, base_url=cyberhaven_mock.url)
    assert isinstance(client, cyberhaven_client.AsyncCyberhaven) and isinstance(client, cyberhaven_client.Client)
    async with client:
        recent = await client.incidents.recent()
        raw = await client.with_raw_response.incidents.update(recent[0].id, status="closed")
        assert raw.status_code == 200 and raw.parse().to_dict()["resources"][0]["id"] == recent[0].id
        first_page = await client.with_raw_response.incidents.list(page_request={"size": 10})
        assert len([i async for i in first_page.parse()]) == len(recent)
        impatient = client.with_options(retry=RetryPolicy(max_attempts=1))
        cyberhaven_mock.faults.add("get_incidents", "status", status=502, count=1)
        with pytest.raises(cyberhaven_client.errors.APIStatusError):
            await impatient.incidents.recent()
        http = client.get_async_httpx_client()
    assert http.is_closed
    assert "connect()" in (cyberhaven_client.connect_async.__doc__ or "")
    other = cyberhaven_mock.connect_async()
    assert await other.incidents.recent()
    http = other.get_async_httpx_client()
    await other.close()
    assert http.is_closed
    with pytest.raises(ClientClosedError):
        await other.incidents.recent()


def test_a_hand_built_client_has_no_retry_layer_to_change() -> None:
    client = cyberhaven_client.Cyberhaven(
        base_url="http://127.0.0.1:9", transport=httpx.MockTransport(lambda r: httpx.Response(200))
    )
    with pytest.raises(cyberhaven_client.errors.ConfigurationError, match="connect"):
        client.with_options(retry=RetryPolicy())
