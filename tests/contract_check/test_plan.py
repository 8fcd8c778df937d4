"""The plan read from the real specs: which operations are reads, their order along the links, and the small
requests built for them (required values only, the page size beside the page position, link values)."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from contract_check.plan import (
    MISSING,
    Answer,
    Call,
    CannotCall,
    Parameter,
    Requests,
    SpecOperation,
    evaluate,
    order,
    read_operations,
)
from generator.specfile import load
from mock_servers.spec import spec_path


def operations(api: str) -> dict[str, SpecOperation]:
    return {op.operation_id: op for op in read_operations(load(spec_path(api)))}


def test_reads_are_gets_and_the_posts_marked_safe_to_retry() -> None:
    cyberhaven = operations("cyberhaven")
    assert {name for name, op in cyberhaven.items() if op.read_only} == {
        "exchange_api_key", "get_incidents", "list_incidents", "get_event_details", "get_event_lineage",
        "list_endpoints",
    }  # fmt: skip
    assert not operations("sevco")["delete_org"].read_only


def test_an_operation_runs_after_the_ones_linking_to_it_and_writes_after_reads() -> None:
    ops = list(operations("cyberhaven").values())
    names = [op.operation_id for op in order(ops)]

    assert names.index("get_event_details") > names.index("get_event_lineage") > names.index("list_incidents")
    assert names[-2:] == ["update_incident", "create_streaming_destination"]
    sevco = [op.operation_id for op in order(operations("sevco").values())]
    assert sevco.index("get_user") > sevco.index("list_users")
    assert sevco.index("delete_org") > sevco.index("create_org") and sevco[-1].startswith(
        ("delete", "remove", "revoke")
    )


def _answer(op: SpecOperation, body: Any) -> Answer:
    return Answer(200, {"x-next": "n1"}, body, Call(operation=op, path={"id": "p1"}))


def test_runtime_expressions() -> None:
    op = operations("cyberhaven")["list_incidents"]
    answer = _answer(op, {"resources": [{"id": "i1", "lineage": {"a": 1}}]})

    assert evaluate("$response.body#/resources/0/id", answer) == "i1"
    assert evaluate({"ids": "$response.body#/resources", "k": "literal"}, answer) == {
        "ids": [{"id": "i1", "lineage": {"a": 1}}],
        "k": "literal",
    }
    assert evaluate("$response.header.X-Next", answer) == "n1"
    assert evaluate("$request.path.id", answer) == "p1"
    assert evaluate("$statusCode", answer) == 200
    assert evaluate("$response.body#/resources/5/id", answer) is MISSING
    assert evaluate(["$response.body#/nothing"], answer) is MISSING


def test_a_read_sends_the_smallest_request_and_a_small_first_page() -> None:
    cyberhaven, sevco = operations("cyberhaven"), operations("sevco")
    requests = Requests(load(spec_path("cyberhaven")), page_size=7)
    sevco_requests = Requests(load(spec_path("sevco")), page_size=7)

    # the example's filters (a host, a day in 2024) would find nothing on a real tenant: only the page is sent
    assert requests.call_for(cyberhaven["list_incidents"]).body == {"page_request": {"size": 7}}
    # a required rule tree, from the example, with no rules; pages numbered from 0 in the body
    query = sevco_requests.call_for(sevco["query_devices"]).body
    assert query == {"query": {"combinator": "and", "rules": []}, "pagination": {"page": 0, "per_page": 7}}
    # pages in query parameters
    assert sevco_requests.call_for(sevco["list_devices_v1"]).query == {"per_page": 7, "page": 0}
    # path parameters from their examples when no link gives them
    (plugin_id,) = [p.example for p in sevco["get_plugin"].parameters if p.location == "path"]
    assert sevco_requests.call_for(sevco["get_plugin"]).path == {"id": plugin_id}


def test_link_values_come_first() -> None:
    cyberhaven = operations("cyberhaven")
    requests = Requests(load(spec_path("cyberhaven")), page_size=5)
    (link,) = [link for link in cyberhaven["get_event_lineage"].links if link.target == "get_event_details"]
    lineage = _answer(cyberhaven["get_event_lineage"], {"resources": ["e1", "e2", "e3"], "errors": []})

    assert requests.call_for(cyberhaven["get_event_details"], [(link, lineage)]).body == {"ids": ["e1", "e2", "e3"]}
    update = next(link for link in cyberhaven["list_incidents"].links if link.target == "update_incident")
    listed = _answer(cyberhaven["list_incidents"], {"resources": [{"id": "inc-9"}]})
    call = requests.call_for(cyberhaven["update_incident"], [(update, listed)])
    assert call.path == {"id": "inc-9"}
    assert call.body == cyberhaven["update_incident"].body_example  # a write sends the spec's example


def test_an_operation_without_a_way_to_its_ids_is_not_called() -> None:
    op = operations("cyberhaven")["update_incident"]
    bare = attrs.evolve(op, parameters=(Parameter("id", "path", True, {}),))  # no example, and no link given

    with pytest.raises(CannotCall, match="needs path parameter 'id'"):
        Requests(load(spec_path("cyberhaven")), page_size=5).call_for(bare)


def test_the_repr_of_a_request_and_its_answer_shows_names_never_values() -> None:
    # The token exchange sends the key in its body and answers a token: neither may reach a repr (a log, a traceback).
    exchange = operations("cyberhaven")["exchange_api_key"]
    sent = Call(exchange, query={"tenant": "acme"}, headers={"x-key": "canary-header"}, body={"api_key": "canary-key"})
    answer = Answer(200, {"x-token": "canary-header-token"}, {"access_token": "canary-token"}, sent)

    shown = repr(answer)

    assert "canary" not in shown
    assert "exchange_api_key" in shown and "['api_key']" in shown and "['tenant']" in shown
