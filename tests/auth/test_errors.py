"""raise_for_status, translate_transport_errors, malformed: the typed error, its message and retry_after."""

from __future__ import annotations

import json
import traceback
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest

from auth_plugins import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Secret,
    TokenExchangeError,
    UnexpectedStatusError,
    UnprocessableEntityError,
    malformed,
    raise_for_status,
    translate_transport_errors,
)
from auth_plugins.errors import server_retry_delay, status_error

from .fakes import canary, error_body

POINTER = "/errors/0/message"


def answer(status: int, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("GET", "https://api.test/v2/x"), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (402, UnexpectedStatusError),
        (418, UnexpectedStatusError),
        (302, UnexpectedStatusError),
        (201, UnexpectedStatusError),  # a 2xx the operation does not document
    ],
)
def test_each_status_has_its_error_type(status: int, error_type: type[APIStatusError]) -> None:
    response = answer(status, json=error_body(status, "went wrong"))
    with pytest.raises(error_type) as caught:
        raise_for_status(response, operation="get_things", expected=(200,), message_pointer=POINTER)
    error = caught.value
    assert type(error) is error_type
    assert error.status_code == status
    assert error.operation == "get_things"
    assert error.server_message == "went wrong"
    assert error.response is response
    assert str(error).startswith(f"get_things: HTTP {status}")


def test_an_expected_status_returns() -> None:
    raise_for_status(answer(204), operation="op", expected=(200, 204), message_pointer=None)


def test_message_names_operation_status_reason_and_server_message() -> None:
    response = answer(503, json=error_body(503, "maintenance until noon"))
    error = status_error(response, operation="list_incidents", message_pointer=POINTER)
    assert str(error) == "list_incidents: HTTP 503 Service Unavailable: maintenance until noon"
    assert repr(error) == "InternalServerError('list_incidents: HTTP 503 Service Unavailable: maintenance until noon')"


def test_message_falls_back_to_common_fields_then_compact_json() -> None:
    assert status_error(answer(400, json={"message": "bad filter"}), operation="op").server_message == "bad filter"
    error = status_error(answer(400, json={"code": 7, "why": ["a", "b"]}), operation="op", message_pointer=POINTER)
    assert error.server_message == '{"code":7,"why":["a","b"]}'


def test_an_html_page_is_summarised_by_its_title() -> None:
    page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body></html>"
    error = status_error(answer(502, text=page, headers={"content-type": "text/html"}), operation="op")
    assert error.server_message == "HTML page: 502 Bad Gateway"
    assert "<body>" not in str(error)


def test_a_long_text_body_is_cut_to_a_short_single_line_snippet() -> None:
    body = "first line\nsecond\x00line " + "y" * 1000
    error = status_error(answer(500, text=body), operation="op")
    assert error.server_message is not None
    assert len(error.server_message) <= 200
    assert "\n" not in str(error) and "\x00" not in str(error)
    assert error.server_message.startswith("first line second?line")


def test_an_empty_body_gives_no_server_message() -> None:
    error = status_error(answer(404), operation="get_org")
    assert error.server_message is None
    assert str(error) == "get_org: HTTP 404 Not Found"


def test_an_unknown_status_has_no_reason_phrase() -> None:
    assert str(status_error(answer(599), operation="op")) == "op: HTTP 599"


def test_the_body_is_read_if_it_was_not() -> None:
    response = httpx.Response(
        400,
        stream=httpx.ByteStream(json.dumps(error_body(400, "size > 1000")).encode()),
        request=httpx.Request("GET", "https://a.test"),
    )
    with pytest.raises(BadRequestError, match="size > 1000"):
        raise_for_status(response, operation="op", expected=(200,), message_pointer=POINTER)


NOW = 1_700_000_000.0


