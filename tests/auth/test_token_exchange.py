"""TokenExchangeAuth: caching, lifetime, refresh ahead of expiry, 401 handling, token endpoint failures."""

from __future__ import annotations

import json
import threading

import httpx
import pytest

from auth_plugins import (
    AuthenticationError,
    ConfigurationError,
    Secret,
    TokenExchangeAuth,
    TokenExchangeError,
    resolve,
)

from .fakes import (
    EXCHANGE_AUTH,
    EXCHANGE_PROFILE,
    NO_LIMITS,
    TOKEN_PATH,
    FakeClock,
    FakeExchangeVendor,
    Sleeps,
    aget_incidents,
    async_client,
    canary,
    connect_exchange,
    error_body,
    get_incidents,
    sync_client,
)

SPEC = EXCHANGE_AUTH


def test_the_token_is_exchanged_once_and_cached(vendor: FakeExchangeVendor) -> None:
    with sync_client(connect_exchange(vendor)) as client:
        for _ in range(3):
            assert get_incidents(client).status_code == 200
    assert vendor.exchanges == 1
    assert vendor.api_calls == 3
    exchange, *calls = vendor.requests
    assert exchange.method == "POST"
    assert str(exchange.url) == f"https://acme.cyberhaven.io{TOKEN_PATH}"
    assert json.loads(exchange.content) == {"api_key": vendor.key}
    assert exchange.extensions["operation_id"] == "exchange_api_key"
    assert exchange.extensions["timeout"] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert "authorization" not in exchange.headers
    assert {call.headers["authorization"] for call in calls} == {f"Bearer {vendor.issued[0]}"}


def test_the_exchange_path_is_relative_to_the_base_url(vendor: FakeExchangeVendor) -> None:
    with sync_client(connect_exchange(vendor, base_url="http://127.0.0.1:8080/public/")) as client:
        client.get("/v2/incidents", extensions={"operation_id": "get_incidents"})
    assert str(vendor.requests[0].url) == f"http://127.0.0.1:8080/public{TOKEN_PATH}"


async def test_async_requests_share_the_cached_token(vendor: FakeExchangeVendor) -> None:
    async with async_client(connect_exchange(vendor)) as client:
        for _ in range(3):
            assert (await aget_incidents(client)).status_code == 200
    assert vendor.exchanges == 1


@pytest.mark.parametrize(
    ("expires_in", "renew_after"),
    [
        (120, 60.0),  # expires_in minus the 60 s refresh margin
        (None, 840.0),  # no expires_in: default_lifetime 900 minus the margin
        ("600", 540.0),  # a numeric string is accepted
        ("soon", 840.0),  # nonsense: the default lifetime
        (0, 840.0),
        (30, 15.0),  # shorter than twice the margin: renewed at half its lifetime, not on every request
    ],
)
def test_the_token_is_renewed_ahead_of_its_expiry(
    key: str, clock: FakeClock, expires_in: object, renew_after: float
) -> None:
    vendor = FakeExchangeVendor(key, expires_in=expires_in)
    with sync_client(connect_exchange(vendor, clock=clock)) as client:
        get_incidents(client)
        clock.advance(renew_after - 0.001)
        get_incidents(client)
        assert vendor.exchanges == 1
        clock.advance(0.001)
        get_incidents(client)
        assert vendor.exchanges == 2


def test_a_401_drops_the_token_exchanges_once_and_retries_once(vendor: FakeExchangeVendor) -> None:
    with sync_client(connect_exchange(vendor)) as client:
        get_incidents(client)
        vendor.revoke_all()  # the server forgets the token before it expires
        response = client.post(
            "/v2/incidents/list", json={"page_request": {"size": 10}}, extensions={"operation_id": "list_incidents"}
        )
    assert response.status_code == 200
    assert vendor.exchanges == 2
    assert vendor.api_calls == 3
    rejected, retried = vendor.requests[-3], vendor.requests[-1]
    assert rejected.headers["authorization"] == f"Bearer {vendor.issued[0]}"
    assert retried.headers["authorization"] == f"Bearer {vendor.issued[1]}"
    assert retried.content == rejected.content == b'{"page_request":{"size":10}}'


async def test_async_a_401_drops_the_token_exchanges_once_and_retries_once(vendor: FakeExchangeVendor) -> None:
    async with async_client(connect_exchange(vendor)) as client:
        await aget_incidents(client)
        vendor.revoke_all()
        assert (await aget_incidents(client)).status_code == 200
    assert (vendor.exchanges, vendor.api_calls) == (2, 3)


def always_401(request: httpx.Request) -> httpx.Response:
    return httpx.Response(401, json=error_body(401, "token not accepted here"))


