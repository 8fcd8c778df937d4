"""Contains all the data models used in inputs/outputs"""

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
from .between_value import BetweenValue
from .combinator import Combinator
from .config_section import ConfigSection
from .config_section_instance import ConfigSectionInstance
from .create_org_request import CreateOrgRequest
from .create_org_response import CreateOrgResponse
from .create_user_response import CreateUserResponse
from .created_org import CreatedOrg
from .created_user import CreatedUser
from .delete_org_request import DeleteOrgRequest
from .device_attributes import DeviceAttributes
from .device_query_response import DeviceQueryResponse
from .error_body import ErrorBody
from .exp_vuln_ref import ExpVulnRef
from .exposure_attributes import ExposureAttributes
from .exposure_query_response import ExposureQueryResponse
from .facet_bucket import FacetBucket
from .facet_request import FacetRequest
from .facet_response import FacetResponse
from .facet_result import FacetResult
from .geo_ip import GeoIp
from .group import Group
from .operator import Operator
from .org import Org
from .org_list import OrgList
from .query_pagination import QueryPagination
from .relative_time import RelativeTime
from .role import Role
from .rule import Rule
from .rule_scope import RuleScope
from .source import Source
from .source_audit import SourceAudit
from .source_audit_list import SourceAuditList
from .source_config import SourceConfig
from .source_config_input import SourceConfigInput
from .source_input import SourceInput
from .tag_value import TagValue
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
    "BetweenValue",
    "Combinator",
    "ConfigSection",
    "ConfigSectionInstance",
    "CreatedOrg",
    "CreatedUser",
    "CreateOrgRequest",
    "CreateOrgResponse",
    "CreateUserResponse",
    "DeleteOrgRequest",
    "DeviceAttributes",
    "DeviceQueryResponse",
    "ErrorBody",
    "ExposureAttributes",
    "ExposureQueryResponse",
    "ExpVulnRef",
    "FacetBucket",
    "FacetRequest",
    "FacetResponse",
    "FacetResult",
    "GeoIp",
    "Group",
    "Operator",
    "Org",
    "OrgList",
    "QueryPagination",
    "RelativeTime",
    "Role",
    "Rule",
    "RuleScope",
    "Source",
    "SourceAudit",
    "SourceAuditList",
    "SourceConfig",
    "SourceConfigInput",
    "SourceInput",
    "TagValue",
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
