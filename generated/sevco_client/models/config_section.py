from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_section_instance import ConfigSectionInstance


T = TypeVar("T", bound="ConfigSection")


@_attrs_define
class ConfigSection:
    """One part of a source config (`connect`, `auth` or `settings`) - a schema name and its values.

    Attributes:
        schema (str | Unset):
        instance (ConfigSectionInstance | Unset):
    """

    schema: str | Unset = UNSET
    instance: ConfigSectionInstance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        instance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance, Unset):
            instance = self.instance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if instance is not UNSET:
            field_dict["instance"] = instance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_section_instance import ConfigSectionInstance  # noqa: PLC0415

        d = dict(src_dict)
        schema = d.pop("schema", UNSET)

        _instance = d.pop("instance", UNSET)
        instance: ConfigSectionInstance | Unset
        if isinstance(_instance, Unset):
            instance = UNSET
        else:
            instance = ConfigSectionInstance.from_dict(_instance)

        config_section = cls(
            schema=schema,
            instance=instance,
        )

        config_section.additional_properties = d
        return config_section

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
