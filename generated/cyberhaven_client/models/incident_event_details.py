from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event


T = TypeVar("T", bound="IncidentEventDetails")


@_attrs_define
class IncidentEventDetails:
    """The first and last events of the incident's lineage, in full.

    Attributes:
        start_event (Event | Unset): One data-movement event.
        end_event (Event | Unset): One data-movement event.
    """

    start_event: Event | Unset = UNSET
    end_event: Event | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_event, Unset):
            start_event = self.start_event.to_dict()

        end_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_event, Unset):
            end_event = self.end_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_event is not UNSET:
            field_dict["start_event"] = start_event
        if end_event is not UNSET:
            field_dict["end_event"] = end_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event  # noqa: PLC0415

        d = dict(src_dict)
        _start_event = d.pop("start_event", UNSET)
        start_event: Event | Unset
        if isinstance(_start_event, Unset):
            start_event = UNSET
        else:
            start_event = Event.from_dict(_start_event)

        _end_event = d.pop("end_event", UNSET)
        end_event: Event | Unset
        if isinstance(_end_event, Unset):
            end_event = UNSET
        else:
            end_event = Event.from_dict(_end_event)

        incident_event_details = cls(
            start_event=start_event,
            end_event=end_event,
        )

        incident_event_details.additional_properties = d
        return incident_event_details

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