def test_a_second_401_raises_authentication_error(vendor: FakeExchangeVendor) -> None:
    vendor.api_script += [always_401, always_401, always_401]
    with sync_client(connect_exchange(vendor)) as client, pytest.raises(AuthenticationError) as caught:
        get_incidents(client)
    assert type(caught.value) is AuthenticationError
    assert (vendor.exchanges, vendor.api_calls) == (2, 2)
    assert caught.value.operation == "get_incidents"
    assert caught.value.status_code == 401
    assert str(caught.value) == (
        "get_incidents: token rejected again after a fresh exchange: HTTP 401 Unauthorized: token not accepted here"
    )


async def test_async_a_second_401_raises_authentication_error(vendor: FakeExchangeVendor) -> None:
    vendor.api_script += [always_401, always_401, always_401]
    async with async_client(connect_exchange(vendor)) as client:
        with pytest.raises(AuthenticationError):
            await aget_incidents(client)
    assert (vendor.exchanges, vendor.api_calls) == (2, 2)


def token_answer(token: str) -> httpx.Response:
    return httpx.Response(200, json={"access_token": token, "expires_in": 900})


def test_a_401_does_not_drop_a_token_another_caller_already_renewed(key: str) -> None:
    """Two requests sent with token A both get 401. The first renews to B; the second must retry with B, not
    throw B away and exchange a third time. The flows, and what the transport does with each request once it holds
    its slots (prepare, then attach), are driven by hand to fix the interleaving."""
    auth = TokenExchangeAuth(SPEC, Secret(key), operation_id="exchange_api_key", clock=FakeClock())
    answers = iter([token_answer("A"), token_answer("B")])
    exchanges: list[httpx.Request] = []

    def send(request: httpx.Request) -> httpx.Response:
        exchanges.append(request)
        return next(answers)

    def transport(request: httpx.Request) -> httpx.Request:
        auth.sync_prepare(request, send)
        assert auth.attach(request)
        return request

    first = httpx.Request(
        "GET", "https://acme.cyberhaven.io/v2/incidents", extensions={"operation_id": "get_incidents"}
    )
    second = httpx.Request(
        "GET", "https://acme.cyberhaven.io/v2/incidents", extensions={"operation_id": "get_incidents"}
    )
    flow1, flow2 = auth.sync_auth_flow(first), auth.sync_auth_flow(second)

    sent1 = transport(next(flow1))
    assert [request.url.path for request in exchanges] == [TOKEN_PATH]
    assert sent1.headers["authorization"] == "Bearer A"
    sent2 = transport(next(flow2))
    assert sent2.headers["authorization"] == "Bearer A"  # cached, no exchange
    assert len(exchanges) == 1

    retried1 = transport(flow1.send(httpx.Response(401, request=sent1)))  # A dropped, exchange again
    assert retried1.headers["authorization"] == "Bearer B"
    assert len(exchanges) == 2
    retried2 = transport(flow2.send(httpx.Response(401, request=sent2)))  # A is stale but no longer current: keep B
    assert retried2.url.path == "/v2/incidents"
    assert retried2.headers["authorization"] == "Bearer B"
    assert auth.exchanges == 2
    for flow, sent in ((flow1, retried1), (flow2, retried2)):
        with pytest.raises(StopIteration):
            flow.send(httpx.Response(200, request=sent))


def test_the_token_is_attached_after_the_transport_waits_not_before(key: str) -> None:
    """The auth flow only marks the request: the token goes on when the transport attaches it, so a request that
    waited past its token's renewal point leaves with the new token."""
    clock = FakeClock()
    auth = TokenExchangeAuth(SPEC, Secret(key), operation_id="exchange_api_key", clock=clock)
    answers = iter([token_answer("A"), token_answer("B")])
    request = httpx.Request(
        "GET", "https://acme.cyberhaven.io/v2/incidents", extensions={"operation_id": "get_incidents"}
    )
    marked = next(auth.sync_auth_flow(request))
    assert "authorization" not in marked.headers
    auth.sync_prepare(marked, lambda exchange: next(answers))
    assert auth.attach(marked)
    assert marked.headers["authorization"] == "Bearer A"
    clock.advance(900 - 60)  # the wait for a connection took it to A's renewal point
    assert not auth.attach(marked)  # the transport prepares again
    auth.sync_prepare(marked, lambda exchange: next(answers))
    assert auth.attach(marked)
    assert marked.headers["authorization"] == "Bearer B"


def test_without_the_resilient_transport_a_401_says_what_is_missing(key: str) -> None:
    vendor = FakeExchangeVendor(key)
    auth = connect_exchange(vendor).auth
    client = httpx.Client(
        base_url="https://acme.cyberhaven.io", auth=auth, transport=httpx.MockTransport(vendor.handle)
    )
    with client, pytest.raises(ConfigurationError, match="ResilientTransport"):
        get_incidents(client)


