"""One real call per operation through the generated client, for the contract suite.

Request bodies are the spec's own examples; ids in paths come from the mock's seeded data, read
through the client first. A recipe is named after the operation it exercises; test_every_operation
fails when a spec operation has no recipe here.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any

from attrs import frozen
from cyberhaven_client.api.authentication import exchange_api_key
from cyberhaven_client.api.endpoints import list_endpoints
from cyberhaven_client.api.events import get_event_details, get_event_lineage
from cyberhaven_client.api.incidents import get_incidents, list_incidents, update_incident
from cyberhaven_client.api.streaming import create_streaming_destination
from cyberhaven_client.models import (
    CreateStreamingDestinationRequest,
    EventDetailsRequest,
    EventLineageRequest,
    ExchangeApiKeyRequest,
    ListEndpointsRequest,
    ListIncidentsRequest,
    UpdateIncidentRequest,
)
from cyberhaven_client.types import Unset
from sevco_client.api.admin import (
    assign_user_role,
    create_org,
    create_user,
    delete_org,
    delete_user,
    get_user,
    list_orgs,
    list_roles,
    list_users,
    remove_user_role,
)
from sevco_client.api.assets import facet_devices, query_asset_users, query_devices, query_exposures
from sevco_client.api.assets_v_1 import list_asset_users_v1, list_devices_v1
from sevco_client.api.integrations import (
    create_source,
    create_source_config,
    delete_source,
    get_source,
    get_source_config,
    list_source_audits,
    list_source_configs,
    list_sources,
    update_source,
)
from sevco_client.models import (
    AssetQueryRequest,
    CreateOrgRequest,
    DeleteOrgRequest,
    FacetRequest,
    SourceConfigInput,
    SourceInput,
)

from tests.generated_models import endpoint_module

from .spec_tools import path_parameter_examples, request_example


@frozen
class Context:
    client: Any  # the generated Client of the API under test, from connect()
    api_key: str


Recipe = Callable[[Context], Any]  # returns the generated Response[...]
RECIPES: dict[str, dict[str, Recipe]] = {"sevco": {}, "cyberhaven": {}}


def recipe(api: str) -> Callable[[Recipe], Recipe]:
    """Register a recipe under its operation id: the function's name less the trailing "_" that keeps
    it from shadowing the imported endpoint module of the same name."""

    def register(function: Recipe) -> Recipe:
        RECIPES[api][function.__name__.removesuffix("_")] = function
        return function

    return register


def _body(api: str, model: Any, operation_id: str) -> Any:
    """The request body of the spec's own example for the operation, as the generated model."""
    return model.from_dict(request_example(api, operation_id), strict=True)


def from_examples(api: str, operation_id: str) -> Recipe:
    """A call built from the spec alone: path parameters from their examples and the body from the request
    example (the mock's data file seeds the records those examples name)."""

    def call(ctx: Context) -> Any:
        module = endpoint_module(api, operation_id)
        arguments: dict[str, Any] = dict(path_parameter_examples(api, operation_id))
        body_type = typing.get_type_hints(module._get_kwargs).get("body")
        if body_type is not None:
            arguments["body"] = body_type.from_dict(request_example(api, operation_id), strict=True)
        return module.sync_detailed(client=ctx.client, **arguments)

    return call


# --- Sevco -------------------------------------------------------------------------------------

sevco = recipe("sevco")


@sevco
def list_orgs_(ctx: Context) -> Any:
    return list_orgs.sync_detailed(client=ctx.client)


@sevco
def create_org_(ctx: Context) -> Any:
    return create_org.sync_detailed(client=ctx.client, body=_body("sevco", CreateOrgRequest, "create_org"))


@sevco
def delete_org_(ctx: Context) -> Any:
    created = create_org.sync(client=ctx.client, body=_body("sevco", CreateOrgRequest, "create_org"))
    return delete_org.sync_detailed(client=ctx.client, body=DeleteOrgRequest(id=created.org.org_id))


