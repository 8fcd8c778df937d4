from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    DATE_TIME,
    NUMBER,
    STRING,
    EnumOf,
    Field,
    ListOf,
    ModelOf,
    ModelShape,
    NotConforming,
    Nullable,
    null_item,
    parse_date_time,
    parse_model,
)

from ..models.close_reason import CloseReason
from ..models.created_by import CreatedBy
from ..models.incident_status import IncidentStatus
from ..models.warning_status import WarningStatus
from ..types import UNSET, Unset


@_attrs_define
class Incident:
    """A policy-violation incident. Real payloads carry more fields than listed; they are kept.

    Attributes:
        id (str): Incident id (path parameter of update_incident).
        user (UserRef | Unset): The user who acted (on an incident or an event).
        event_lineage_id (EventLineageId | Unset): First and last event of an incident's lineage chain; exactly the body
            of get_event_lineage.
        blocked (bool | Unset): Whether the action was blocked.
        event_time (datetime.datetime | Unset): When the triggering event happened.
        trigger_time (datetime.datetime | Unset): When the incident was raised.
        last_modified (datetime.datetime | Unset):
        dataset (Dataset | Unset): The dataset (classified data) an incident's data belongs to.
        user_risk_groups (list[UserRiskGroup] | Unset):
        policy (Policy | Unset): The policy that raised an incident.
        risk_score (float | Unset): Risk score of the incident (e.g. 8.7).
        screenshot_guid (None | str | Unset): Id of the screenshot taken at the time of the incident, if any.
        warning_status (str | Unset | WarningStatus):
        user_reactions (list[str] | Unset): How the user responded to a warning.
        user_reaction_message (None | str | Unset): The justification the user typed, if any.
        reaction_time (datetime.datetime | None | Unset):
        assigned_to (None | str | Unset): Email of the analyst the incident is assigned to.
        status (IncidentStatus | str | Unset):
        resolution_time (datetime.datetime | None | Unset): When the incident was closed.
        close_reason (CloseReason | None | str | Unset):
        close_note (None | str | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
        created_by (CreatedBy | str | Unset):
        ai_summary (None | str | Unset): Linea AI summary; filled when include_ai_summaries is true.
        ai_severity (None | str | Unset): Severity assessed by Linea AI (values like those of PolicySeverity).
        event_details (IncidentEventDetails | Unset): The first and last events of the incident's lineage, in full.
    """

    id: str
    user: UserRef | Unset = UNSET
    event_lineage_id: EventLineageId | Unset = UNSET
    blocked: bool | Unset = UNSET
    event_time: datetime.datetime | Unset = UNSET
    trigger_time: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    dataset: Dataset | Unset = UNSET
    user_risk_groups: list[UserRiskGroup] | Unset = UNSET
    policy: Policy | Unset = UNSET
    risk_score: float | Unset = UNSET
    screenshot_guid: str | None | Unset = UNSET
    warning_status: WarningStatus | str | Unset = UNSET
    user_reactions: list[str] | Unset = UNSET
    user_reaction_message: str | None | Unset = UNSET
    reaction_time: datetime.datetime | None | Unset = UNSET
    assigned_to: str | None | Unset = UNSET
    status: IncidentStatus | str | Unset = UNSET
    resolution_time: datetime.datetime | None | Unset = UNSET
    close_reason: CloseReason | str | None | Unset = UNSET
    close_note: str | None | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    created_by: CreatedBy | str | Unset = UNSET
    ai_summary: str | None | Unset = UNSET
    ai_severity: str | None | Unset = UNSET
    event_details: IncidentEventDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.user
        if _v is not UNSET:
            _out["user"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.event_lineage_id
        if _v is not UNSET:
            _out["event_lineage_id"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.blocked
        if _v is not UNSET:
            _out["blocked"] = _v
        _v = self.event_time
        if _v is not UNSET:
            _out["event_time"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.trigger_time
        if _v is not UNSET:
            _out["trigger_time"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.last_modified
        if _v is not UNSET:
            _out["last_modified"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.dataset
        if _v is not UNSET:
            _out["dataset"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.user_risk_groups
        if _v is not UNSET:
            _out["user_risk_groups"] = (
                [_i.to_dict() if hasattr(_i, "to_dict") else _i for _i in _v] if type(_v) is list else _v
            )
        _v = self.policy
        if _v is not UNSET:
            _out["policy"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.risk_score
        if _v is not UNSET:
            _out["risk_score"] = _v
        _v = self.screenshot_guid
        if _v is not UNSET:
            _out["screenshot_guid"] = _v
        _v = self.warning_status
        if _v is not UNSET:
            _out["warning_status"] = _v.value if isinstance(_v, WarningStatus) else _v
        _v = self.user_reactions
        if _v is not UNSET:
            _out["user_reactions"] = _v
        _v = self.user_reaction_message
        if _v is not UNSET:
            _out["user_reaction_message"] = _v
        _v = self.reaction_time
        if _v is not UNSET:
            _out["reaction_time"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.assigned_to
        if _v is not UNSET:
            _out["assigned_to"] = _v
        _v = self.status
        if _v is not UNSET:
            _out["status"] = _v.value if isinstance(_v, IncidentStatus) else _v
        _v = self.resolution_time
        if _v is not UNSET:
            _out["resolution_time"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.close_reason
        if _v is not UNSET:
            _out["close_reason"] = _v.value if isinstance(_v, CloseReason) else _v
        _v = self.close_note
        if _v is not UNSET:
            _out["close_note"] = _v
        _v = self.custom_data
        if _v is not UNSET:
            _out["custom_data"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.created_by
        if _v is not UNSET:
            _out["created_by"] = _v.value if isinstance(_v, CreatedBy) else _v
        _v = self.ai_summary
        if _v is not UNSET:
            _out["ai_summary"] = _v
        _v = self.ai_severity
        if _v is not UNSET:
            _out["ai_severity"] = _v
        _v = self.event_details
        if _v is not UNSET:
            _out["event_details"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """The model of `src_dict` (parsed JSON). Lenient: a value that does not fit the spec is kept as
        sent and logged once (client_runtime.parsing); strict=True raises ModelMismatchError instead."""
        return parse_model(cls, src_dict, strict=strict)

    @classmethod
    def _from_json(cls, _src: Mapping[str, Any], _strict: bool) -> Self:
        """The fast path of from_dict: NotConforming at the first value that does not fit."""
        _d = dict(_src)
        id: Any = _d.pop("id", UNSET)
        if type(id) is not str and (id is not None or _strict):
            raise NotConforming

        user: Any = _d.pop("user", UNSET)
        if type(user) is dict:
            user = UserRef._from_json(user, _strict)
        elif user is not UNSET and (user is not None or _strict):
            raise NotConforming

        event_lineage_id: Any = _d.pop("event_lineage_id", UNSET)
        if type(event_lineage_id) is dict:
            event_lineage_id = EventLineageId._from_json(event_lineage_id, _strict)
        elif event_lineage_id is not UNSET and (event_lineage_id is not None or _strict):
            raise NotConforming

        blocked: Any = _d.pop("blocked", UNSET)
        if type(blocked) is not bool and (blocked is not UNSET and (blocked is not None or _strict)):
            raise NotConforming

        event_time: Any = _d.pop("event_time", UNSET)
        if type(event_time) is str:
            event_time = parse_date_time(event_time)
        elif event_time is not UNSET and (event_time is not None or _strict):
            raise NotConforming

        trigger_time: Any = _d.pop("trigger_time", UNSET)
        if type(trigger_time) is str:
            trigger_time = parse_date_time(trigger_time)
        elif trigger_time is not UNSET and (trigger_time is not None or _strict):
            raise NotConforming

        last_modified: Any = _d.pop("last_modified", UNSET)
        if type(last_modified) is str:
            last_modified = parse_date_time(last_modified)
        elif last_modified is not UNSET and (last_modified is not None or _strict):
            raise NotConforming

        dataset: Any = _d.pop("dataset", UNSET)
        if type(dataset) is dict:
            dataset = Dataset._from_json(dataset, _strict)
        elif dataset is not UNSET and (dataset is not None or _strict):
            raise NotConforming

        user_risk_groups: Any = _d.pop("user_risk_groups", UNSET)
        if type(user_risk_groups) is list:
            user_risk_groups = [
                UserRiskGroup._from_json(_i, _strict) if type(_i) is dict else null_item(_i, _strict)
                for _i in user_risk_groups
            ]
        elif user_risk_groups is not UNSET and (user_risk_groups is not None or _strict):
            raise NotConforming

        policy: Any = _d.pop("policy", UNSET)
        if type(policy) is dict:
            policy = Policy._from_json(policy, _strict)
        elif policy is not UNSET and (policy is not None or _strict):
            raise NotConforming

        risk_score: Any = _d.pop("risk_score", UNSET)
        if (
            type(risk_score) is not float
            and type(risk_score) is not int
            and (risk_score is not UNSET and (risk_score is not None or _strict))
        ):
            raise NotConforming

        screenshot_guid: Any = _d.pop("screenshot_guid", UNSET)
        if type(screenshot_guid) is not str and (screenshot_guid is not UNSET and screenshot_guid is not None):
            raise NotConforming

        warning_status: Any = _d.pop("warning_status", UNSET)
        if type(warning_status) is str:
            warning_status = WarningStatus._value2member_map_.get(warning_status, warning_status)
        elif warning_status is not UNSET and (warning_status is not None or _strict):
            raise NotConforming

        user_reactions: Any = _d.pop("user_reactions", UNSET)
        if type(user_reactions) is list:
            for _i in user_reactions:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif user_reactions is not UNSET and (user_reactions is not None or _strict):
            raise NotConforming

        user_reaction_message: Any = _d.pop("user_reaction_message", UNSET)
        if type(user_reaction_message) is not str and (
            user_reaction_message is not UNSET and user_reaction_message is not None
        ):
            raise NotConforming

        reaction_time: Any = _d.pop("reaction_time", UNSET)
        if type(reaction_time) is str:
            reaction_time = parse_date_time(reaction_time)
        elif reaction_time is not UNSET and reaction_time is not None:
            raise NotConforming

        assigned_to: Any = _d.pop("assigned_to", UNSET)
        if type(assigned_to) is not str and (assigned_to is not UNSET and assigned_to is not None):
            raise NotConforming

        status: Any = _d.pop("status", UNSET)
        if type(status) is str:
            status = IncidentStatus._value2member_map_.get(status, status)
        elif status is not UNSET and (status is not None or _strict):
            raise NotConforming

        resolution_time: Any = _d.pop("resolution_time", UNSET)
        if type(resolution_time) is str:
            resolution_time = parse_date_time(resolution_time)
        elif resolution_time is not UNSET and resolution_time is not None:
            raise NotConforming

        close_reason: Any = _d.pop("close_reason", UNSET)
        if type(close_reason) is str:
            close_reason = CloseReason._value2member_map_.get(close_reason, close_reason)
        elif close_reason is not UNSET and close_reason is not None:
            raise NotConforming

        close_note: Any = _d.pop("close_note", UNSET)
        if type(close_note) is not str and (close_note is not UNSET and close_note is not None):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        created_by: Any = _d.pop("created_by", UNSET)
        if type(created_by) is str:
            created_by = CreatedBy._value2member_map_.get(created_by, created_by)
        elif created_by is not UNSET and (created_by is not None or _strict):
            raise NotConforming

        ai_summary: Any = _d.pop("ai_summary", UNSET)
        if type(ai_summary) is not str and (ai_summary is not UNSET and ai_summary is not None):
            raise NotConforming

        ai_severity: Any = _d.pop("ai_severity", UNSET)
        if type(ai_severity) is not str and (ai_severity is not UNSET and ai_severity is not None):
            raise NotConforming

        event_details: Any = _d.pop("event_details", UNSET)
        if type(event_details) is dict:
            event_details = IncidentEventDetails._from_json(event_details, _strict)
        elif event_details is not UNSET and (event_details is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            user=user,
            event_lineage_id=event_lineage_id,
            blocked=blocked,
            event_time=event_time,
            trigger_time=trigger_time,
            last_modified=last_modified,
            dataset=dataset,
            user_risk_groups=user_risk_groups,
            policy=policy,
            risk_score=risk_score,
            screenshot_guid=screenshot_guid,
            warning_status=warning_status,
            user_reactions=user_reactions,
            user_reaction_message=user_reaction_message,
            reaction_time=reaction_time,
            assigned_to=assigned_to,
            status=status,
            resolution_time=resolution_time,
            close_reason=close_reason,
            close_note=close_note,
            custom_data=custom_data,
            created_by=created_by,
            ai_summary=ai_summary,
            ai_severity=ai_severity,
            event_details=event_details,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("id", "id", STRING, required=True),
                Field("user", "user", ModelOf(UserRef)),
                Field("event_lineage_id", "event_lineage_id", ModelOf(EventLineageId)),
                Field("blocked", "blocked", BOOLEAN),
                Field("event_time", "event_time", DATE_TIME),
                Field("trigger_time", "trigger_time", DATE_TIME),
                Field("last_modified", "last_modified", DATE_TIME),
                Field("dataset", "dataset", ModelOf(Dataset)),
                Field("user_risk_groups", "user_risk_groups", ListOf(ModelOf(UserRiskGroup))),
                Field("policy", "policy", ModelOf(Policy)),
                Field("risk_score", "risk_score", NUMBER),
                Field("screenshot_guid", "screenshot_guid", Nullable(STRING)),
                Field("warning_status", "warning_status", EnumOf(WarningStatus, open=True)),
                Field("user_reactions", "user_reactions", ListOf(STRING)),
                Field("user_reaction_message", "user_reaction_message", Nullable(STRING)),
                Field("reaction_time", "reaction_time", Nullable(DATE_TIME)),
                Field("assigned_to", "assigned_to", Nullable(STRING)),
                Field("status", "status", EnumOf(IncidentStatus, open=True)),
                Field("resolution_time", "resolution_time", Nullable(DATE_TIME)),
                Field("close_reason", "close_reason", Nullable(EnumOf(CloseReason, open=True))),
                Field("close_note", "close_note", Nullable(STRING)),
                Field("custom_data", "custom_data", ModelOf(CustomData)),
                Field("created_by", "created_by", EnumOf(CreatedBy, open=True)),
                Field("ai_summary", "ai_summary", Nullable(STRING)),
                Field("ai_severity", "ai_severity", Nullable(STRING)),
                Field("event_details", "event_details", ModelOf(IncidentEventDetails)),
            ),
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported once its class exists rather than at the top: models may refer to each
# other in a cycle. (openapi-python-client imports them inside each method instead, which costs a relative import
# on every call: as much as parsing a small record.)
from ..models.custom_data import CustomData
from ..models.dataset import Dataset
from ..models.event_lineage_id import EventLineageId
from ..models.incident_event_details import IncidentEventDetails
from ..models.policy import Policy
from ..models.user_ref import UserRef
from ..models.user_risk_group import UserRiskGroup
