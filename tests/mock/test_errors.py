"""404 / 405 / 400 / 422 / 500 answers: always JSON, in the vendor's error shape, fitting the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mock_servers import create_app, serve_in_thread
from mock_servers.spec import Spec

from .conftest import SEVCO_HEADERS, Served, bearer


def _fits(api: str, path: str, method: str, status: int, body: Any) -> None:
    spec = Spec.load(api)
    operation = spec.paths[path][method]
    response = operation.response_for(status)
    assert response is not None and response.schema_ptr is not None, f"{status} undocumented"
    errors = [e.message for e in spec.validator(response.schema_ptr).iter_errors(body)]
    assert errors == []


def test_unknown_path_is_a_json_404(sevco: Served) -> None:
    with sevco.client() as client:
        answer = client.get("/v9/nothing/here", headers=SEVCO_HEADERS)
    assert answer.status_code == 404 and answer.headers["content-type"] == "application/json"
    assert answer.json() == {"status": 404, "message": "no route for /v9/nothing/here"}


def test_wrong_method_is_a_json_405_with_allow(cyberhaven: Served, sevco: Served) -> None:
    with cyberhaven.client() as client:
        answer = client.delete("/v2/incidents")
    assert answer.status_code == 405 and answer.headers["allow"] == "GET"
    assert answer.json()["errors"][0]["code"] == 405
    with sevco.client() as client:
        answer = client.patch("/v1/admin/user/a@b.example", headers=SEVCO_HEADERS)
    assert answer.status_code == 405 and answer.headers["allow"] == "DELETE, GET, POST"


def test_concrete_path_before_template(cyberhaven: Served) -> None:
    """POST /v2/incidents/list is list_incidents; PATCH on the same URL is not update_incident with id `list`
    but a 405, as OpenAPI matches a concrete path before a templated one."""
    with cyberhaven.client() as client:
        answer = client.patch("/v2/incidents/list", json={"status": "closed"}, headers=bearer(client))
        update = client.patch("/v2/incidents/no-such-id", json={"status": "closed"}, headers=bearer(client))
    assert answer.status_code == 405 and answer.headers["allow"] == "POST"
    assert update.status_code == 404 and "no-such-id" in update.json()["errors"][0]["message"]


def test_invalid_query_parameter_is_400_with_problems(sevco: Served) -> None:
    with sevco.client() as client:
        answer = client.get("/v2/audit/source", params={"page": "abc", "per_page": 0}, headers=SEVCO_HEADERS)
    assert answer.status_code == 400
    body = answer.json()
    assert body["status"] == 400 and body["message"].startswith("invalid request: query ")
    assert {(p["location"], p["field"]) for p in body["problems"]} == {("query", "page"), ("query", "per_page")}
    _fits("sevco", "/v2/audit/source", "GET", 400, body)


def test_unreadable_body_is_400(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        headers = bearer(client)
        broken = client.post(
            "/v2/incidents/list", content=b"{nope", headers={**headers, "content-type": "application/json"}
        )
        missing = client.post("/v2/event-details", headers=headers)
        wrong_type = client.post(
            "/v2/event-details", content=b"ids=1", headers={**headers, "content-type": "text/plain"}
        )
    assert broken.status_code == missing.status_code == wrong_type.status_code == 400
    assert "not valid JSON" in broken.json()["errors"][0]["message"]
    assert broken.json()["problems"][0]["location"] == "body"
    assert missing.json()["problems"] == [{"location": "body", "field": "", "reason": "a request body is required"}]
    _fits("cyberhaven", "/v2/incidents/list", "POST", 400, broken.json())


def test_body_that_does_not_fit_is_400_when_422_is_undocumented(cyberhaven: Served) -> None:
    with cyberhaven.client() as client:
        answer = client.post(
            "/v2/event-details", json={"ids": "not-a-list", "include_content": "yes"}, headers=bearer(client)
        )
    assert answer.status_code == 400  # the spec documents 400, not 422, for this operation
    problems = {p["field"]: p["reason"] for p in answer.json()["problems"]}
    assert set(problems) == {"ids", "include_content"}
    _fits("cyberhaven", "/v2/event-details", "POST", 400, answer.json())


@pytest.fixture
def tiny_spec(tmp_path: Path) -> Path:
    """A spec of our own: a 422 documented, an error schema without room for `problems`, no data file."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1"},
        "x-error-body": {"error": {"code": "$status", "text": "$message"}},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "make_thing",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["name"],
                                    "properties": {"name": {"type": "string", "minLength": 2}},
                                }
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "made",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["id"],
                                        "properties": {"id": {"type": "integer"}},
                                    },
                                    "example": {"id": 42},
                                }
                            },
                        },
                        "400": {"$ref": "#/components/responses/Error"},
                        "422": {"$ref": "#/components/responses/Error"},
                    },
                },
                "get": {
                    "operationId": "list_things",
                    "responses": {
                        "200": {
                            "description": "things",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"type": "string", "format": "uuid"}}
                                }
                            },
                        }
                    },
                },
            }
        },
        "components": {
            "responses": {
                "Error": {
                    "description": "error",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "additionalProperties": False,
                                "properties": {"error": {"type": "object"}},
                            }
                        }
                    },
                }
            }
        },
    }
    path = tmp_path / "tiny.yaml"
    path.write_text(yaml.safe_dump(spec))
    return path