@sevco
def list_users_(ctx: Context) -> Any:
    return list_users.sync_detailed(client=ctx.client)


def _first_user_email(ctx: Context) -> str:
    return str(list_users.sync(client=ctx.client).items[0].email)


@sevco
def get_user_(ctx: Context) -> Any:
    return get_user.sync_detailed(_first_user_email(ctx), client=ctx.client)


@sevco
def create_user_(ctx: Context) -> Any:
    return create_user.sync_detailed("new.analyst@example.com", client=ctx.client)


@sevco
def delete_user_(ctx: Context) -> Any:
    return delete_user.sync_detailed(_first_user_email(ctx), client=ctx.client)


@sevco
def list_roles_(ctx: Context) -> Any:
    return list_roles.sync_detailed(client=ctx.client)


@sevco
def assign_user_role_(ctx: Context) -> Any:
    role = list_roles.sync(client=ctx.client)[0].name
    return assign_user_role.sync_detailed(_first_user_email(ctx), str(role), client=ctx.client)


@sevco
def remove_user_role_(ctx: Context) -> Any:
    email, role = _first_user_email(ctx), str(list_roles.sync(client=ctx.client)[0].name)
    assign_user_role.sync_detailed(email, role, client=ctx.client)
    return remove_user_role.sync_detailed(email, role, client=ctx.client)


@sevco
def query_devices_(ctx: Context) -> Any:
    return query_devices.sync_detailed(client=ctx.client, body=_body("sevco", AssetQueryRequest, "query_devices"))


@sevco
def query_asset_users_(ctx: Context) -> Any:
    body = _body("sevco", AssetQueryRequest, "query_asset_users")
    return query_asset_users.sync_detailed(client=ctx.client, body=body, lang="en")


@sevco
def query_exposures_(ctx: Context) -> Any:
    return query_exposures.sync_detailed(client=ctx.client, body=_body("sevco", AssetQueryRequest, "query_exposures"))


@sevco
def facet_devices_(ctx: Context) -> Any:
    return facet_devices.sync_detailed(client=ctx.client, body=_body("sevco", FacetRequest, "facet_devices"))


@sevco
def list_devices_v1_(ctx: Context) -> Any:
    return list_devices_v1.sync_detailed(client=ctx.client, page=0, per_page=25)


@sevco
def list_asset_users_v1_(ctx: Context) -> Any:
    return list_asset_users_v1.sync_detailed(client=ctx.client, page=0, per_page=25)


@sevco
def list_sources_(ctx: Context) -> Any:
    return list_sources.sync_detailed(client=ctx.client)


def _first_source_id(ctx: Context) -> str:
    return str(list_sources.sync(client=ctx.client)[0].id)


@sevco
def get_source_(ctx: Context) -> Any:
    return get_source.sync_detailed(_first_source_id(ctx), client=ctx.client)


@sevco
def create_source_(ctx: Context) -> Any:
    return create_source.sync_detailed(client=ctx.client, body=_body("sevco", SourceInput, "create_source"))


@sevco
def update_source_(ctx: Context) -> Any:
    body = _body("sevco", SourceInput, "update_source")
    return update_source.sync_detailed(_first_source_id(ctx), client=ctx.client, body=body)


@sevco
def delete_source_(ctx: Context) -> Any:
    return delete_source.sync_detailed(_first_source_id(ctx), client=ctx.client)


@sevco
def list_source_configs_(ctx: Context) -> Any:
    return list_source_configs.sync_detailed(client=ctx.client)


@sevco
def get_source_config_(ctx: Context) -> Any:
    config_id = str(list_source_configs.sync(client=ctx.client)[0].id)
    return get_source_config.sync_detailed(config_id, client=ctx.client)


@sevco
def create_source_config_(ctx: Context) -> Any:
    body = _body("sevco", SourceConfigInput, "create_source_config")
    return create_source_config.sync_detailed(client=ctx.client, body=body)


@sevco
def list_source_audits_(ctx: Context) -> Any:
    return list_source_audits.sync_detailed(client=ctx.client, page=1, per_page=25)


