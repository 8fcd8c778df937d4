from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceInput")


@_attrs_define
class SourceInput:
    """The editable fields of a source.

    Attributes:
        source_type (str): Machine name of the source, e.g. `crowdstrike`.
        is_cloud (bool):
        is_public (bool): Offered to every organisation (true) or private to the owner.
        display_name (str):
        icon (None | str | Unset): URL of the source's icon.
    """

    source_type: str
    is_cloud: bool
    is_public: bool
    display_name: str
    icon: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type

        is_cloud = self.is_cloud

        is_public = self.is_public

        display_name = self.display_name

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
                "is_cloud": is_cloud,
                "is_public": is_public,
                "display_name": display_name,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_type = d.pop("source_type")

        is_cloud = d.pop("is_cloud")

        is_public = d.pop("is_public")

        display_name = d.pop("display_name")

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        source_input = cls(
            source_type=source_type,
            is_cloud=is_cloud,
            is_public=is_public,
            display_name=display_name,
            icon=icon,
        )

        source_input.additional_properties = d
        return source_input

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
