from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.close_reason import CloseReason
from ..models.created_by import CreatedBy
from ..models.incident_status import IncidentStatus
from ..models.warning_status import WarningStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData
    from ..models.dataset import Dataset
    from ..models.event_lineage_id import EventLineageId
    from ..models.incident_event_details import IncidentEventDetails
    from ..models.policy import Policy
    from ..models.user_ref import UserRef
    from ..models.user_risk_group import UserRiskGroup


T = TypeVar("T", bound="Incident")


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
    screenshot_guid: None | str | Unset = UNSET
    warning_status: str | Unset | WarningStatus = UNSET
    user_reactions: list[str] | Unset = UNSET
    user_reaction_message: None | str | Unset = UNSET
    reaction_time: datetime.datetime | None | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    status: IncidentStatus | str | Unset = UNSET
    resolution_time: datetime.datetime | None | Unset = UNSET
    close_reason: CloseReason | None | str | Unset = UNSET
    close_note: None | str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    created_by: CreatedBy | str | Unset = UNSET
    ai_summary: None | str | Unset = UNSET
    ai_severity: None | str | Unset = UNSET
    event_details: IncidentEventDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        event_lineage_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_lineage_id, Unset):
            event_lineage_id = self.event_lineage_id.to_dict()

        blocked = self.blocked

        event_time: str | Unset = UNSET
        if not isinstance(self.event_time, Unset):
            event_time = self.event_time.isoformat()

        trigger_time: str | Unset = UNSET
        if not isinstance(self.trigger_time, Unset):
            trigger_time = self.trigger_time.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        user_risk_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_risk_groups, Unset):
            user_risk_groups = []
            for user_risk_groups_item_data in self.user_risk_groups:
                user_risk_groups_item = user_risk_groups_item_data.to_dict()
                user_risk_groups.append(user_risk_groups_item)

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        risk_score = self.risk_score

        screenshot_guid: None | str | Unset
        if isinstance(self.screenshot_guid, Unset):
            screenshot_guid = UNSET
        else:
            screenshot_guid = self.screenshot_guid

        warning_status: str | Unset
        if isinstance(self.warning_status, Unset):
            warning_status = UNSET
        elif isinstance(self.warning_status, WarningStatus):
            warning_status = self.warning_status.value
        else:
            warning_status = self.warning_status

        user_reactions: list[str] | Unset = UNSET
        if not isinstance(self.user_reactions, Unset):
            user_reactions = self.user_reactions

        user_reaction_message: None | str | Unset
        if isinstance(self.user_reaction_message, Unset):
            user_reaction_message = UNSET
        else:
            user_reaction_message = self.user_reaction_message

        reaction_time: None | str | Unset
        if isinstance(self.reaction_time, Unset):
            reaction_time = UNSET
        elif isinstance(self.reaction_time, datetime.datetime):
            reaction_time = self.reaction_time.isoformat()
        else:
            reaction_time = self.reaction_time

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, IncidentStatus):
            status = self.status.value
        else:
            status = self.status

        resolution_time: None | str | Unset
        if isinstance(self.resolution_time, Unset):
            resolution_time = UNSET
        elif isinstance(self.resolution_time, datetime.datetime):
            resolution_time = self.resolution_time.isoformat()
        else:
            resolution_time = self.resolution_time

        close_reason: None | str | Unset
        if isinstance(self.close_reason, Unset):
            close_reason = UNSET
        elif isinstance(self.close_reason, CloseReason):
            close_reason = self.close_reason.value
        else:
            close_reason = self.close_reason

        close_note: None | str | Unset
        if isinstance(self.close_note, Unset):
            close_note = UNSET
        else:
            close_note = self.close_note

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        created_by: str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, CreatedBy):
            created_by = self.created_by.value
        else:
            created_by = self.created_by

        ai_summary: None | str | Unset
        if isinstance(self.ai_summary, Unset):
            ai_summary = UNSET
        else:
            ai_summary = self.ai_summary

        ai_severity: None | str | Unset
        if isinstance(self.ai_severity, Unset):
            ai_severity = UNSET
        else:
            ai_severity = self.ai_severity

        event_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_details, Unset):
            event_details = self.event_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if event_lineage_id is not UNSET:
            field_dict["event_lineage_id"] = event_lineage_id
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if event_time is not UNSET:
            field_dict["event_time"] = event_time
        if trigger_time is not UNSET:
            field_dict["trigger_time"] = trigger_time
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if user_risk_groups is not UNSET:
            field_dict["user_risk_groups"] = user_risk_groups
        if policy is not UNSET:
            field_dict["policy"] = policy
        if risk_score is not UNSET:
            field_dict["risk_score"] = risk_score
        if screenshot_guid is not UNSET:
            field_dict["screenshot_guid"] = screenshot_guid
        if warning_status is not UNSET:
            field_dict["warning_status"] = warning_status
        if user_reactions is not UNSET:
            field_dict["user_reactions"] = user_reactions
        if user_reaction_message is not UNSET:
            field_dict["user_reaction_message"] = user_reaction_message
        if reaction_time is not UNSET:
            field_dict["reaction_time"] = reaction_time
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if status is not UNSET:
            field_dict["status"] = status
        if resolution_time is not UNSET:
            field_dict["resolution_time"] = resolution_time
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if close_note is not UNSET:
            field_dict["close_note"] = close_note
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if ai_summary is not UNSET:
            field_dict["ai_summary"] = ai_summary
        if ai_severity is not UNSET:
            field_dict["ai_severity"] = ai_severity
        if event_details is not UNSET:
            field_dict["event_details"] = event_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data import CustomData  # noqa: PLC0415
        from ..models.dataset import Dataset  # noqa: PLC0415
        from ..models.event_lineage_id import EventLineageId  # noqa: PLC0415
        from ..models.incident_event_details import IncidentEventDetails  # noqa: PLC0415
        from ..models.policy import Policy  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415
        from ..models.user_risk_group import UserRiskGroup  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _user = d.pop("user", UNSET)
        user: UserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserRef.from_dict(_user)

        _event_lineage_id = d.pop("event_lineage_id", UNSET)
        event_lineage_id: EventLineageId | Unset
        if isinstance(_event_lineage_id, Unset):
            event_lineage_id = UNSET
        else:
            event_lineage_id = EventLineageId.from_dict(_event_lineage_id)

        blocked = d.pop("blocked", UNSET)

        _event_time = d.pop("event_time", UNSET)
        event_time: datetime.datetime | Unset
        if isinstance(_event_time, Unset):
            event_time = UNSET
        else:
            event_time = datetime.datetime.fromisoformat(_event_time)

        _trigger_time = d.pop("trigger_time", UNSET)
        trigger_time: datetime.datetime | Unset
        if isinstance(_trigger_time, Unset):
            trigger_time = UNSET
        else:
            trigger_time = datetime.datetime.fromisoformat(_trigger_time)

        _last_modified = d.pop("last_modified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        _dataset = d.pop("dataset", UNSET)
        dataset: Dataset | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = Dataset.from_dict(_dataset)

        _user_risk_groups = d.pop("user_risk_groups", UNSET)
        user_risk_groups: list[UserRiskGroup] | Unset = UNSET
        if _user_risk_groups is not UNSET:
            user_risk_groups = []
            for user_risk_groups_item_data in _user_risk_groups:
                user_risk_groups_item = UserRiskGroup.from_dict(user_risk_groups_item_data)

                user_risk_groups.append(user_risk_groups_item)

        _policy = d.pop("policy", UNSET)
        policy: Policy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = Policy.from_dict(_policy)

        risk_score = d.pop("risk_score", UNSET)

        def _parse_screenshot_guid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_guid = _parse_screenshot_guid(d.pop("screenshot_guid", UNSET))

        def _parse_warning_status(data: object) -> str | Unset | WarningStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warning_status_type_0 = WarningStatus(data)

                return warning_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WarningStatus, data)

        warning_status = _parse_warning_status(d.pop("warning_status", UNSET))

        user_reactions = cast(list[str], d.pop("user_reactions", UNSET))

        def _parse_user_reaction_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_reaction_message = _parse_user_reaction_message(d.pop("user_reaction_message", UNSET))

        def _parse_reaction_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reaction_time_type_0 = datetime.datetime.fromisoformat(data)

                return reaction_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reaction_time = _parse_reaction_time(d.pop("reaction_time", UNSET))

        def _parse_assigned_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        def _parse_status(data: object) -> IncidentStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = IncidentStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_resolution_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_time_type_0 = datetime.datetime.fromisoformat(data)

                return resolution_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        resolution_time = _parse_resolution_time(d.pop("resolution_time", UNSET))

        def _parse_close_reason(data: object) -> CloseReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                close_reason_type_0 = CloseReason(data)

                return close_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CloseReason | None | str | Unset, data)

        close_reason = _parse_close_reason(d.pop("close_reason", UNSET))

        def _parse_close_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        close_note = _parse_close_note(d.pop("close_note", UNSET))

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CustomData.from_dict(_custom_data)

        def _parse_created_by(data: object) -> CreatedBy | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = CreatedBy(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreatedBy | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_ai_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ai_summary = _parse_ai_summary(d.pop("ai_summary", UNSET))

        def _parse_ai_severity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ai_severity = _parse_ai_severity(d.pop("ai_severity", UNSET))

        _event_details = d.pop("event_details", UNSET)
        event_details: IncidentEventDetails | Unset
        if isinstance(_event_details, Unset):
            event_details = UNSET
        else:
            event_details = IncidentEventDetails.from_dict(_event_details)

        incident = cls(
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

        incident.additional_properties = d
        return incident

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
