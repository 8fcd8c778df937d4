from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventLineageId")


@_attrs_define
class EventLineageId:
    """First and last event of an incident's lineage chain; exactly the body of get_event_lineage.

    Attributes:
        start_event_id (str | Unset):
        end_event_id (str | Unset):
    """

    start_event_id: str | Unset = UNSET
    end_event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_event_id = self.start_event_id

        end_event_id = self.end_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_event_id is not UNSET:
            field_dict["start_event_id"] = start_event_id
        if end_event_id is not UNSET:
            field_dict["end_event_id"] = end_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_event_id = d.pop("start_event_id", UNSET)

        end_event_id = d.pop("end_event_id", UNSET)

        event_lineage_id = cls(
            start_event_id=start_event_id,
            end_event_id=end_event_id,
        )

        event_lineage_id.additional_properties = d
        return event_lineage_id

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
