from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData


T = TypeVar("T", bound="RemovableStorage")


@_attrs_define
class RemovableStorage:
    """A removable device (USB drive, ...).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        usb_id (str | Unset):
        vendor_id (str | Unset):
        product_id (str | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    usb_id: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        usb_id = self.usb_id

        vendor_id = self.vendor_id

        product_id = self.product_id

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if usb_id is not UNSET:
            field_dict["usb_id"] = usb_id
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data import CustomData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        usb_id = d.pop("usb_id", UNSET)

        vendor_id = d.pop("vendor_id", UNSET)

        product_id = d.pop("product_id", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CustomData.from_dict(_custom_data)

        removable_storage = cls(
            id=id,
            name=name,
            usb_id=usb_id,
            vendor_id=vendor_id,
            product_id=product_id,
            custom_data=custom_data,
        )

        removable_storage.additional_properties = d
        return removable_storage

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
