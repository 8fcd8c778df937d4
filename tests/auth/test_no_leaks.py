"""A canary key and canary tokens never show in a repr, an error message, a traceback or a log record.

Each scenario runs with every logger at DEBUG (auth_plugins, httpx, httpcore) and collects all the text a user
or a log file could see; the canaries must appear in none of it."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest

from auth_plugins import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    PermissionDeniedError,
    TokenExchangeError,
    raise_for_status,
    resolve,
    translate_transport_errors,
)

from .fakes import (
    EXCHANGE_PROFILE,
    HEADER_PROFILE,
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


def visible_text(caplog: pytest.LogCaptureFixture, *objects: object) -> str:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    parts = [formatter.format(record) for record in caplog.records]
    for item in objects:
        parts += [repr(item), str(item)]
        if isinstance(item, BaseException):
            parts.append("".join(traceback.format_exception(item)))
            parts += [repr(item.args), repr(getattr(item, "server_message", None))]
    return "\n".join(parts)


def assert_clean(text: str, *canaries: str) -> None:
    assert canaries
    for value in canaries:
        assert value not in text


def test_success_path(vendor: FakeExchangeVendor, logs: pytest.LogCaptureFixture, sleeps: Sleeps) -> None:
    connection = connect_exchange(vendor, retry=sleeps.policy())
    with sync_client(connection) as client:
        get_incidents(client)
        vendor.api_script.append(lambda request: httpx.Response(503))  # a retry path too
        get_incidents(client)
    assert any(record.name == "auth_plugins" for record in logs.records)
    assert any(record.name == "httpx" for record in logs.records)
    assert_clean(visible_text(logs, connection, connection.auth), vendor.key, *vendor.issued)


@pytest.mark.parametrize("status", [401, 403])
def test_exchange_failure_echoing_the_key(key: str, logs: pytest.LogCaptureFixture, status: int) -> None:
    vendor = FakeExchangeVendor(key)
    vendor.token_script.append(
        lambda request: httpx.Response(status, json=error_body(status, f"api key {key} is revoked"))
    )
    connection = connect_exchange(vendor)
    with sync_client(connection) as client, pytest.raises(TokenExchangeError) as caught:
        get_incidents(client)
    assert "api key *** is revoked" in str(caught.value)
    assert_clean(visible_text(logs, caught.value, connection), key)


def test_exchange_answer_not_json_echoing_the_key(key: str, logs: pytest.LogCaptureFixture) -> None:
    vendor = FakeExchangeVendor(key)
    vendor.token_script.append(lambda request: httpx.Response(200, text=f"<html>key={key}</html>"))
    with sync_client(connect_exchange(vendor)) as client, pytest.raises(TokenExchangeError) as caught:
        get_incidents(client)
    assert_clean(visible_text(logs, caught.value), key)


def test_second_401_echoing_the_token(vendor: FakeExchangeVendor, logs: pytest.LogCaptureFixture) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        token = request.headers["authorization"].removeprefix("Bearer ")
        return httpx.Response(401, json=error_body(401, f"token {token} expired"))

    vendor.api_script += [echo, echo]
    with sync_client(connect_exchange(vendor)) as client, pytest.raises(AuthenticationError) as caught:
        get_incidents(client)
    assert len(vendor.issued) == 2
    assert_clean(visible_text(logs, caught.value), vendor.key, *vendor.issued)


async def test_async_paths(vendor: FakeExchangeVendor, logs: pytest.LogCaptureFixture, sleeps: Sleeps) -> None:
    connection = connect_exchange(vendor, retry=sleeps.policy())
    async with async_client(connection) as client:
        await aget_incidents(client)
        vendor.revoke_all()
        vendor.api_script.append(lambda request: httpx.Response(429, headers={"Retry-After": "1"}))
        await aget_incidents(client)
        vendor.api_script.append(lambda request: httpx.Response(500, text=f"oops {request.headers['authorization']}"))
        response = await aget_incidents(client)
        with pytest.raises(APIError) as caught:
            raise_for_status(response, operation="get_incidents", expected=(200,), message_pointer=None)
    assert_clean(visible_text(logs, caught.value, connection), vendor.key, *vendor.issued)


def test_token_header_error_echoing_key_and_headers(logs: pytest.LogCaptureFixture) -> None:
    key = canary("KEY")

    def echo(request: httpx.Request) -> httpx.Response:
        message = f"key {key} may not read org-1; headers: {dict(request.headers)}"
        return httpx.Response(403, json={"error": {"message": message}})

    connection = resolve(
        HEADER_PROFILE,
        settings={"api_key": key, "org_id": "org-1"},
        transport=httpx.MockTransport(echo),
    )
    with sync_client(connection) as client:
        response = client.get("/v1/admin/org", extensions={"operation_id": "list_orgs"})
    with pytest.raises(PermissionDeniedError) as caught:
        raise_for_status(response, operation="list_orgs", expected=(200,), message_pointer="/error/message")
    assert str(caught.value).startswith("list_orgs: HTTP 403 Forbidden: key *** may not read org-1; headers:")
    assert_clean(visible_text(logs, caught.value, connection, connection.auth), key)


def test_connection_errors(key: str, logs: pytest.LogCaptureFixture, sleeps: Sleeps) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    connection = resolve(
        EXCHANGE_PROFILE,
        settings={"api_key": key, "tenant": "acme"},
        retry=sleeps.policy(),
        transport=httpx.MockTransport(refuse),
    )
    with (
        sync_client(connection) as client,
        pytest.raises(APIConnectionError) as caught,
        translate_transport_errors("get_incidents"),
    ):
        get_incidents(client)
    assert len(sleeps.delays) == 3
    assert_clean(visible_text(logs, caught.value, connection), key)


def test_configuration_errors_do_not_echo_other_settings(logs: pytest.LogCaptureFixture) -> None:
    key = canary("KEY")
    with pytest.raises(APIError) as caught:
        resolve(EXCHANGE_PROFILE, settings={"api_key": key, "tenant": "acme", "base_url": "http://evil.test"})
    assert_clean(visible_text(logs, caught.value), key)
