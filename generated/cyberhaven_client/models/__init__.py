"""Contains all the data models used in inputs/outputs"""

from .access_token_response import AccessTokenResponse
from .action_content import ActionContent
from .action_content_attributes import ActionContentAttributes
from .api_error_item import ApiErrorItem
from .app_info import AppInfo
from .close_reason import CloseReason
from .cloud_app import CloudApp
from .cloud_file import CloudFile
from .create_streaming_destination_request import CreateStreamingDestinationRequest
from .created_by import CreatedBy
from .custom_data import CustomData
from .dataset import Dataset
from .dataset_sensitivity import DatasetSensitivity
from .email_info import EmailInfo
from .endpoint import Endpoint
from .endpoint_filter import EndpointFilter
from .endpoint_os import EndpointOs
from .endpoint_status import EndpointStatus
from .error_body import ErrorBody
from .event import Event
from .event_action import EventAction
from .event_details_request import EventDetailsRequest
from .event_details_response import EventDetailsResponse
from .event_lineage_id import EventLineageId
from .event_lineage_request import EventLineageRequest
from .event_lineage_response import EventLineageResponse
from .exchange_api_key_request import ExchangeApiKeyRequest
from .fail_close_status import FailCloseStatus
from .file_info import FileInfo
from .file_owner import FileOwner
from .get_incidents_response import GetIncidentsResponse
from .https_config import HttpsConfig
from .https_config_headers import HttpsConfigHeaders
from .incident import Incident
from .incident_event_details import IncidentEventDetails
from .incident_filter import IncidentFilter
from .incident_status import IncidentStatus
from .list_endpoints_request import ListEndpointsRequest
from .list_endpoints_response import ListEndpointsResponse
from .list_incidents_request import ListIncidentsRequest
from .list_incidents_response import ListIncidentsResponse
from .local_file import LocalFile
from .location import Location
from .location_data import LocationData
from .matched_policy import MatchedPolicy
from .network_share import NetworkShare
from .page_request import PageRequest
from .page_response import PageResponse
from .policy import Policy
from .policy_severity import PolicySeverity
from .printer import Printer
from .removable_storage import RemovableStorage
from .streaming_destination import StreamingDestination
from .streaming_destination_type import StreamingDestinationType
from .streaming_encoding import StreamingEncoding
from .streaming_format import StreamingFormat
from .update_incident_request import UpdateIncidentRequest
from .update_incident_response import UpdateIncidentResponse
from .user_ref import UserRef
from .user_risk_group import UserRiskGroup
from .warning_status import WarningStatus
from .web_info import WebInfo

__all__ = (
    "AccessTokenResponse",
    "ActionContent",
    "ActionContentAttributes",
    "ApiErrorItem",
    "AppInfo",
    "CloseReason",
    "CloudApp",
    "CloudFile",
    "CreatedBy",
    "CreateStreamingDestinationRequest",
    "CustomData",
    "Dataset",
    "DatasetSensitivity",
    "EmailInfo",
    "Endpoint",
    "EndpointFilter",
    "EndpointOs",
    "EndpointStatus",
    "ErrorBody",
    "Event",
    "EventAction",
    "EventDetailsRequest",
    "EventDetailsResponse",
    "EventLineageId",
    "EventLineageRequest",
    "EventLineageResponse",
    "ExchangeApiKeyRequest",
    "FailCloseStatus",
    "FileInfo",
    "FileOwner",
    "GetIncidentsResponse",
    "HttpsConfig",
    "HttpsConfigHeaders",
    "Incident",
    "IncidentEventDetails",
    "IncidentFilter",
    "IncidentStatus",
    "ListEndpointsRequest",
    "ListEndpointsResponse",
    "ListIncidentsRequest",
    "ListIncidentsResponse",
    "LocalFile",
    "Location",
    "LocationData",
    "MatchedPolicy",
    "NetworkShare",
    "PageRequest",
    "PageResponse",
    "Policy",
    "PolicySeverity",
    "Printer",
    "RemovableStorage",
    "StreamingDestination",
    "StreamingDestinationType",
    "StreamingEncoding",
    "StreamingFormat",
    "UpdateIncidentRequest",
    "UpdateIncidentResponse",
    "UserRef",
    "UserRiskGroup",
    "WarningStatus",
    "WebInfo",
)
