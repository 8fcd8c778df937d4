from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.close_reason import CloseReason
from ..models.incident_status import IncidentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateIncidentRequest")


@_attrs_define
class UpdateIncidentRequest:
    """Fields to change; send at least one.

    Attributes:
        status (IncidentStatus | Unset): Resolution status of an incident.
        close_reason (CloseReason | Unset): Why an incident was closed. `valid` = a real incident (XSOAR label
            "Resolved"); the `invalid_*`
            values close it as not an incident. `invalid_data_mislabled` is misspelt in the API itself; send it
            exactly so.
        close_note (str | Unset): Free-text note, usually sent when closing.
        assigned_to (str | Unset): Email of the analyst to assign the incident to.
    """

    status: IncidentStatus | Unset = UNSET
    close_reason: CloseReason | Unset = UNSET
    close_note: str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        close_reason: str | Unset = UNSET
        if not isinstance(self.close_reason, Unset):
            close_reason = self.close_reason.value

        close_note = self.close_note

        assigned_to = self.assigned_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if close_note is not UNSET:
            field_dict["close_note"] = close_note
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: IncidentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IncidentStatus(_status)

        _close_reason = d.pop("close_reason", UNSET)
        close_reason: CloseReason | Unset
        if isinstance(_close_reason, Unset):
            close_reason = UNSET
        else:
            close_reason = CloseReason(_close_reason)

        close_note = d.pop("close_note", UNSET)

        assigned_to = d.pop("assigned_to", UNSET)

        update_incident_request = cls(
            status=status,
            close_reason=close_reason,
            close_note=close_note,
            assigned_to=assigned_to,
        )

        update_incident_request.additional_properties = d
        return update_incident_request

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
