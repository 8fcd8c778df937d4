"""Every operation of both specs is reachable as `client.<resource>.<method>(...)` (the spec's `x-resource`),
sync and async, over loopback to the mock: the guard that no operation is left without a resource method."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from generator.validate import operations
from mock_servers.pytest_plugin import MockService
from tests.contract.spec_tools import APIS, spec
from tests.generated_models import package as _package

CASES = [(api, path, method, op) for api in APIS for path, method, op in operations(spec(api))]
IDS = [f"{api}-{op['operationId']}" for api, _, _, op in CASES]


@pytest.mark.parametrize("api", APIS)
def test_every_operation_has_a_documented_resource_method(api: str) -> None:
    package = _package(api)
    for client_class in (getattr(package, name) for name in package.resources.__all__):
        for _, _, operation in operations(spec(api)):
            where = f"{api} {operation['operationId']}"
            assert "x-resource" in operation, f"{where} has no x-resource"
            resource_class = getattr(client_class, operation["x-resource"]["name"]).func.__annotations__["return"]
            method = getattr(resource_class, operation["x-resource"]["method"], None)
            assert method is not None, f"{where}: {client_class.__name__} has no method for it"
            doc = inspect.getdoc(method) or ""
            assert doc.startswith(operation["summary"]), f"{where}: the docstring does not start with the summary"
            for name in inspect.signature(method).parameters:
                if name != "self":
                    assert f"{name}:" in doc, f"{where}: argument {name} is not documented"


def _arguments(mock: MockService, path: str, operation: dict[str, Any]) -> dict[str, Any]:
    """Arguments for one call: the spec's request example as keyword arguments (for a paginated operation
    only its required fields, so the walk finds records), path values of seeded records (by the mock
    binding's collection, else the parameter's example), the mock's own key for the token exchange."""
    package = _package(mock.api)
    endpoint = getattr(package.endpoints, operation["operationId"].upper())
    kwargs: dict[str, Any] = {}
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    if "example" in body:
        example = dict(body["example"])
        if "x-pagination" in operation:  # the walk should find records: the example's required fields only
            schema = spec(mock.api)["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]
            example = {name: value for name, value in example.items() if name in schema.get("required", [])}
        auth = package.PROFILE.auth
        if getattr(auth, "path", None) == path:
            example[auth.request_field] = mock.keys[0]
        kwargs.update({endpoint.body.arguments[name]: value for name, value in example.items()})
    binding = mock.controller.bindings[operation["operationId"]]
    required_by = {pointer: collection for collection, pointer in binding.raw.get("require", {}).items()}
    for parameter in [*spec(mock.api)["paths"][path].get("parameters", []), *operation.get("parameters", [])]:
        if "$ref" in parameter:
            parameter = spec(mock.api)["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        if parameter["in"] == "path":
            name = required_by.get(f"/path/{parameter['name']}", binding.collection)
            if name is None:  # the mock answers without a collection (schemas, echoes): the spec's example
                assert "example" in parameter, f"{operation['operationId']}: no collection and no example"
                kwargs[parameter["name"]] = parameter["example"]
                continue
            collection = mock.controller.store[name]
            kwargs[parameter["name"]] = collection.key_of(next(iter(collection)))
    return kwargs


@pytest.mark.parametrize(("api", "path", "method", "operation"), CASES, ids=IDS)
def test_each_operation_through_its_resource_method(
    api: str, path: str, method: str, operation: dict[str, Any], request: pytest.FixtureRequest
) -> None:
    mock: MockService = request.getfixturevalue(f"{api}_mock")
    kwargs = _arguments(mock, path, operation)
    resource = getattr(mock.client, operation["x-resource"]["name"])
    answer = getattr(resource, operation["x-resource"]["method"])(**kwargs)
    if "x-pagination" in operation:
        assert mock.stats()["requests"].get(operation["operationId"], 0) == 0  # lazy: nothing sent yet
        answer = next(iter(answer.pages())).records
    assert mock.stats()["requests"][operation["operationId"]] >= 1
    if "items" in operation["x-resource"] or "x-pagination" in operation:
        assert isinstance(answer, list) and answer, f"{operation['operationId']}: no records came back"


@pytest.mark.parametrize(("api", "path", "method", "operation"), CASES, ids=IDS)
async def test_each_operation_through_the_async_client(
    api: str, path: str, method: str, operation: dict[str, Any], request: pytest.FixtureRequest
) -> None:
    mock: MockService = request.getfixturevalue(f"{api}_mock")
    kwargs = _arguments(mock, path, operation)
    async with mock.connect_async() as client:
        call = getattr(getattr(client, operation["x-resource"]["name"]), operation["x-resource"]["method"])
        if "x-pagination" in operation:
            records = [record.to_dict() async for record in call(**kwargs, limit=3)]
            sync_call = getattr(
                getattr(mock.client, operation["x-resource"]["name"]), operation["x-resource"]["method"]
            )
            assert records and records == [record.to_dict() for record in sync_call(**kwargs, limit=3)]
        else:
            await call(**kwargs)
    assert mock.stats()["requests"][operation["operationId"]] >= 1
