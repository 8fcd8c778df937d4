from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_item import ApiErrorItem
    from ..models.event import Event


T = TypeVar("T", bound="EventDetailsResponse")


@_attrs_define
class EventDetailsResponse:
    """The requested events.

    Attributes:
        type_ (str | Unset): Resource type name (documented as "events"; the XSOAR fixture shows "event").
        size (int | Unset):
        resources (list[Event] | Unset):
        errors (list[ApiErrorItem] | Unset):
    """

    type_: str | Unset = UNSET
    size: int | Unset = UNSET
    resources: list[Event] | Unset = UNSET
    errors: list[ApiErrorItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        size = self.size

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size is not UNSET:
            field_dict["size"] = size
        if resources is not UNSET:
            field_dict["resources"] = resources
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error_item import ApiErrorItem  # noqa: PLC0415
        from ..models.event import Event  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        size = d.pop("size", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[Event] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = Event.from_dict(resources_item_data)

                resources.append(resources_item)

        _errors = d.pop("errors", UNSET)
        errors: list[ApiErrorItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ApiErrorItem.from_dict(errors_item_data)

                errors.append(errors_item)

        event_details_response = cls(
            type_=type_,
            size=size,
            resources=resources,
            errors=errors,
        )

        event_details_response.additional_properties = d
        return event_details_response

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
