"""Record walks read each page one record at a time from its bytes (client_runtime.streaming), against the real
mock over loopback: the same records as the pages parsed whole for every paginated operation of both vendors,
the same warnings (pointers and fields) for a page that strays from the spec, the same typed error for a page
that is not JSON, is cut short or reports errors (none of its records yielded), the whole-page parse for what
the streaming parser cannot read exactly (NaN, Infinity), limit= and cursor= as before, strict as before."""

from __future__ import annotations

import copy
import importlib
import logging
from collections.abc import Iterator
from typing import Any

import attrs
import orjson
import pytest

from auth_plugins.defaults import STREAM_MIN_PAGE_BYTES as DEFAULT_STREAM_MIN_PAGE_BYTES
from auth_plugins.errors import ErrorsInBodyError, MalformedResponseError
from client_runtime import streaming
from client_runtime.parsing import reset_mismatch_warnings
from client_runtime.resources import Endpoint, async_pager, sync_pager
from mock_servers.pytest_plugin import MockService

LOGGER = "client_runtime.parsing"
EVERYTHING = {"combinator": "and", "rules": []}
# the arguments a walk needs beyond none (the rule tree of Sevco's asset queries); small pages: several per walk
BODIES = {"query_devices": {"query": EVERYTHING, "pagination": {"per_page": 70}}}
BODIES["query_asset_users"] = BODIES["query_exposures"] = BODIES["query_devices"]
PARAMS = {"list_devices_v1": {"per_page": 90}, "list_asset_users_v1": {"per_page": 90}}


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    reset_mismatch_warnings()


@pytest.fixture(autouse=True)
def _stream_every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mock's pages are small: every page is streamed here, however small (the size rule has its own test)."""
    monkeypatch.setattr(streaming, "STREAM_MIN_PAGE_BYTES", 0)


def paginated(mock: MockService) -> list[Endpoint[Any]]:
    """Every paginated operation of the mock's package, from its generated endpoints module."""
    module = importlib.import_module(f"{mock.package.__name__}.endpoints")
    return [value for value in vars(module).values() if isinstance(value, Endpoint) and value.paging is not None]


class Whole:
    """An endpoint whose page reads are counted: how many pages went to the whole-page parse instead."""

    def __init__(self, endpoint: Endpoint[Any]) -> None:
        assert endpoint.records is not None
        self.pages = 0
        parse = endpoint.records.parse

        def counted(**kwargs: Any) -> Any:
            self.pages += 1
            return parse(**kwargs)

        self.endpoint = attrs.evolve(endpoint, records=attrs.evolve(endpoint.records, parse=counted))


def walk(mock: MockService, endpoint: Endpoint[Any], client: Any = None, **options: Any) -> Any:
    params = PARAMS.get(endpoint.operation_id, {})
    body = BODIES.get(endpoint.operation_id, {} if endpoint.body is not None else None)
    return sync_pager(endpoint, client or mock.client, params, body, **options)


def streamed_and_paged(mock: MockService, endpoint: Endpoint[Any], **options: Any) -> tuple[list[Any], list[Any]]:
    """The records of a record walk (every page streamed: asserted) and of the same walk's pages."""
    whole = Whole(endpoint)
    streamed = list(walk(mock, whole.endpoint, **options))
    assert whole.pages == 0, f"{endpoint.operation_id}: a page was parsed whole"
    paged = [record for page in walk(mock, endpoint, **options).pages() for record in page.records]
    return streamed, paged


@pytest.mark.parametrize("api", ["cyberhaven", "sevco"])
def test_every_paginated_operation_streams_the_records_its_pages_hold(api: str, request: pytest.FixtureRequest) -> None:
    mock: MockService = request.getfixturevalue(f"{api}_mock")
    endpoints = paginated(mock)
    assert endpoints and all(endpoint.records is not None for endpoint in endpoints)
    for endpoint in endpoints:
        streamed, paged = streamed_and_paged(mock, endpoint)
        assert len(paged) >= 200, endpoint.operation_id  # several pages of the seeded records
        assert streamed == paged, endpoint.operation_id
        assert [record.to_dict() for record in streamed] == [record.to_dict() for record in paged]
        assert type(streamed[0]) is type(paged[0])


def a_page(mock: MockService, **changes: Any) -> dict[str, Any]:
    """The mock's first page of 30 endpoints as JSON, with `changes` to its envelope."""
    (page,) = sync_pager(
        mock.package.endpoints.LIST_ENDPOINTS, mock.client, {}, {"page_request": {"size": 30}}, limit=1
    ).pages()
    assert page.raw is not None
    sent: dict[str, Any] = page.raw.json()
    assert len(sent["resources"]) == 30
    return {**sent, **changes}