def _http_date(epoch: float) -> str:
    return format_datetime(datetime.fromtimestamp(epoch, UTC), usegmt=True)


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (429, {"Retry-After": "7"}, 7.0),
        (503, {"Retry-After": "2.5"}, 2.5),
        (429, {"Retry-After": format_datetime(datetime.fromtimestamp(NOW + 12, UTC), usegmt=True)}, 12.0),
        (429, {"Retry-After": format_datetime(datetime.fromtimestamp(NOW - 5, UTC), usegmt=True)}, 0.0),
        (429, {"X-RateLimit-Reset": str(int(NOW + 9))}, 9.0),
        (429, {"X-RateLimit-Reset": "4"}, 4.0),  # the other convention: seconds from now
        (429, {"Retry-After": "3", "X-RateLimit-Reset": str(int(NOW + 9))}, 3.0),
        (503, {"X-RateLimit-Reset": str(int(NOW + 9))}, None),  # only a 429 is about the rate limit
        (429, {"Retry-After": "soon"}, None),
        (429, {}, None),
        # the server's clock, when it says (Date), is the one its epoch times are on: ours may be off by minutes
        (429, {"X-RateLimit-Reset": str(int(NOW + 9)), "Date": _http_date(NOW - 120)}, 129.0),
        (429, {"Retry-After": _http_date(NOW + 12), "Date": _http_date(NOW + 600)}, 0.0),
        (429, {"Retry-After": _http_date(NOW + 12), "Date": _http_date(NOW + 2)}, 10.0),
        (429, {"X-RateLimit-Reset": "4", "Date": _http_date(NOW - 120)}, 4.0),  # seconds from now: no clock
        (429, {"X-RateLimit-Reset": str(int(NOW + 9)), "Date": "yesterday"}, 9.0),  # unreadable: our clock
    ],
)
def test_server_retry_delay(status: int, headers: dict[str, str], expected: float | None) -> None:
    assert server_retry_delay(httpx.Headers(headers), status, now=NOW) == expected


def test_rate_limit_error_carries_retry_after() -> None:
    error = status_error(answer(429, headers={"Retry-After": "42"}), operation="op")
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 42.0


def test_timeouts_become_api_timeout_errors_chained() -> None:
    cause = httpx.ReadTimeout("timed out")
    with pytest.raises(APITimeoutError) as caught, translate_transport_errors("list_incidents"):
        raise cause
    assert caught.value.__cause__ is cause
    assert caught.value.operation == "list_incidents"
    assert str(caught.value) == "list_incidents: request timed out (ReadTimeout: timed out)"
    assert isinstance(caught.value, APIConnectionError)


@pytest.mark.parametrize(
    "cause", [httpx.ConnectError("refused"), httpx.RemoteProtocolError("cut"), httpx.ReadError("reset")]
)
def test_other_transport_errors_become_connection_errors(cause: httpx.TransportError) -> None:
    with pytest.raises(APIConnectionError) as caught, translate_transport_errors("get_org"):
        raise cause
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.__cause__ is cause
    assert str(caught.value).startswith(f"get_org: connection failed ({type(cause).__name__}")


def test_other_exceptions_pass_through_untouched() -> None:
    with pytest.raises(KeyError), translate_transport_errors("op"):
        raise KeyError("x")
    with translate_transport_errors("op"):
        pass


def test_malformed_names_what_is_wrong() -> None:
    html = answer(200, text="<html><title>Login</title></html>", headers={"content-type": "text/html"})
    truncated = answer(200, content=b'{"incidents": [{"id": "a"', headers={"content-type": "application/json"})
    garbage = answer(200, content=b"not json at all", headers={"content-type": "application/json"})
    empty = answer(200)
    wrong_shape = answer(200, json={"items": []})

    assert "an HTML page instead of JSON (Login)" in str(malformed("op", html, ValueError("x")))
    assert "truncated JSON" in str(malformed("op", truncated, ValueError("x")))
    assert "body is not JSON: not json at all" in str(malformed("op", garbage, ValueError("x")))
    assert "empty body" in str(malformed("op", empty, ValueError("x")))
    error = malformed("get_incidents", wrong_shape, KeyError("incidents"))
    assert isinstance(error, MalformedResponseError)
    assert str(error) == (
        "get_incidents: malformed response (HTTP 200, application/json): "
        "body does not fit the model: KeyError: 'incidents'"
    )
    assert error.operation == "get_incidents"
    assert error.status_code == 200


def test_configuration_error_is_a_value_error() -> None:
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(ConfigurationError, APIError)
    assert issubclass(TokenExchangeError, AuthenticationError)


def test_messages_reprs_and_tracebacks_are_redacted() -> None:
    key = canary("KEY")
    secret = Secret(key)
    response = answer(401, json=error_body(401, f"key {key} is revoked"))
    try:
        raise_for_status(response, operation="op", expected=(200,), message_pointer=POINTER)
    except AuthenticationError as error:
        text = "".join(traceback.format_exception(error))
        assert key not in text and key not in str(error) and key not in repr(error)
        assert error.server_message == "key *** is revoked"
    else:
        raise AssertionError("no error")
    assert secret.reveal() == key


def test_any_message_given_to_an_error_is_redacted() -> None:
    key = canary("KEY")
    secret = Secret(key)
    error = ConfigurationError(f"bad value {key!r} for api_key")
    assert str(error) == "bad value '***' for api_key"
    assert key not in repr(error) and key not in repr(error.args)
    assert secret.reveal() == key
