"""The Python surface: two packages generated from two versions of the Sevco spec, compared with griffe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.diff.changes import Change
from generator.diff.compare import compare, compare_packages
from generator.diff.rules import BREAKING, NON, POSSIBLY
from tests.diff.specs import schema, spec_pair


def _mutate(spec: dict[str, Any]) -> None:
    spec["paths"]["/v1/admin/org"]["get"]["operationId"] = "list_organisations"
    del schema(spec, "Org")["properties"]["mfa_enforced"]
    schema(spec, "Org")["required"] = ["id", "org_name"]
    spec["paths"]["/v1/admin/role"]["get"]["parameters"] = [
        {"name": "scope", "in": "query", "required": True, "schema": {"type": "string"}}
    ]
    request = schema(spec, "AssetQueryRequest")
    request["required"] = ["query", "limit"]
    request["properties"]["limit"]["type"] = "string"
    del spec["paths"]["/v1/asset/device"]["get"]["x-pagination"]
    ping = {"operationId": "ping", "x-resource": {"name": "status", "method": "ping"}}
    spec["paths"]["/v1/admin/ping"] = {"get": {**ping, "responses": {"204": {"description": "Up."}}}}


@pytest.fixture(scope="module")
def changes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Change]]:
    """{new or old location: changes there}, from one generation of each version."""
    old, new = spec_pair(tmp_path_factory.mktemp("surface"), "sevco", _mutate)
    found: dict[str, list[Change]] = {}
    for change in compare_packages(old, new):
        assert change.layer == "python"
        found.setdefault(change.new_location, []).append(change)
        if change.old_location != change.new_location:
            found.setdefault(change.old_location, []).append(change)
    return found


def _only(changes: dict[str, list[Change]], location: str) -> Change:
    (change,) = changes[f"sevco_client.{location}"]
    return change


def test_an_operation_module_renamed_is_one_rename_not_a_removal_and_an_addition(
    changes: dict[str, list[Change]],
) -> None:
    renamed = _only(changes, "api.admin.list_organisations")
    assert (renamed.kind, renamed.severity) == ("python-renamed", BREAKING)
    assert renamed.old_location == "sevco_client.api.admin.list_orgs"
    assert _only(changes, "api.admin.list_orgs") is renamed


def test_a_model_field_removed_is_breaking(changes: dict[str, list[Change]]) -> None:
    removed = _only(changes, "models.org.Org.mfa_enforced")
    assert (removed.kind, removed.severity, removed.new_location) == (
        "python-removed",
        BREAKING,
        "sevco_client.models.org.Org",
    )


def test_a_required_argument_added_to_every_function_of_an_operation(changes: dict[str, list[Change]]) -> None:
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        added = _only(changes, f"api.admin.list_roles.{function}")
        assert (added.kind, added.severity) == ("python-parameter-added-required", BREAKING)
        assert " scope:" in added.summary


def test_a_field_made_required_breaks_request_models_and_possibly_response_models(
    changes: dict[str, list[Change]],
) -> None:
    request_fields = {c.kind: c for c in changes["sevco_client.models.asset_query_request.AssetQueryRequest.limit"]}
    assert request_fields["python-field-required"].severity is BREAKING  # callers build AssetQueryRequest
    annotation = request_fields["python-annotation-changed"]
    assert (annotation.severity, annotation.summary.rsplit(": ", 1)[1]) == (POSSIBLY, "int -> str")
    response = _only(changes, "models.org.Org.org_name")  # no annotation change: only `Unset` went away
    assert (response.kind, response.severity) == ("python-response-field-required", POSSIBLY)


def test_the_walkers_of_a_removed_pagination_extension_are_removed(changes: dict[str, list[Change]]) -> None:
    for walker in ("iterate_list_devices_v1", "aiterate_list_devices_v1"):
        assert _only(changes, f"paginate.{walker}").kind == "python-removed"


def test_an_added_module_is_one_addition(changes: dict[str, list[Change]]) -> None:
    added = _only(changes, "api.default")
    assert (added.kind, added.severity, added.old_location) == ("python-added", NON, "sevco_client.api")
    assert not any(location.startswith("sevco_client.api.default.") for location in changes)


def test_resource_methods_are_part_of_the_surface(changes: dict[str, list[Change]]) -> None:
    """Resource classes sit outside `resources.__all__` (users reach them as `client.roles`), yet their
    methods are the API most callers use: a required argument added there is breaking too."""
    for resource in ("RolesResource", "AsyncRolesResource"):
        added = _only(changes, f"resources.{resource}.list")
        assert (added.kind, added.severity) == ("python-parameter-added-required", BREAKING)
        assert " scope:" in added.summary
    for resource in ("DevicesResource", "AsyncDevicesResource"):
        kinds = {c.kind: c for c in changes[f"sevco_client.resources.{resource}.query"]}
        assert kinds["python-parameter-made-required"].severity is BREAKING
    for resource in ("DevicesV1Resource", "AsyncDevicesV1Resource"):  # no longer paged: no cursor, no limit
        removed = {
            c.summary.split(" ")[1]
            for c in changes[f"sevco_client.resources.{resource}.list"]
            if c.kind == "python-parameter-removed"
        }
        assert removed == {"cursor:", "limit:"}
    assert _only(changes, "resources.Sevco.status").kind == "python-added"


def test_nothing_else_changed(changes: dict[str, list[Change]]) -> None:
    every = {id(c): c for found in changes.values() for c in found}
    # Low-level functions: 1 rename, 3 removals, 4 required arguments, 2 fields required, 1 type, 1 addition.
    # endpoints.py: 1 rename, 1 addition, 1 type. resources.py, sync and async: 2 required arguments added,
    # 6 made required, 4 removed, 8 types (6 arguments, 2 return types), 8 additions (status and its classes).
    assert len(every) == 12 + 3 + 2 + 6 + 4 + 8 + 8


def test_packages_from_the_same_spec_have_the_same_surface(tmp_path: Path) -> None:
    old, new = spec_pair(tmp_path, "cyberhaven", lambda spec: None)
    assert compare_packages(old, new) == []


def test_an_old_spec_of_an_older_extension_vocabulary_is_compared_on_the_spec_and_said_so_on_python(
    tmp_path: Path,
) -> None:
    """An old spec written before an extension became required (here: without x-resource) still diffs: its
    spec changes are reported, and the Python layer says it was not compared instead of coming back empty."""

    def strip_resources(spec: dict[str, Any]) -> None:
        for item in spec["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict):
                    operation.pop("x-resource", None)

    new, old = spec_pair(tmp_path, "sevco", strip_resources)  # the stripped copy is the *old* side
    report = compare("sevco", old, new)
    kinds = {change.kind for change in report.changes}
    assert "x-resource added" in kinds
    (not_compared,) = [change for change in report.changes if change.layer == "python"]
    assert not_compared.kind == "python-not-compared"
    assert not_compared.severity is POSSIBLY
    assert "without x-resource" in not_compared.summary  # the first problem, not only "N problem(s)"