def endpoints_walk(mock: MockService, *, strict: bool = False, **options: Any) -> tuple[Whole, Any]:
    whole = Whole(mock.package.endpoints.LIST_ENDPOINTS)
    client = mock.connect(strict=True) if strict else mock.client
    pager = sync_pager(whole.endpoint, client, {}, {"page_request": {"size": 30}}, **options)
    return whole, pager


def _surprises(page: dict[str, Any]) -> dict[str, Any]:
    """Records that stray from the spec: a null record, nulls, an enum value it does not list, wrong types,
    and values a JSON parser may read differently (big and small numbers, unicode, nested nulls)."""
    page = copy.deepcopy(page)
    records = page["resources"]
    records[1] = None
    records[3]["sensor_version"] = None
    records[4]["os"] = "plan9"
    records[6]["last_active"] = "not a date"
    records[7]["id"] = 1234
    records[8]["status"] = {"nested": [None, {"deeper": None}]}
    records[9]["extras"] = {"big": 2**62, "negative": -(2**62), "float": 1.5, "tiny": 5e-324, "huge": 1.7e308}
    records[10]["text"] = 'é ü 日本 😀 \u2028 \u0000 \\ "'
    return page


def test_a_page_that_strays_gives_the_same_records_and_the_same_warnings(
    cyberhaven_mock: MockService, caplog: pytest.LogCaptureFixture
) -> None:
    sent = _surprises(a_page(cyberhaven_mock, page_response={"next_id": "", "total": 30}))
    cyberhaven_mock.faults.add("list_endpoints", "body", body=sent, count=0)

    whole, pager = endpoints_walk(cyberhaven_mock)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        streamed = list(pager)
    streamed_warnings = [record.getMessage() for record in caplog.records]
    caplog.clear()
    reset_mismatch_warnings()
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        (page,) = list(pager.pages())
    paged_warnings = [record.getMessage() for record in caplog.records]

    assert whole.pages == 0
    assert streamed == page.records and len(streamed) == 30
    assert [r and r.to_dict() for r in streamed] == [r and r.to_dict() for r in page.records]
    assert streamed[1] is None and streamed[9].additional_properties["extras"]["big"] == 2**62
    assert streamed[10].additional_properties["text"] == sent["resources"][10]["text"]
    assert sorted(streamed_warnings) == sorted(paged_warnings)
    pointers = " ".join(streamed_warnings)
    for pointer in ("/resources/6/last_active", "/resources/7/id", "/resources/8/status"):
        assert f"list_endpoints: at {pointer}:" in pointers, streamed_warnings


def test_strict_raises_what_the_page_parse_raises_before_any_record(cyberhaven_mock: MockService) -> None:
    sent = _surprises(a_page(cyberhaven_mock))
    cyberhaven_mock.faults.add("list_endpoints", "body", body=sent, count=0)
    whole, pager = endpoints_walk(cyberhaven_mock, strict=True)

    taken: list[Any] = []
    with pytest.raises(MalformedResponseError) as streamed:
        taken.extend(pager)
    with pytest.raises(MalformedResponseError) as paged:
        list(pager.pages())

    assert taken == [] and str(streamed.value) == str(paged.value)
    assert whole.pages == 1  # strict: each page parsed whole, so that a page that does not fit yields nothing
    assert "at /resources/1: expected object (Endpoint)" in str(streamed.value)


def _second_page_fails(mock: MockService, kind: str, **fault: Any) -> tuple[list[Any], BaseException, BaseException]:
    """Walk pages of 30 whose second page is `kind`: the records taken, the error; the error of `.pages()`."""
    mock.faults.add("list_endpoints", kind, after=1, **fault)
    _, pager = endpoints_walk(mock)
    taken: list[Any] = []
    with pytest.raises(Exception) as streamed:
        taken.extend(pager)
    mock.faults.add("list_endpoints", kind, after=1, **fault)
    with pytest.raises(Exception) as paged:
        list(pager.pages())
    return taken, streamed.value, paged.value


@pytest.mark.parametrize("kind", ["malformed", "cut short"])
def test_a_page_not_json_or_cut_short_raises_the_same_error_and_yields_none_of_its_records(
    cyberhaven_mock: MockService, kind: str
) -> None:
    if kind == "malformed":  # the mock's own: `{"injected": "malformed", "items": [{"id": 1,`
        taken, streamed, paged = _second_page_fails(cyberhaven_mock, "malformed")
    else:  # a whole HTTP answer whose JSON stops in the middle of its last record
        cut = orjson.dumps(a_page(cyberhaven_mock))[:-200]
        taken, streamed, paged = _second_page_fails(cyberhaven_mock, "body", body=orjson.Fragment(cut))
    assert len(taken) == 30  # the first page's, none of the second's
    assert isinstance(streamed, MalformedResponseError)
    assert type(streamed) is type(paged) and str(streamed) == str(paged)