# --- Cyberhaven ----------------------------------------------------------------------------------

cyberhaven = recipe("cyberhaven")


@cyberhaven
def exchange_api_key_(ctx: Context) -> Any:
    return exchange_api_key.sync_detailed(client=ctx.client, body=ExchangeApiKeyRequest(api_key=ctx.api_key))


@cyberhaven
def get_incidents_(ctx: Context) -> Any:
    return get_incidents.sync_detailed(client=ctx.client)


@cyberhaven
def list_incidents_(ctx: Context) -> Any:
    body = _body("cyberhaven", ListIncidentsRequest, "list_incidents")
    return list_incidents.sync_detailed(client=ctx.client, body=body)


def _first_incident(ctx: Context) -> Any:
    page = list_incidents.sync(client=ctx.client, body=ListIncidentsRequest.from_dict({"page_request": {"size": 1}}))
    assert not isinstance(page.resources, Unset)
    return page.resources[0]


@cyberhaven
def update_incident_(ctx: Context) -> Any:
    body = _body("cyberhaven", UpdateIncidentRequest, "update_incident")
    return update_incident.sync_detailed(str(_first_incident(ctx).id), client=ctx.client, body=body)


@cyberhaven
def get_event_details_(ctx: Context) -> Any:
    lineage = _first_incident(ctx).event_lineage_id
    body = EventDetailsRequest.from_dict({"ids": [lineage.start_event_id, lineage.end_event_id]})
    return get_event_details.sync_detailed(client=ctx.client, body=body)


@cyberhaven
def get_event_lineage_(ctx: Context) -> Any:
    lineage = _first_incident(ctx).event_lineage_id
    body = EventLineageRequest.from_dict(lineage.to_dict())
    return get_event_lineage.sync_detailed(client=ctx.client, body=body)


@cyberhaven
def list_endpoints_(ctx: Context) -> Any:
    body = _body("cyberhaven", ListEndpointsRequest, "list_endpoints")
    return list_endpoints.sync_detailed(client=ctx.client, body=body)


@cyberhaven
def create_streaming_destination_(ctx: Context) -> Any:
    body = _body("cyberhaven", CreateStreamingDestinationRequest, "create_streaming_destination")
    return create_streaming_destination.sync_detailed(client=ctx.client, body=body)


# Operations that need nothing but the spec's examples (and the records the mock seeds for them).
FROM_EXAMPLES = {
    "sevco": [
        "get_org_service_account",
        "get_org_api_key",
        "get_token_claims",
        "check_source_catalog_health",
        "update_source_config",
        "delete_source_config",
        "execute_source_config",
        "initiate_source_config_oauth",
        "refresh_source_config_oauth",
        "revoke_source_config_oauth",
        "get_source_oauth",
        "create_source_oauth",
        "update_source_oauth",
        "delete_source_oauth",
        "get_source_schedule",
        "create_source_schedule",
        "update_source_schedule",
        "delete_source_schedule",
        "get_source_schemas",
        "create_source_schemas",
        "update_source_schemas",
        "delete_source_schemas",
        "list_config_schemas",
        "get_config_schema",
        "list_plugins",
        "create_plugin",
        "get_plugin",
        "update_plugin",
        "delete_plugin",
        "set_default_plugin",
        "get_plugin_download_url",
        "list_runners",
        "create_runner",
        "get_runner",
        "update_runner",
        "delete_runner",
        "ping_runner",
        "get_runner_config",
        "execute_on_runner",
        "download_runner",
        "save_device_query",
        "save_user_query",
        "create_query_report",
        "list_access_schemas",
        "list_integration_schemas",
        "create_access_config",
        "create_integration_config",
        "list_integration_executions",
        "create_source_audit",
        "delete_source_audit",
    ],
}
for _api, _operation_ids in FROM_EXAMPLES.items():
    for _operation_id in _operation_ids:
        RECIPES[_api][_operation_id] = from_examples(_api, _operation_id)
