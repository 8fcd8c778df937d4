"""Contains all the data models used in inputs/outputs"""

from .access_config import AccessConfig
from .access_config_input import AccessConfigInput
from .asset_device import AssetDevice
from .asset_exposure import AssetExposure
from .asset_query_pagination import AssetQueryPagination
from .asset_query_request import AssetQueryRequest
from .asset_source import AssetSource
from .asset_user import AssetUser
from .audit_execution import AuditExecution
from .audit_pagination import AuditPagination
from .audit_result import AuditResult
from .audit_runner import AuditRunner
from .aws_credentials import AwsCredentials
from .between_value import BetweenValue
from .combinator import Combinator
from .config_schema import ConfigSchema
from .config_schema_items import ConfigSchemaItems
from .config_section import ConfigSection
from .config_section_instance import ConfigSectionInstance
from .config_set import ConfigSet
from .config_set_auth_type_0 import ConfigSetAuthType0
from .config_set_connect_type_0 import ConfigSetConnectType0
from .config_set_settings_type_0 import ConfigSetSettingsType0
from .create_org_request import CreateOrgRequest
from .create_org_response import CreateOrgResponse
from .create_user_response import CreateUserResponse
from .created_org import CreatedOrg
from .created_user import CreatedUser
from .delete_org_request import DeleteOrgRequest
from .device_attributes import DeviceAttributes
from .device_query_response import DeviceQueryResponse
from .error_body import ErrorBody
from .execution_context import ExecutionContext
from .exp_vuln_ref import ExpVulnRef
from .exposure_attributes import ExposureAttributes
from .exposure_query_response import ExposureQueryResponse
from .facet_bucket import FacetBucket
from .facet_request import FacetRequest
from .facet_response import FacetResponse
from .facet_result import FacetResult
from .geo_ip import GeoIp
from .group import Group
from .health_status import HealthStatus
from .integration_config import IntegrationConfig
from .integration_config_input import IntegrationConfigInput
from .integration_execution_list import IntegrationExecutionList
from .integration_execution_list_items_item import IntegrationExecutionListItemsItem
from .o_auth_revoke_result import OAuthRevokeResult
from .o_auth_settings import OAuthSettings
from .operating_system import OperatingSystem
from .operator import Operator
from .org import Org
from .org_api_key import OrgApiKey
from .org_list import OrgList
from .plugin import Plugin
from .plugin_input import PluginInput
from .query_pagination import QueryPagination
from .query_report_input import QueryReportInput
from .relative_time import RelativeTime
from .role import Role
from .role_permissions import RolePermissions
from .rule import Rule
from .rule_scope import RuleScope
from .runner import Runner
from .runner_config import RunnerConfig
from .saved_query import SavedQuery
from .saved_query_input import SavedQueryInput
from .scheduling_wrapper import SchedulingWrapper
from .search_body import SearchBody
from .service_account_token import ServiceAccountToken
from .source import Source
from .source_audit import SourceAudit
from .source_audit_list import SourceAuditList
from .source_config import SourceConfig
from .source_config_input import SourceConfigInput
from .source_input import SourceInput
from .source_o_auth_settings import SourceOAuthSettings
from .source_schedule import SourceSchedule
from .source_schema_info import SourceSchemaInfo
from .source_schema_names import SourceSchemaNames
from .source_schema_names_list import SourceSchemaNamesList
from .source_schema_runner_requirements import SourceSchemaRunnerRequirements
from .source_schemas import SourceSchemas
from .source_schemas_auth import SourceSchemasAuth
from .source_schemas_connect import SourceSchemasConnect
from .source_schemas_settings import SourceSchemasSettings
from .tag_value import TagValue
from .token_claims import TokenClaims
from .url_response import UrlResponse
from .user import User
from .user_attributes import UserAttributes
from .user_list import UserList
from .user_query_response import UserQueryResponse
from .v1_asset import V1Asset
from .v1_asset_attributes import V1AssetAttributes
from .v1_asset_list import V1AssetList
from .v1_asset_metadata import V1AssetMetadata
from .v1_asset_metadata_additional_property import V1AssetMetadataAdditionalProperty
from .v1_attribute_value import V1AttributeValue
from .v1_pagination import V1Pagination

__all__ = (
    "AccessConfig",
    "AccessConfigInput",
    "AssetDevice",
    "AssetExposure",
    "AssetQueryPagination",
    "AssetQueryRequest",
    "AssetSource",
    "AssetUser",
    "AuditExecution",
    "AuditPagination",
    "AuditResult",
    "AuditRunner",
    "AwsCredentials",
    "BetweenValue",
    "Combinator",
    "ConfigSchema",
    "ConfigSchemaItems",
    "ConfigSection",
    "ConfigSectionInstance",
    "ConfigSet",
    "ConfigSetAuthType0",
    "ConfigSetConnectType0",
    "ConfigSetSettingsType0",
    "CreatedOrg",
    "CreatedUser",
    "CreateOrgRequest",
    "CreateOrgResponse",
    "CreateUserResponse",
    "DeleteOrgRequest",
    "DeviceAttributes",
    "DeviceQueryResponse",
    "ErrorBody",
    "ExecutionContext",
    "ExposureAttributes",
    "ExposureQueryResponse",
    "ExpVulnRef",
    "FacetBucket",
    "FacetRequest",
    "FacetResponse",
    "FacetResult",
    "GeoIp",
    "Group",
    "HealthStatus",
    "IntegrationConfig",
    "IntegrationConfigInput",
    "IntegrationExecutionList",
    "IntegrationExecutionListItemsItem",
    "OAuthRevokeResult",
    "OAuthSettings",
    "OperatingSystem",
    "Operator",
    "Org",
    "OrgApiKey",
    "OrgList",
    "Plugin",
    "PluginInput",
    "QueryPagination",
    "QueryReportInput",
    "RelativeTime",
    "Role",
    "RolePermissions",
    "Rule",
    "RuleScope",
    "Runner",
    "RunnerConfig",
    "SavedQuery",
    "SavedQueryInput",
    "SchedulingWrapper",
    "SearchBody",
    "ServiceAccountToken",
    "Source",
    "SourceAudit",
    "SourceAuditList",
    "SourceConfig",
    "SourceConfigInput",
    "SourceInput",
    "SourceOAuthSettings",
    "SourceSchedule",
    "SourceSchemaInfo",
    "SourceSchemaNames",
    "SourceSchemaNamesList",
    "SourceSchemaRunnerRequirements",
    "SourceSchemas",
    "SourceSchemasAuth",
    "SourceSchemasConnect",
    "SourceSchemasSettings",
    "TagValue",
    "TokenClaims",
    "UrlResponse",
    "User",
    "UserAttributes",
    "UserList",
    "UserQueryResponse",
    "V1Asset",
    "V1AssetAttributes",
    "V1AssetList",
    "V1AssetMetadata",
    "V1AssetMetadataAdditionalProperty",
    "V1AttributeValue",
    "V1Pagination",
)