def test_errors_in_the_body_without_the_payload_raise_and_yield_nothing(cyberhaven_mock: MockService) -> None:
    body = {"errors": [{"code": 13, "message": "dataset ds-1: permission denied"}]}
    taken, streamed, paged = _second_page_fails(cyberhaven_mock, "body", body=body)
    assert len(taken) == 30
    assert isinstance(streamed, ErrorsInBodyError) and str(streamed) == str(paged)


def test_errors_in_the_body_next_to_the_payload_are_logged_as_before(
    cyberhaven_mock: MockService, caplog: pytest.LogCaptureFixture
) -> None:
    sent = a_page(cyberhaven_mock, errors=[{"code": 0}, {"code": 13, "message": "partial"}])
    sent["page_response"] = {"next_id": "", "total": 30}
    cyberhaven_mock.faults.add("list_endpoints", "body", body=sent, count=0)
    whole, pager = endpoints_walk(cyberhaven_mock)
    with caplog.at_level(logging.WARNING):
        streamed = list(pager)
    assert whole.pages == 1  # read whole, as always
    assert streamed == next(iter(pager.pages())).records and len(streamed) == 30
    assert "list_endpoints: the server reported an error inside a successful response: code 13: partial" in [
        record.getMessage() for record in caplog.records
    ]


@pytest.mark.parametrize(
    "raw",
    [b"NaN", b"-Infinity", b"[1, NaN]", b"1e400", str(2**70).encode(), b'"\\ud800"', b'"\\ud800\\u0041"', b'"\\udc00"'],
)
def test_what_json_loads_reads_and_ijson_does_not_goes_to_the_whole_page_parse(
    cyberhaven_mock: MockService, raw: bytes
) -> None:
    sent = a_page(cyberhaven_mock, page_response={"next_id": "", "total": 30})
    sent["resources"][2]["odd"] = orjson.Fragment(raw)
    cyberhaven_mock.faults.add("list_endpoints", "body", body=sent, count=0)
    whole, pager = endpoints_walk(cyberhaven_mock)
    streamed = list(pager)
    (page,) = list(pager.pages())
    assert len(streamed) == 30 and repr(streamed) == repr(page.records)  # repr: NaN is not equal to itself
    assert whole.pages == 1, raw


def test_an_escaped_surrogate_pair_streams(cyberhaven_mock: MockService) -> None:
    sent = a_page(cyberhaven_mock, page_response={"next_id": "", "total": 30})
    sent["resources"][2]["odd"] = orjson.Fragment(b'"\\ud83d\\ude00 \\uD83D\\uDE00"')
    cyberhaven_mock.faults.add("list_endpoints", "body", body=sent, count=0)
    whole, pager = endpoints_walk(cyberhaven_mock)
    streamed = list(pager)
    assert whole.pages == 0 and streamed == next(iter(pager.pages())).records
    assert streamed[2].additional_properties["odd"] == "\U0001f600 \U0001f600"


@pytest.mark.parametrize("where", ["record", "envelope"])
def test_a_page_nested_too_deep_is_parsed_whole_as_before(cyberhaven_mock: MockService, where: str) -> None:
    """Deeper than a record walk reads itself: json.loads decides (MalformedResponseError under Python's default
    recursion limit; the records if a test before raised it), before any record is yielded."""
    deep = orjson.Fragment(b"[" * 5000 + b"]" * 5000)
    sent = a_page(cyberhaven_mock, page_response={"next_id": "", "total": 30})
    if where == "record":
        sent["resources"][29]["odd"] = deep
    else:
        sent["odd"] = deep
    cyberhaven_mock.faults.add("list_endpoints", "body", body=sent, count=0)
    whole, pager = endpoints_walk(cyberhaven_mock)

    def outcome(records: Iterator[Any]) -> tuple[Any, ...]:
        taken: list[Any] = []
        try:
            taken.extend(records)
        except MalformedResponseError as error:
            return taken, str(error)
        return taken, None

    streamed = outcome(iter(pager))
    assert whole.pages == 1
    assert streamed == outcome(record for page in pager.pages() for record in page.records)
    assert streamed[0] == [] if streamed[1] is not None else len(streamed[0]) == 30


def test_a_page_nested_deep_within_the_bound_streams(cyberhaven_mock: MockService) -> None:
    sent = a_page(cyberhaven_mock, page_response={"next_id": "", "total": 30})
    sent["resources"][29]["odd"] = orjson.Fragment(b"[" * 90 + b"]" * 90)
    cyberhaven_mock.faults.add("list_endpoints", "body", body=sent, count=0)
    whole, pager = endpoints_walk(cyberhaven_mock)
    assert list(pager) == next(iter(pager.pages())).records and whole.pages == 0