@pytest.mark.parametrize("status", [401, 403])
def test_a_rejected_key_raises_token_exchange_error_without_looping(
    vendor: FakeExchangeVendor, sleeps: Sleeps, status: int
) -> None:
    vendor.token_script.append(lambda request: httpx.Response(status, json=error_body(status, "key revoked")))
    with sync_client(connect_exchange(vendor, retry=sleeps.policy())) as client:
        with pytest.raises(TokenExchangeError) as caught:
            get_incidents(client)
        assert (vendor.exchanges, vendor.api_calls) == (1, 0)
        assert sleeps.delays == []
        assert caught.value.status_code == status
        assert caught.value.operation == "get_incidents"
        assert "API key rejected (revoked or invalid)" in str(caught.value)
        assert str(caught.value).endswith(": key revoked")
        # not cached as a permanent failure: the next call tries again (and the key works again now)
        assert get_incidents(client).status_code == 200
        assert vendor.exchanges == 2


async def test_async_a_rejected_key_raises_token_exchange_error(key: str) -> None:
    vendor = FakeExchangeVendor(canary("ANOTHER-KEY"))  # does not know `key`
    connection = resolve(
        EXCHANGE_PROFILE,
        settings={"api_key": key, "tenant": "acme"},
        rate_limits=NO_LIMITS,
        async_transport=httpx.MockTransport(vendor.ahandle),
    )
    async with async_client(connection) as client:
        with pytest.raises(TokenExchangeError, match=r"API key rejected \(revoked or invalid\): HTTP 401"):
            await aget_incidents(client)
    assert (vendor.exchanges, vendor.api_calls) == (1, 0)


def test_a_failing_token_endpoint_is_retried_then_named(vendor: FakeExchangeVendor, sleeps: Sleeps) -> None:
    vendor.token_script += [lambda request: httpx.Response(503, text="down")] * 4
    with (
        sync_client(connect_exchange(vendor, retry=sleeps.policy())) as client,
        pytest.raises(TokenExchangeError) as caught,
    ):
        get_incidents(client)
    assert vendor.exchanges == 4  # the exchange operation is safe to retry
    assert len(sleeps.delays) == 3
    assert caught.value.status_code == 503
    assert "token exchange failed: the token endpoint failed: HTTP 503 Service Unavailable: down" in str(caught.value)


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (httpx.Response(200, text="<html>login</html>", headers={"content-type": "text/html"}), "is not JSON"),
        (httpx.Response(200, json={"token": "SOMETHING-SECRET", "expires_in": 900}), "has no 'access_token' string"),
        (httpx.Response(200, json={"access_token": "", "expires_in": 900}), "has no 'access_token' string"),
        (httpx.Response(200, json=["access_token"]), "has no 'access_token' string"),
    ],
)
def test_an_unusable_token_answer_raises_token_exchange_error(
    vendor: FakeExchangeVendor, answer: httpx.Response, reason: str
) -> None:
    vendor.token_script.append(lambda request: answer)
    with sync_client(connect_exchange(vendor)) as client, pytest.raises(TokenExchangeError) as caught:
        get_incidents(client)
    assert reason in str(caught.value)
    assert "SOMETHING-SECRET" not in str(caught.value)  # the answer is never quoted
    assert vendor.api_calls == 0


def test_callers_waiting_on_a_failed_exchange_share_its_failure(key: str) -> None:
    vendor = FakeExchangeVendor(key, exchange_delay=0.05)
    vendor.token_script += [lambda request: httpx.Response(401, json=error_body(401, "revoked"))] * 20
    errors: list[BaseException] = []
    with sync_client(connect_exchange(vendor)) as client:
        barrier = threading.Barrier(20)

        def call() -> None:
            barrier.wait()
            try:
                get_incidents(client)
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=call) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert vendor.exchanges == 1
    assert len(errors) == 20
    assert all(isinstance(error, TokenExchangeError) for error in errors)
    assert len({id(error) for error in errors}) == 20  # each caller gets its own exception object


@pytest.mark.parametrize("value", ["", "   ", "\n"])
def test_an_empty_key_is_refused(value: str) -> None:
    with pytest.raises(ConfigurationError, match="api_key"):
        TokenExchangeAuth(SPEC, Secret(value))


def test_repr_shows_the_state_not_the_token(vendor: FakeExchangeVendor, clock: FakeClock) -> None:
    connection = connect_exchange(vendor, clock=clock)
    shown = "TokenExchangeAuth(path='/v2/auth/token/access', store=LocalTokenStore(token={}))"
    assert repr(connection.auth) == shown.format("none")
    with sync_client(connection) as client:
        get_incidents(client)
    assert repr(connection.auth) == shown.format("valid")
    clock.advance(900)
    assert repr(connection.auth) == shown.format("due for renewal")
    assert vendor.key not in repr(connection.auth)
    assert canary("X") not in repr(connection.auth)
