from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_item import ApiErrorItem
    from ..models.incident import Incident
    from ..models.page_response import PageResponse


T = TypeVar("T", bound="ListIncidentsResponse")


@_attrs_define
class ListIncidentsResponse:
    """One page of incidents.

    Attributes:
        type_ (str | Unset): Resource type name (documented as "incidents"; the XSOAR fixture shows "incident").
        size (int | Unset): Number of incidents in `resources`.
        resources (list[Incident] | Unset):
        page_response (PageResponse | Unset): Where the next page starts.
        errors (list[ApiErrorItem] | Unset):
    """

    type_: str | Unset = UNSET
    size: int | Unset = UNSET
    resources: list[Incident] | Unset = UNSET
    page_response: PageResponse | Unset = UNSET
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

        page_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_response, Unset):
            page_response = self.page_response.to_dict()

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
        if page_response is not UNSET:
            field_dict["page_response"] = page_response
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error_item import ApiErrorItem  # noqa: PLC0415
        from ..models.incident import Incident  # noqa: PLC0415
        from ..models.page_response import PageResponse  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        size = d.pop("size", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[Incident] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = Incident.from_dict(resources_item_data)

                resources.append(resources_item)

        _page_response = d.pop("page_response", UNSET)
        page_response: PageResponse | Unset
        if isinstance(_page_response, Unset):
            page_response = UNSET
        else:
            page_response = PageResponse.from_dict(_page_response)

        _errors = d.pop("errors", UNSET)
        errors: list[ApiErrorItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ApiErrorItem.from_dict(errors_item_data)

                errors.append(errors_item)

        list_incidents_response = cls(
            type_=type_,
            size=size,
            resources=resources,
            page_response=page_response,
            errors=errors,
        )

        list_incidents_response.additional_properties = d
        return list_incidents_response

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