def test_a_page_whose_records_are_not_an_array_is_read_whole(cyberhaven_mock: MockService) -> None:
    for records in ({"item": {"id": "x"}}, "abc", None):
        cyberhaven_mock.faults.clear()
        cyberhaven_mock.faults.add("list_endpoints", "body", body={"resources": records}, count=0)
        whole, pager = endpoints_walk(cyberhaven_mock)
        streamed = list(pager)
        assert repr(streamed) == repr(next(iter(pager.pages())).records), records
        assert whole.pages == (0 if records is None else 1)


def test_limit_and_cursor_resume_as_before(cyberhaven_mock: MockService) -> None:
    endpoint = cyberhaven_mock.package.endpoints.LIST_ENDPOINTS
    streamed, paged = streamed_and_paged(cyberhaven_mock, endpoint, limit=75)
    assert len(streamed) == 75 and streamed == paged
    before = cyberhaven_mock.stats()["requests"]["list_endpoints"]
    assert list(walk(cyberhaven_mock, endpoint, limit=60)) == paged[:60]
    assert cyberhaven_mock.stats()["requests"]["list_endpoints"] - before == 1  # a page of 100 holds 60
    pages = walk(cyberhaven_mock, endpoint).pages()
    saved = next(pages).next_cursor
    rest = [page.records for page in walk(cyberhaven_mock, endpoint, cursor=saved).pages()]
    streamed, _ = streamed_and_paged(cyberhaven_mock, endpoint, cursor=saved)
    assert streamed == [record for records in rest for record in records] and streamed


async def test_async_walks_stream_the_same_records(cyberhaven_mock: MockService) -> None:
    async with cyberhaven_mock.connect_async() as client:
        for endpoint in paginated(cyberhaven_mock):
            whole = Whole(endpoint)
            streamed = [record async for record in async_pager(whole.endpoint, client, {}, {}, limit=150)]
            pages = async_pager(endpoint, client, {}, {}, limit=150).pages()
            paged = [record async for page in pages for record in page.records]
            assert whole.pages == 0 and len(streamed) == 150 and streamed == paged


def test_the_envelope_is_the_page_less_its_records() -> None:
    body = b'{"a": {"b": [1, {"c": null}]}, "resources": [{"x": [1, 2]}, 3], "page": {"next": "n", "items": []}}'
    assert streamed_envelope(body) == {
        "a": {"b": [1, {"c": None}]},
        "resources": [],
        "page": {"next": "n", "items": []},
    }
    nested = b'{"data": {"resources": [1, 2], "n": 1}, "resources": 7}'
    assert streaming.envelope(nested, ("data", "resources")) == {"data": {"resources": [], "n": 1}, "resources": 7}

    def deep_page(depth: int) -> bytes:  # the top level and the records' array are 2 of `depth`
        return b'{"resources": [' + b"[" * (depth - 2) + b"]" * (depth - 2) + b"]}"

    assert streamed_envelope(deep_page(100)) == {"resources": []} and streamed_envelope(deep_page(101)) is None
    for odd in (
        b"[]",
        b'{"resources": [1], "resources": [2]}',
        b'{"resources": {}}',
        b'{"a.b": 1}',
        b'{"resources": 1}',
    ):
        assert streamed_envelope(odd) is None, odd


def streamed_envelope(body: bytes) -> Any:
    return streaming.envelope(body, ("resources",))


def test_pages_under_the_size_threshold_are_parsed_whole_and_larger_ones_streamed(
    cyberhaven_mock: MockService, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = list(endpoints_walk(cyberhaven_mock)[1].pages())  # pages of 30 endpoints, the last one shorter
    sizes = [len(page.raw.content) for page in pages if page.raw is not None]
    assert len(sizes) == len(pages) >= 3 and sizes[-1] < min(sizes[:-1])
    paged = [record for page in pages for record in page.records]

    monkeypatch.setattr(streaming, "STREAM_MIN_PAGE_BYTES", DEFAULT_STREAM_MIN_PAGE_BYTES)
    whole, pager = endpoints_walk(cyberhaven_mock)
    assert list(pager) == paged
    assert whole.pages == len(pages) and max(sizes) < DEFAULT_STREAM_MIN_PAGE_BYTES  # a few KB: all parsed whole

    monkeypatch.setattr(streaming, "STREAM_MIN_PAGE_BYTES", min(sizes[:-1]))
    whole, pager = endpoints_walk(cyberhaven_mock)
    assert list(pager) == paged
    assert whole.pages == 1  # only the last page, under the threshold
