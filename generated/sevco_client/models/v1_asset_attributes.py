from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.v1_attribute_value import V1AttributeValue


T = TypeVar("T", bound="V1AssetAttributes")


@_attrs_define
class V1AssetAttributes:
    """Attributes by name, e.g. `hostname`, `fqdn`, `ips`, `mac_addresses`, `os`, `os_category`, `recent_users`."""

    additional_properties: dict[str, V1AttributeValue] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_attribute_value import V1AttributeValue  # noqa: PLC0415

        d = dict(src_dict)
        v1_asset_attributes = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = V1AttributeValue.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        v1_asset_attributes.additional_properties = additional_properties
        return v1_asset_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V1AttributeValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V1AttributeValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