def test_any_spec_is_served_prism_like(tiny_spec: Path) -> None:
    app = create_app(tiny_spec)  # no data file: answers are the spec's examples or drawn from its schemas
    with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
        made = client.post("/things", json={"name": "ok"})
        listed = client.get("/things")
        unfit = client.post("/things", json={"name": "x"})
        unreadable = client.post("/things", content=b"[", headers={"content-type": "application/json"})
    assert made.status_code == 201 and made.json() == {"id": 42}
    assert listed.status_code == 200 and isinstance(listed.json(), list)
    assert unfit.status_code == 422  # documented here, so a body that parses but does not fit is a 422
    # the error schema forbids extra keys, so `problems` stays out and the body still fits
    assert unfit.json() == {
        "error": {"code": 422, "text": 'invalid request: body name: "x" is shorter than 2 characters'}
    }
    assert unreadable.status_code == 400


def test_exceptions_become_json_500(tiny_spec: Path) -> None:
    broken = {"operations": {"list_things": {"action": "static", "response": "$no_such_variable"}}}
    app = create_app(tiny_spec, data=broken)
    with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
        answer = client.get("/things")
    assert answer.status_code == 500 and answer.headers["content-type"] == "application/json"
    assert answer.json() == {"error": {"code": 500, "text": "internal error in the mock"}}


def test_a_response_that_breaks_the_spec_is_caught(tiny_spec: Path) -> None:
    wrong = {"operations": {"list_things": {"action": "static", "response": ["not-a-uuid"]}}}
    app = create_app(tiny_spec, data=wrong)
    with serve_in_thread(app) as url, httpx.Client(base_url=url) as client:
        answer = client.get("/things")
    assert answer.status_code == 500
    assert "does not fit the spec at /0" in answer.json()["error"]["text"]
    lenient = create_app(tiny_spec, data=wrong, validate_responses=False)
    with serve_in_thread(lenient) as url, httpx.Client(base_url=url) as client:
        assert client.get("/things").json() == ["not-a-uuid"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"colour": 1}, "unknown top-level keys"),
        ({"operations": {"nope": {"action": "static"}}}, "no operation with this operationId"),
        ({"operations": {"list_things": {"action": "fly"}}}, "is not one of"),
        ({"operations": {"list_things": {"action": "list"}}}, "needs a collection"),
        ({"operations": {"list_things": {"action": "list", "collection": "c"}}}, "no collection"),
        ({"collections": {"c": {"count": 2, "fields": {"id": {"template": "{nope}"}}}}}, "unknown template field"),
        ({"collections": {"c": {"count": 2, "fields": {"id": {"colour": 1}}}}}, "no rule kind"),
    ],
)
def test_data_file_mistakes_fail_at_start(tiny_spec: Path, data: dict[str, Any], message: str) -> None:
    with pytest.raises(Exception, match=message):
        create_app(tiny_spec, data=data)
