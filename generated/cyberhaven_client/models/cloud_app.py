from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData


T = TypeVar("T", bound="CloudApp")


@_attrs_define
class CloudApp:
    """A cloud application and the account used in it.

    Attributes:
        provider (str | Unset):
        name (str | Unset):
        user_name (str | Unset):
        user_email (str | Unset): Account used in the cloud app (often a personal address).
        instance_id (str | Unset):
        instance_name (str | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    provider: str | Unset = UNSET
    name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        name = self.name

        user_name = self.user_name

        user_email = self.user_email

        instance_id = self.instance_id

        instance_name = self.instance_name

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if name is not UNSET:
            field_dict["name"] = name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data import CustomData  # noqa: PLC0415

        d = dict(src_dict)
        provider = d.pop("provider", UNSET)

        name = d.pop("name", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_email = d.pop("user_email", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        instance_name = d.pop("instance_name", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CustomData.from_dict(_custom_data)

        cloud_app = cls(
            provider=provider,
            name=name,
            user_name=user_name,
            user_email=user_email,
            instance_id=instance_id,
            instance_name=instance_name,
            custom_data=custom_data,
        )

        cloud_app.additional_properties = d
        return cloud_app

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
