"""Item 4, secrets out of every channel: keys, tokens and secret settings are checked before use, never echoed,
redacted in every form and every chained exception, kept out of pickles and of the DEBUG logs of httpx, httpcore and
ours, hidden in the reprs of models marked sensitive; the token exchange called directly sends no credential."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from urllib.parse import quote

import cyberhaven_client
import httpx
import pytest
import sevco_client
from cyberhaven_client.api.authentication import exchange_api_key
from cyberhaven_client.api.incidents import get_incidents
from cyberhaven_client.models import AccessTokenResponse, ExchangeApiKeyRequest
from sevco_client.api.admin import list_orgs

from auth_plugins import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    PermissionDeniedError,
    ResponseTooLargeError,
    RetryPolicy,
    TokenExchangeError,
)

from .servers import Handler, RawServer, Received, respond, respond_json
from .support import Canaries, assert_no_secret, cyberhaven, sevco, visible_text
from .workers import list_orgs_with

TOKEN_PATH = "/v2/auth/token/access"
BAD_CHARACTERS = ["\x0b", "\x0c", "\r\n", "\n", "\x00", "\t", "\x7f", "\x1b", "é", "\u2028"]


def echo(status: int) -> Handler:
    """Answers `status`, echoing every credential it was sent in its headers and body, in several escapings."""

    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        sent = {
            name: value for name, value in request.headers.items() if name in ("authorization", "x-sevco-target-org")
        }
        text = " ".join(f"{name}={value} {quote(value)} {json.dumps(value)} {value!r}" for name, value in sent.items())
        body = json.dumps({"error": {"message": f"not allowed: {text}"}}).encode()
        headers = {"content-type": "application/json", **{f"x-echo-{name}": value for name, value in sent.items()}}
        await respond(writer, status, body, headers)

    return handler


@pytest.mark.parametrize("bad", BAD_CHARACTERS, ids=[repr(bad) for bad in BAD_CHARACTERS])
@pytest.mark.parametrize("setting", ["api_key", "org_id"])
def test_a_setting_with_a_control_character_is_refused_unquoted(setting: str, bad: str, secrets: Canaries) -> None:
    values = {"api_key": secrets.key, "org_id": secrets.org}
    values[setting] = values[setting][:20] + bad + values[setting][20:]
    with pytest.raises(ConfigurationError) as caught:
        sevco_client.connect(api_key=values["api_key"], org_id=values["org_id"], base_url="http://127.0.0.1:9")
    assert setting in str(caught.value)
    assert_no_secret(visible_text(None, caught.value), values[setting], values[setting][:20], values[setting][21:])


@pytest.mark.parametrize("bad", BAD_CHARACTERS, ids=[repr(bad) for bad in BAD_CHARACTERS])
def test_a_key_to_exchange_with_a_control_character_is_refused_unquoted(bad: str, secrets: Canaries) -> None:
    key = secrets.key[:20] + bad + secrets.key[20:]
    with pytest.raises(ConfigurationError) as caught:
        cyberhaven_client.connect(api_key=key, base_url="http://127.0.0.1:9")
    assert_no_secret(visible_text(None, caught.value), key, secrets.key[20:])


@pytest.mark.parametrize("bad", ["\r\n", "\x0b", "\x00", "é"], ids=repr)
def test_a_token_with_a_control_character_is_a_token_exchange_error(
    bad: str, secrets: Canaries, logs: pytest.LogCaptureFixture
) -> None:
    token = secrets.token()
    token = token[:20] + bad + token[20:]
    secrets.tokens.append(token)

    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        await respond_json(writer, 200, {"access_token": token, "expires_in": 900})

    with RawServer(handler) as server, pytest.raises(TokenExchangeError) as caught:
        get_incidents.sync(client=cyberhaven(server.url, secrets))
    assert "characters a header cannot carry" in str(caught.value)
    assert [request.path for request in server.requests] == [TOKEN_PATH]  # the API never saw it
    assert_no_secret(visible_text(logs, caught.value), *secrets.all, token[20:])


@pytest.mark.parametrize("status", [401, 403, 500])
def test_a_server_echoing_the_credentials_leaks_them_nowhere(
    status: int, secrets: Canaries, logs: pytest.LogCaptureFixture
) -> None:
    with RawServer(echo(status)) as server, pytest.raises(APIStatusError) as caught:
        list_orgs.sync(client=sevco(server.url, secrets))
    assert server.requests[0].headers["authorization"] == f"Token {secrets.key}"  # it did echo them
    assert any(record.name.startswith("httpcore") for record in logs.records)  # httpcore logged the headers
    assert "***" in str(caught.value)
    assert_no_secret(visible_text(logs, caught.value, caught.value.server_message), *secrets.all)


def test_a_key_that_escapes_differently_is_redacted_in_every_form(logs: pytest.LogCaptureFixture) -> None:
    secrets = Canaries(key=Canaries().key + '"/+=&', org=Canaries().org)
    with RawServer(echo(403)) as server, pytest.raises(PermissionDeniedError) as caught:
        list_orgs.sync(client=sevco(server.url, secrets))
    assert_no_secret(visible_text(logs, caught.value), *secrets.all)


def test_a_token_echoed_by_the_api_is_redacted(secrets: Canaries, logs: pytest.LogCaptureFixture) -> None:
    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        if request.path == TOKEN_PATH:
            await respond_json(writer, 200, {"access_token": secrets.token(), "expires_in": 900})
        else:
            await echo(401)(request, writer)

    with RawServer(handler) as server, pytest.raises(AuthenticationError) as caught:
        get_incidents.sync(client=cyberhaven(server.url, secrets))
    assert len(secrets.tokens) == 2  # a fresh token was tried once, then the error
    assert_no_secret(visible_text(logs, caught.value), *secrets.all)


def test_errors_pickle_without_secrets_and_unpickle(secrets: Canaries) -> None:
    with RawServer(echo(401)) as server, pytest.raises(AuthenticationError) as caught:
        list_orgs.sync(client=sevco(server.url, secrets))
    error = caught.value
    data = pickle.dumps(error)
    assert_no_secret(data.decode("latin-1"), *secrets.all)
    restored = pickle.loads(data)
    assert type(restored) is AuthenticationError
    assert str(restored) == str(error)
    assert (restored.operation, restored.status_code, restored.retry_after) == ("list_orgs", 401, None)
    assert restored.server_message == error.server_message
    assert restored.response.status_code == 401  # a stand-in: headers, body and request stayed behind
    too_large = pickle.loads(pickle.dumps(ResponseTooLargeError("x", limit=5, status_code=200, operation="op")))
    assert (too_large.limit, too_large.status_code, too_large.operation) == (5, 200, "op")


def test_an_error_raised_in_a_process_pool_worker_comes_back_typed_and_clean(secrets: Canaries) -> None:
    with RawServer(echo(401)) as server:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            future = pool.submit(list_orgs_with, server.url, secrets.key, secrets.org)
            with pytest.raises(AuthenticationError) as caught:
                future.result(timeout=60)
            assert not isinstance(caught.value, BrokenProcessPool)
            assert pool.submit(int, "7").result(timeout=60) == 7  # the pool survived
    assert caught.value.status_code == 401
    assert caught.value.operation == "list_orgs"
    assert "***" in str(caught.value)
    assert_no_secret(visible_text(None, caught.value), *secrets.all)  # the worker's traceback text included


def test_models_marked_sensitive_hide_the_value_in_repr(secrets: Canaries) -> None:
    token = secrets.token()
    request = ExchangeApiKeyRequest(api_key=secrets.key)
    answer = AccessTokenResponse.from_dict({"access_token": token, "token_type": "Bearer", "expires_in": 900})
    assert repr(request) == "ExchangeApiKeyRequest(api_key='***', refresh_token=UNSET, additional_properties={})"
    variant = ExchangeApiKeyRequest(refresh_token=secrets.key)  # the key under the XSOAR integration's name
    assert repr(variant) == "ExchangeApiKeyRequest(api_key=UNSET, refresh_token='***', additional_properties={})"
    assert "token_type='Bearer'" in repr(answer)
    assert_no_secret(repr(request) + repr(answer) + str(answer), *secrets.all)
    assert answer.access_token == token  # hidden from repr only


def test_calling_the_exchange_directly_sends_no_credential_and_exchanges_once(secrets: Canaries) -> None:
    async def handler(request: Received, writer: asyncio.StreamWriter) -> None:
        await respond_json(writer, 200, {"access_token": secrets.token(), "expires_in": 900})

    with RawServer(handler) as server:
        client = cyberhaven(server.url, secrets)
        answer = exchange_api_key.sync(client=client, body=ExchangeApiKeyRequest(api_key=secrets.key))
    assert answer is not None
    assert answer.access_token == secrets.tokens[0]
    assert len(server.requests) == 1  # no exchange of our own first
    assert "authorization" not in server.requests[0].headers
    assert server.requests[0].json() == {"api_key": secrets.key}


@pytest.mark.parametrize("kind", [httpx.RemoteProtocolError, httpx.ConnectError, httpx.ReadTimeout])
def test_a_transport_error_quoting_a_credential_is_scrubbed_in_the_chain(
    kind: type[httpx.TransportError], secrets: Canaries, logs: pytest.LogCaptureFixture
) -> None:
    """As h11 does ("Illegal header value b'...'"): the exception chained to ours is redacted in place."""

    def quote_the_headers(request: httpx.Request) -> httpx.Response:
        raise kind(f"Illegal header value {request.headers['authorization'].encode()!r}, org {secrets.org!r}")

    transport = httpx.MockTransport(quote_the_headers)
    client = sevco("http://127.0.0.1:9", secrets, transport=transport, retry=RetryPolicy(max_attempts=1))
    with pytest.raises(APIConnectionError) as caught:
        list_orgs.sync(client=client)
    assert isinstance(caught.value.__cause__, kind)
    assert "***" in str(caught.value.__cause__)
    assert_no_secret(visible_text(logs, caught.value), *secrets.all)
