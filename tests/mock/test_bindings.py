"""Every operation of both specs has an explicit binding in its data file and answers 2xx with a body
that fits the spec (checked here with the `jsonschema` package, independently of the mock's own check)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from mock_servers import create_app
from mock_servers.app import load_data
from mock_servers.spec import Spec, get_pointer

APIS = ("sevco", "cyberhaven")
CASES = [(api, operation_id) for api in APIS for operation_id in Spec.load(api).operations]


def _validator(spec: Spec, pointer: str) -> Draft202012Validator:
    resource: Resource[Any] = DRAFT202012.create_resource(spec.document)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return Draft202012Validator({"$ref": "urn:spec#" + quote(pointer, safe="/~")}, registry=registry)


@pytest.mark.parametrize("api", APIS)
def test_every_operation_has_a_binding(api: str) -> None:
    spec = Spec.load(api)
    data = load_data(spec, None)
    bound = set(data["operations"])
    assert bound == set(spec.operations), (
        f"unbound: {set(spec.operations) - bound}; stale: {bound - set(spec.operations)}"
    )


@pytest.fixture(scope="module")
def apps() -> dict[str, Any]:
    return {api: create_app(api) for api in APIS}


def _request(api: str, operation_id: str, app: Any) -> tuple[str, str, Any]:
    """Method, URL path and JSON body for one operation: the spec's example body, existing ids in the path."""
    mock = app.state.mock
    operation = mock.spec.operations[operation_id]
    binding = mock.bindings[operation_id]
    key_pointer = str(binding.raw.get("key", ""))
    existing = None
    if binding.collection:
        collection = mock.store[binding.collection]
        existing = collection.key_of(next(iter(collection)))
    required = {  # `require: {collection: /path/x}`: a record of that collection must exist
        str(pointer): mock.store[collection].key_of(next(iter(mock.store[collection])))
        for collection, pointer in (binding.raw.get("require") or {}).items()
    }
    path = operation.path
    for name in operation.path_param_names:
        if key_pointer in ("", f"/path/{name}") and existing is not None and binding.action != "create":
            value = existing
        elif f"/path/{name}" in required:
            value = required[f"/path/{name}"]
        elif name == "role":
            value = next(iter(mock.store["roles"]))["name"]
        elif name == "email":
            value = "someone.new@acme-mfg.example"
        else:
            value = "some-id"
        path = path.replace("{" + name + "}", quote(str(value), safe="@"))
    body = None
    if operation.body_media_types:
        raw = get_pointer(
            mock.spec.document, "/paths/" + operation.path.replace("/", "~1") + f"/{operation.method.lower()}"
        )
        request_body, _ = mock.spec.resolve(raw["requestBody"])
        body = next(iter(request_body["content"].values())).get("example")
        if binding.action == "token":
            body = {mock.auth.exchange_fields()[0]: mock.keys[0]}
        if key_pointer.startswith("/body/") and existing is not None:
            body = {**body, key_pointer.split("/")[2]: existing}
    return operation.method, path, body


@pytest.mark.parametrize(("api", "operation_id"), CASES)
async def test_operation_answers_2xx_with_a_body_that_fits(api: str, operation_id: str, apps: dict[str, Any]) -> None:
    app = apps[api]
    mock = app.state.mock
    mock.reset()
    method, path, body = _request(api, operation_id, app)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock") as client:
        answer = await client.request(method, path, json=body, headers=mock.auth_headers())
    assert 200 <= answer.status_code < 300, f"{method} {path}: {answer.status_code} {answer.text[:500]}"
    assert mock.stats()["requests"] == {operation_id: 1}
    response = mock.spec.operations[operation_id].response_for(answer.status_code)
    assert response is not None
    if response.content_type and not response.content_type.endswith("json") and response.schema_ptr is None:
        assert answer.headers["content-type"] == response.content_type and answer.content  # a binary body
        return
    if response.schema_ptr is None:
        assert answer.content == b""
        return
    payload = answer.json()
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in _validator(mock.spec, response.schema_ptr).iter_errors(payload)
    ]
    assert errors == []
    if body is None and (
        isinstance(payload, list) or (isinstance(payload, dict) and any(isinstance(v, list) for v in payload.values()))
    ):
        # no filter sent: a listing shows seeded records (an example body may filter everything out)
        lists = [payload] if isinstance(payload, list) else [v for v in payload.values() if isinstance(v, list)]
        assert any(lists), f"{operation_id} answered only empty lists"
