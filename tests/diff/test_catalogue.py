"""The catalogue of spec mutations: each gives exactly the expected changes, with their class and the JSON
pointer of each in the old and the new spec (and every pointer resolves in its document)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import pytest

from generator.diff.changes import Change
from generator.diff.compare import compare_specs
from generator.diff.rules import BREAKING, NON, POSSIBLY, Severity
from generator.specfile import load, resolve_pointer
from generator.validate import validate_file
from tests.diff.specs import Mutation, schema, spec_pair

Expected = tuple[str, Severity, str, str]  # kind, class, old pointer, new pointer


class Case(NamedTuple):
    api: str
    mutate: Mutation
    expected: set[Expected]


def _remove_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/v2/incidents"]


def _rename_operation(spec: dict[str, Any]) -> None:
    spec["paths"]["/v1/admin/org"]["get"]["operationId"] = "list_organisations"


def _move_operation(spec: dict[str, Any]) -> None:
    spec["paths"]["/v2/endpoints/search"] = spec["paths"].pop("/v2/endpoints/list")


def _add_required_request_field(spec: dict[str, Any]) -> None:
    request = schema(spec, "UpdateIncidentRequest")
    request["properties"]["reason"] = {"type": "string"}
    request["required"] = ["reason"]


def _remove_request_field(spec: dict[str, Any]) -> None:
    del schema(spec, "UpdateIncidentRequest")["properties"]["close_note"]


def _make_request_field_required(spec: dict[str, Any]) -> None:
    schema(spec, "AssetQueryRequest")["required"] = ["query", "limit"]


def _narrow_request_enum(spec: dict[str, Any]) -> None:
    schema(spec, "CloseReason")["enum"].remove("invalid_other")


def _widen_request_enum(spec: dict[str, Any]) -> None:
    schema(spec, "EndpointOs")["enum"].append("chromeos")


def _remove_response_field(spec: dict[str, Any]) -> None:
    del schema(spec, "Incident")["properties"]["risk_score"]


def _change_response_field_type(spec: dict[str, Any]) -> None:
    schema(spec, "Endpoint")["properties"]["os_version"] = {"type": "integer"}


def _make_response_field_nullable(spec: dict[str, Any]) -> None:
    schema(spec, "Incident")["properties"]["risk_score"]["type"] = ["number", "null"]


def _make_response_field_optional(spec: dict[str, Any]) -> None:
    del schema(spec, "Org")["required"]


def _widen_response_enum(spec: dict[str, Any]) -> None:
    schema(spec, "WarningStatus")["enum"].append("snoozed")


def _move_query_parameter_to_body(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/v3/asset/user"]["post"]
    del operation["parameters"]
    schema(spec, "AssetQueryRequest")["properties"]["lang"] = {"type": "string"}


def _add_required_query_parameter(spec: dict[str, Any]) -> None:
    spec["paths"]["/v1/admin/role"]["get"]["parameters"] = [
        {"name": "scope", "in": "query", "required": True, "schema": {"type": "string"}}
    ]


def _change_security_scheme(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["ApiToken"]
    for key in ("in", "name"):
        del scheme[key]
    scheme.update(type="http", scheme="bearer")


def _lower_rate_limit(spec: dict[str, Any]) -> None:
    spec["x-rate-limits"]["requests-per-minute"] = 30


def _raise_rate_limit(spec: dict[str, Any]) -> None:
    spec["x-rate-limits"]["requests-per-minute"] = 120


def _change_pagination(spec: dict[str, Any]) -> None:
    spec["paths"]["/v2/incidents/list"]["post"]["x-pagination"]["response-cursor"] = "/page_response/cursor"


def _remove_pagination(spec: dict[str, Any]) -> None:
    # an operation without x-cli.columns: declared columns are paths into a record, which an unpaged answer is not
    del spec["paths"]["/v1/asset/device"]["get"]["x-pagination"]


def _remove_retry_safety(spec: dict[str, Any]) -> None:
    del spec["paths"]["/v3/asset/device"]["post"]["x-safe-to-retry"]


def _add_required_setting(spec: dict[str, Any]) -> None:
    """A setting connect() needs: both credential alternatives read it (as org_id is read)."""
    spec["x-client"]["settings"]["region"] = {"env": ["SEVCO_REGION"]}
    for scheme in spec["components"]["securitySchemes"].values():
        scheme["x-extra-headers"] = {**scheme.get("x-extra-headers", {}), "x-sevco-region": "region"}


def _add_unused_setting(spec: dict[str, Any]) -> None:
    """A setting nothing reads yet: connect() accepts it and does not need it."""
    spec["x-client"]["settings"]["region"] = {"env": ["SEVCO_REGION"]}


def _add_credential_alternative(spec: dict[str, Any]) -> None:
    """A second way to authenticate (as Sevco's JWT came): a scheme, its setting, one more alternative."""
    spec["components"]["securitySchemes"]["Bearer"] = {
        "type": "http",
        "scheme": "bearer",
        "x-auth-plugin": "token-header",
        "x-token-setting": "bearer",
        "x-token-prefix": "Bearer",
        "x-extra-headers": {"x-sevco-target-org": "org_id"},
    }
    spec["x-client"]["settings"]["bearer"] = {"env": ["SEVCO_BEARER"], "secret": True}
    spec["security"] = [*spec["security"], {"Bearer": []}]


def _drop_credential_alternative(spec: dict[str, Any]) -> None:
    spec["security"] = spec["security"][:1]


def _drop_environment_variable(spec: dict[str, Any]) -> None:
    spec["x-client"]["settings"]["api_key"]["env"] = ["SEVCO_API_TOKEN"]


def _change_environment_prefix(spec: dict[str, Any]) -> None:
    spec["x-client"]["env-prefix"] = "SEVCO_ASSETS"


def _change_server(spec: dict[str, Any]) -> None:
    spec["servers"][0]["url"] = "https://api.eu.sev.co"


def _only_documentation(spec: dict[str, Any]) -> None:
    spec["info"]["description"] = "Rewritten."
    spec["paths"]["/v1/admin/org"]["get"]["summary"] = "List every organisation"
    schema(spec, "Org")["properties"]["org_name"]["description"] = "Display name."
    schema(spec, "Org")["x-source-note"] = "Moved."


INCIDENT = "/components/schemas/Incident"
ASSET_QUERY = "/components/schemas/AssetQueryRequest"
UPDATE_REQUEST = "/components/schemas/UpdateIncidentRequest"

SETTINGS = "/x-client/settings"
SCHEMES = "/components/securitySchemes"

CATALOGUE: dict[str, Case] = {
    "credential alternative added (non-breaking: the old credential still works, the new setting is optional)": Case(
        "sevco",
        _add_credential_alternative,
        {
            ("security-alternative-added", NON, "/security", "/security"),
            ("security-scheme-added", NON, SCHEMES, SCHEMES + "/Bearer"),
            ("setting-added", NON, SETTINGS, SETTINGS + "/bearer"),
        },
    ),
    "credential alternative removed": Case(
        "sevco",
        _drop_credential_alternative,
        {("security-alternative-removed", BREAKING, "/security", "/security")},
    ),
    "operation removed": Case(
        "cyberhaven",
        _remove_operation,
        {("operation-removed", BREAKING, "/paths/~1v2~1incidents/get", "/paths")},
    ),
    "operationId renamed": Case(
        "sevco",
        _rename_operation,
        {("operation-renamed", BREAKING, "/paths/~1v1~1admin~1org/get", "/paths/~1v1~1admin~1org/get")},
    ),
    "operation moved to another path": Case(
        "cyberhaven",
        _move_operation,
        {("operation-moved", NON, "/paths/~1v2~1endpoints~1list/post", "/paths/~1v2~1endpoints~1search/post")},
    ),
    "required request field added": Case(
        "cyberhaven",
        _add_required_request_field,
        {("request-field-added-required", BREAKING, UPDATE_REQUEST, UPDATE_REQUEST + "/properties/reason")},
    ),
    "request field removed": Case(
        "cyberhaven",
        _remove_request_field,
        {("request-field-removed", BREAKING, UPDATE_REQUEST + "/properties/close_note", UPDATE_REQUEST)},
    ),
    "request field made required": Case(
        "sevco",
        _make_request_field_required,
        {
            (
                "request-field-made-required",
                BREAKING,
                ASSET_QUERY + "/properties/limit",
                ASSET_QUERY + "/properties/limit",
            )
        },
    ),
    "request enum narrowed (the enum is read in responses too)": Case(
        "cyberhaven",
        _narrow_request_enum,
        {
            (
                "request-enum-value-removed",
                BREAKING,
                "/components/schemas/CloseReason/enum",
                "/components/schemas/CloseReason/enum",
            ),
            (
                "response-enum-value-removed",
                POSSIBLY,
                "/components/schemas/CloseReason/enum",
                "/components/schemas/CloseReason/enum",
            ),
        },
    ),
    "request enum widened (the enum is read in responses too)": Case(
        "cyberhaven",
        _widen_request_enum,
        {
            (
                "request-enum-value-added",
                NON,
                "/components/schemas/EndpointOs/enum",
                "/components/schemas/EndpointOs/enum",
            ),
            (
                "response-enum-value-added",
                NON,
                "/components/schemas/EndpointOs/enum",
                "/components/schemas/EndpointOs/enum",
            ),
        },
    ),
    "response field removed": Case(
        "cyberhaven",
        _remove_response_field,
        {("response-field-removed", BREAKING, INCIDENT + "/properties/risk_score", INCIDENT)},
    ),
    "response field type changed": Case(
        "cyberhaven",
        _change_response_field_type,
        {
            (
                "response-type-changed",
                POSSIBLY,
                "/components/schemas/Endpoint/properties/os_version",
                "/components/schemas/Endpoint/properties/os_version",
            )
        },
    ),
    "response field may now be null": Case(
        "cyberhaven",
        _make_response_field_nullable,
        {("response-type-widened", POSSIBLY, INCIDENT + "/properties/risk_score", INCIDENT + "/properties/risk_score")},
    ),
    "response field made optional": Case(
        "sevco",
        _make_response_field_optional,
        {
            (
                "response-field-made-optional",
                POSSIBLY,
                "/components/schemas/Org/properties/id",
                "/components/schemas/Org/properties/id",
            )
        },
    ),
    "response enum widened": Case(
        "cyberhaven",
        _widen_response_enum,
        {
            (
                "response-enum-value-added",
                NON,
                "/components/schemas/WarningStatus/enum",
                "/components/schemas/WarningStatus/enum",
            )
        },
    ),
    "parameter moved from query to body": Case(
        "sevco",
        _move_query_parameter_to_body,
        {
            ("parameter-moved", BREAKING, "/components/parameters/Lang", ASSET_QUERY + "/properties/lang"),
            # The body model is shared: for the other operations using it, the field is simply new.
            ("request-field-added", NON, ASSET_QUERY, ASSET_QUERY + "/properties/lang"),
        },
    ),
    "required query parameter added": Case(
        "sevco",
        _add_required_query_parameter,
        {
            (
                "parameter-added-required",
                BREAKING,
                "/paths/~1v1~1admin~1role/get",
                "/paths/~1v1~1admin~1role/get/parameters/0",
            )
        },
    ),
    "security scheme changed": Case(
        "sevco",
        _change_security_scheme,
        {
            (
                "security-scheme-changed",
                BREAKING,
                "/components/securitySchemes/ApiToken",
                "/components/securitySchemes/ApiToken",
            )
        },
    ),
    "rate limit lowered": Case(
        "cyberhaven",
        _lower_rate_limit,
        {("x-rate-limits lowered", POSSIBLY, "/x-rate-limits", "/x-rate-limits")},
    ),
    "rate limit raised": Case(
        "cyberhaven",
        _raise_rate_limit,
        {("x-rate-limits changed", NON, "/x-rate-limits", "/x-rate-limits")},
    ),
    "pagination extension changed": Case(
        "cyberhaven",
        _change_pagination,
        {
            (
                "x-pagination changed",
                POSSIBLY,
                "/paths/~1v2~1incidents~1list/post/x-pagination",
                "/paths/~1v2~1incidents~1list/post/x-pagination",
            )
        },
    ),
    "pagination extension removed": Case(
        "sevco",
        _remove_pagination,
        {
            (
                "x-pagination removed",
                BREAKING,
                "/paths/~1v1~1asset~1device/get/x-pagination",
                "/paths/~1v1~1asset~1device/get",
            )
        },
    ),
    "retry safety removed": Case(
        "sevco",
        _remove_retry_safety,
        {
            (
                "x-safe-to-retry removed",
                POSSIBLY,
                "/paths/~1v3~1asset~1device/post/x-safe-to-retry",
                "/paths/~1v3~1asset~1device/post",
            )
        },
    ),
    "connect() setting added without a default, read by every credential alternative": Case(
        "sevco",
        _add_required_setting,
        {
            ("setting-added-required", BREAKING, "/x-client/settings", "/x-client/settings/region"),
            *(
                (
                    "x-extra-headers changed",
                    NON,
                    f"{SCHEMES}/{name}/x-extra-headers",
                    f"{SCHEMES}/{name}/x-extra-headers",
                )
                for name in ("ApiToken", "Jwt")
            ),
        },
    ),
    "connect() setting added that nothing needs": Case(
        "sevco",
        _add_unused_setting,
        {("setting-added", NON, "/x-client/settings", "/x-client/settings/region")},
    ),
    "environment variable no longer read": Case(
        "sevco",
        _drop_environment_variable,
        {
            (
                "setting-environment-removed",
                BREAKING,
                "/x-client/settings/api_key/env",
                "/x-client/settings/api_key/env",
            )
        },
    ),
    "environment prefix changed": Case(
        "sevco",
        _change_environment_prefix,
        {("env-prefix-changed", BREAKING, "/x-client/package", "/x-client/env-prefix")},
    ),
    "default server changed": Case(
        "sevco",
        _change_server,
        {("server-changed", POSSIBLY, "/servers/0", "/servers/0")},
    ),
    "only documentation changed": Case("sevco", _only_documentation, set()),
}


def _spec_changes(tmp_path: Path, api: str, mutate: Mutation) -> tuple[list[Change], dict[str, Any], dict[str, Any]]:
    """The spec-layer changes; only the mutated spec is validated (the other is the committed one)."""
    old_file, new_file = spec_pair(tmp_path, api, mutate)
    old, new = load(old_file), validate_file(new_file)
    return compare_specs(old, new), old, new


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_mutation_gives_exactly_the_expected_changes(name: str, tmp_path: Path) -> None:
    case = CATALOGUE[name]
    changes, old, new = _spec_changes(tmp_path, case.api, case.mutate)
    found = {(c.kind, c.severity, c.old_location, c.new_location) for c in changes}
    assert found == case.expected
    for change in changes:
        resolve_pointer(old, "#" + change.old_location)  # raises when the pointer is not in the old spec
        resolve_pointer(new, "#" + change.new_location)
        assert change.summary and change.why


def test_a_breaking_change_reached_from_several_operations_is_one_entry_naming_them(tmp_path: Path) -> None:
    (change,), _, _ = _spec_changes(tmp_path, "cyberhaven", _remove_response_field)
    assert change.operations == ("get_incidents", "list_incidents", "update_incident")
    assert change.summary == "Incident.risk_score removed"


def test_a_parameter_moved_into_a_shared_body_model_is_a_move_only_for_its_operation(tmp_path: Path) -> None:
    found, _, _ = _spec_changes(tmp_path, "sevco", _move_query_parameter_to_body)
    changes = {c.kind: c for c in found}
    assert changes["parameter-moved"].operations == ("query_asset_users",)
    assert changes["parameter-moved"].summary == "query_asset_users: parameter lang moved from query to body"
    assert changes["request-field-added"].operations == ("query_devices", "query_exposures")
