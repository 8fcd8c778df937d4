"""What a user meets over HTTP (loopback, the real mock, clients from the generated connect()): a page whose
incidents carry nulls and surprises loses none of them; errors inside 2xx bodies; the /public prefix; the
refresh_token variant of the token exchange; Sevco's JWT alternative."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterator
from typing import Any

import cyberhaven_client
import httpx
import pytest
import sevco_client
from cyberhaven_client.api.authentication import exchange_api_key
from cyberhaven_client.api.incidents import list_incidents
from cyberhaven_client.models import ExchangeApiKeyRequest, ListIncidentsRequest
from cyberhaven_client.paginate import iterate_list_incidents
from cyberhaven_client.types import Unset
from sevco_client.api.admin import list_orgs

from auth_plugins.errors import ConfigurationError, ErrorsInBodyError, MalformedResponseError, ModelMismatchError
from tests.contract.conftest import Server
from tests.contract.recipes import RECIPES, Context
from tests.contract.spec_tools import operation_ids
from tests.credentials import CYBERHAVEN_KEY, SEVCO_JWT, SEVCO_KEY, SEVCO_ORG
from tests.generated_models import as_instants

LOGGER = "client_runtime.parsing"
PAGE = ListIncidentsRequest.from_dict({"page_request": {"size": 20}})


def _raw_page(connected: Callable[..., Context]) -> dict[str, Any]:
    """A real page of the mock, as JSON (every incident with its events in full)."""
    response = list_incidents.sync_detailed(client=connected("cyberhaven").client, body=PAGE)
    page: dict[str, Any] = response.parsed.to_dict()
    assert len(page["resources"]) == 20
    return page


def _with_surprises(page: dict[str, Any]) -> dict[str, Any]:
    """The page as a server that strays from its spec might send it: nulls in nested objects that the spec
    does not allow to be null (the owner of a file, whole users and datasets), and one value of another type."""
    page = copy.deepcopy(page)
    for index, incident in enumerate(page["resources"]):
        for end in ("start_event", "end_event"):
            event = incident.get("event_details", {}).get(end) or {}
            for place in ("source", "destination"):
                if isinstance(event.get(place), dict) and isinstance(event[place].get("file"), dict):
                    event[place]["file"]["owner"] = None
        if index % 3 == 0:
            incident["user"] = None
            incident["dataset"] = None
        if index % 4 == 1:
            incident["policy"] = {**(incident.get("policy") or {}), "severity": None, "custom_data": None}
    page["resources"][5]["risk_score"] = "8.7"  # a number sent as a string
    return page


def test_a_page_with_nulls_and_a_wrong_type_keeps_every_incident(
    connected: Callable[..., Context], server: Callable[[str], Server], caplog: pytest.LogCaptureFixture
) -> None:
    sent = _with_surprises(_raw_page(connected))
    mock = server("cyberhaven").mock
    mock.faults.add("list_incidents", "body", body=sent, count=2)
    client = connected("cyberhaven", strict=False).client

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        page = list_incidents.sync(client=client, body=PAGE)
        again = list_incidents.sync(client=client, body=PAGE)

    assert not isinstance(page.resources, Unset)
    assert [incident.id for incident in page.resources] == [incident["id"] for incident in sent["resources"]]
    assert as_instants(page.to_dict()) == as_instants(sent) == as_instants(again.to_dict())
    assert page.resources[0].user is None and page.resources[5].risk_score == "8.7"
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 1, messages  # once per model and field, however many pages
    assert messages[0].startswith("list_incidents: at /resources/5/risk_score: expected number, got string '8.7'")


def test_strict_connect_names_the_operation_and_the_pointer(
    connected: Callable[..., Context], server: Callable[[str], Server]
) -> None:
    sent = _with_surprises(_raw_page(connected))
    server("cyberhaven").mock.faults.add("list_incidents", "body", body=sent)

    with pytest.raises(MalformedResponseError) as caught:
        list_incidents.sync(client=connected("cyberhaven", strict=True).client, body=PAGE)

    error = caught.value
    assert error.operation == "list_incidents" and error.status_code == 200
    assert "list_incidents: response (HTTP 200) does not fit the model: at /resources/0/user: expected object" in str(
        error
    )
    assert isinstance(error.__cause__, ModelMismatchError) and error.__cause__.pointer == "/resources/0/user"


def test_a_walk_over_pages_with_surprises_keeps_every_incident(
    connected: Callable[..., Context], server: Callable[[str], Server]
) -> None:
    first = _with_surprises(_raw_page(connected))
    first["page_response"] = {"next_id": "second", "total": 40}
    second = _with_surprises(_raw_page(connected))
    second["resources"] = [{**incident, "id": incident["id"] + "-2"} for incident in second["resources"]]
    second["page_response"] = {"next_id": ""}
    mock = server("cyberhaven").mock
    mock.faults.add("list_incidents", "body", body=first)
    mock.faults.add("list_incidents", "body", body=second)  # fires once the first one is spent

    walked = list(iterate_list_incidents(client=connected("cyberhaven", strict=False).client, body=PAGE))

    assert [incident.id for incident in walked] == [i["id"] for i in first["resources"] + second["resources"]]


# --- errors inside 2xx bodies (x-errors-in-body) -------------------------------------------------


def test_a_failed_entry_next_to_the_payload_is_kept_and_logged(
    connected: Callable[..., Context], server: Callable[[str], Server], caplog: pytest.LogCaptureFixture
) -> None:
    sent = _raw_page(connected)
    sent["errors"] = [{"code": 0, "message": ""}, {"code": 13, "message": "dataset ds-1: permission denied"}]
    server("cyberhaven").mock.faults.add("list_incidents", "body", body=sent)

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        page = list_incidents.sync(client=connected("cyberhaven").client, body=PAGE)

    assert not isinstance(page.errors, Unset) and not isinstance(page.resources, Unset)
    assert [(entry.code, entry.message) for entry in page.errors if entry.code] == [
        (13, "dataset ds-1: permission denied")
    ]
    assert len(page.resources) == 20
    assert [record.getMessage() for record in caplog.records] == [
        "list_incidents: the server reported an error inside a successful response: code 13: "
        "dataset ds-1: permission denied"
    ]


@pytest.mark.parametrize("payload", [{}, {"resources": None}])
def test_errors_without_the_payload_are_an_error_not_an_empty_page(
    payload: dict[str, Any], connected: Callable[..., Context], server: Callable[[str], Server]
) -> None:
    sent = {"type": "incidents", **payload, "errors": [{"code": 7, "message": "filter.users: unknown user"}]}
    server("cyberhaven").mock.faults.add("list_incidents", "body", body=sent)

    with pytest.raises(ErrorsInBodyError) as caught:
        list_incidents.sync(client=connected("cyberhaven").client, body=PAGE)

    assert caught.value.errors == ((7, "filter.users: unknown user"),) and caught.value.operation == "list_incidents"
    assert "with errors and no /resources: code 7: filter.users: unknown user" in str(caught.value)


def test_a_body_of_the_wrong_top_level_kind_is_malformed(
    connected: Callable[..., Context], server: Callable[[str], Server]
) -> None:
    server("cyberhaven").mock.faults.add("list_incidents", "body", body=[{"id": "a"}])
    with pytest.raises(MalformedResponseError, match="expected a JSON object, got an array of 1 items"):
        list_incidents.sync(client=connected("cyberhaven", strict=False).client, body=PAGE)


# --- /public ---------------------------------------------------------------------------------------


class Recording(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return super().handle_request(request)


@pytest.fixture
def recording() -> Iterator[Recording]:
    transport = Recording()
    yield transport
    transport.close()


def test_every_cyberhaven_operation_works_under_public(server: Callable[[str], Server], recording: Recording) -> None:
    url = server("cyberhaven").url + "/public"
    client = cyberhaven_client.connect(api_key=CYBERHAVEN_KEY, base_url=url, transport=recording, strict=True)
    with client:
        for operation_id in operation_ids("cyberhaven"):
            response = RECIPES["cyberhaven"][operation_id](Context(client=client, api_key=CYBERHAVEN_KEY))
            assert 200 <= response.status_code < 300, operation_id
    paths = {request.url.path for request in recording.requests}
    assert "/public/v2/auth/token/access" in paths and "/public/v2/incidents/list" in paths
    assert all(path.startswith("/public/v2/") for path in paths), paths
    # the client's own exchange under /public, once for every operation, and the exchange_api_key recipe's call
    assert server("cyberhaven").mock.stats()["token_exchanges"] == 2


def test_the_exchange_takes_the_key_as_refresh_token(connected: Callable[..., Context]) -> None:
    client = connected("cyberhaven").client
    answer = exchange_api_key.sync(client=client, body=ExchangeApiKeyRequest(refresh_token=CYBERHAVEN_KEY))
    assert answer.access_token and answer.expires_in == 900
    with pytest.raises(cyberhaven_client.errors.BadRequestError):  # neither field: the spec's anyOf
        exchange_api_key.sync(client=client, body=ExchangeApiKeyRequest())


def test_the_exchange_refuses_a_wrong_refresh_token(connected: Callable[..., Context]) -> None:
    body = ExchangeApiKeyRequest(refresh_token="not-a-key")
    with pytest.raises(cyberhaven_client.errors.AuthenticationError):
        exchange_api_key.sync(client=connected("cyberhaven").client, body=body)


# --- Sevco's JWT ----------------------------------------------------------------------------------


@pytest.fixture
def no_sevco_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SEVCO_API_TOKEN", "SEVCO_API_KEY", "SEVCO_JWT", "SEVCO_ORG_ID", "SEVCO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_a_jwt_is_sent_as_a_bearer_token(
    server: Callable[[str], Server], recording: Recording, no_sevco_env: None
) -> None:
    with sevco_client.connect(jwt=SEVCO_JWT, org_id=SEVCO_ORG, base_url=server("sevco").url, transport=recording) as c:
        orgs = list_orgs.sync(client=c)
    assert orgs.orgs
    assert recording.requests[-1].headers["authorization"] == f"Bearer {SEVCO_JWT}"
    assert recording.requests[-1].headers["x-sevco-target-org"] == SEVCO_ORG
    assert SEVCO_JWT not in repr(c)


def test_the_jwt_comes_from_sevco_jwt(
    server: Callable[[str], Server], recording: Recording, monkeypatch: pytest.MonkeyPatch, no_sevco_env: None
) -> None:
    monkeypatch.setenv("SEVCO_JWT", SEVCO_JWT)
    monkeypatch.setenv("SEVCO_ORG_ID", SEVCO_ORG)
    with sevco_client.connect(base_url=server("sevco").url, transport=recording) as client:
        list_orgs.sync(client=client)
    assert recording.requests[-1].headers["authorization"] == f"Bearer {SEVCO_JWT}"


def test_an_api_key_given_wins_over_a_jwt_in_the_environment(
    server: Callable[[str], Server], recording: Recording, monkeypatch: pytest.MonkeyPatch, no_sevco_env: None
) -> None:
    monkeypatch.setenv("SEVCO_JWT", SEVCO_JWT)
    url = server("sevco").url
    with sevco_client.connect(api_key=SEVCO_KEY, org_id=SEVCO_ORG, base_url=url, transport=recording) as client:
        list_orgs.sync(client=client)
    assert recording.requests[-1].headers["authorization"] == f"Token {SEVCO_KEY}"


def test_the_api_key_comes_first_when_both_are_in_the_environment(
    monkeypatch: pytest.MonkeyPatch, no_sevco_env: None
) -> None:
    monkeypatch.setenv("SEVCO_JWT", SEVCO_JWT)
    monkeypatch.setenv("SEVCO_API_TOKEN", SEVCO_KEY)
    client = sevco_client.connect(org_id=SEVCO_ORG, base_url="http://127.0.0.1:9")
    request = httpx.Request("GET", "http://127.0.0.1:9/v1/admin/org")
    assert client._auth is not None
    flow = client._auth.sync_auth_flow(request)
    assert next(flow).headers["authorization"] == f"Token {SEVCO_KEY}"


def test_both_credentials_passed_or_none_is_a_configuration_error(no_sevco_env: None) -> None:
    with pytest.raises(ConfigurationError, match="api_key= and jwt= are alternatives"):
        sevco_client.connect(api_key=SEVCO_KEY, jwt=SEVCO_JWT, org_id=SEVCO_ORG)
    with pytest.raises(ConfigurationError) as caught:
        sevco_client.connect(org_id=SEVCO_ORG)
    message = str(caught.value)
    assert "set SEVCO_API_TOKEN or SEVCO_API_KEY or pass api_key=" in message
    assert "set SEVCO_JWT or pass jwt=" in message
