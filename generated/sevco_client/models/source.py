from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """An integration source of the catalog.

    Attributes:
        id (str):
        source_type (str | Unset): Machine name of the source, e.g. `crowdstrike`, `microsoft_intune`, `okta`.
        is_cloud (bool | Unset):
        owner (str | Unset): Who owns the source (`sevco` or an organisation id).
        is_public (bool | Unset):
        display_name (str | Unset):
        icon (None | str | Unset):
        created_timestamp (datetime.datetime | Unset):
        last_updated_timestamp (datetime.datetime | Unset):
    """

    id: str
    source_type: str | Unset = UNSET
    is_cloud: bool | Unset = UNSET
    owner: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    icon: None | str | Unset = UNSET
    created_timestamp: datetime.datetime | Unset = UNSET
    last_updated_timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_type = self.source_type

        is_cloud = self.is_cloud

        owner = self.owner

        is_public = self.is_public

        display_name = self.display_name

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        created_timestamp: str | Unset = UNSET
        if not isinstance(self.created_timestamp, Unset):
            created_timestamp = self.created_timestamp.isoformat()

        last_updated_timestamp: str | Unset = UNSET
        if not isinstance(self.last_updated_timestamp, Unset):
            last_updated_timestamp = self.last_updated_timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if is_cloud is not UNSET:
            field_dict["is_cloud"] = is_cloud
        if owner is not UNSET:
            field_dict["owner"] = owner
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if icon is not UNSET:
            field_dict["icon"] = icon
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if last_updated_timestamp is not UNSET:
            field_dict["last_updated_timestamp"] = last_updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        source_type = d.pop("source_type", UNSET)

        is_cloud = d.pop("is_cloud", UNSET)

        owner = d.pop("owner", UNSET)

        is_public = d.pop("is_public", UNSET)

        display_name = d.pop("display_name", UNSET)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        _created_timestamp = d.pop("created_timestamp", UNSET)
        created_timestamp: datetime.datetime | Unset
        if isinstance(_created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = datetime.datetime.fromisoformat(_created_timestamp)

        _last_updated_timestamp = d.pop("last_updated_timestamp", UNSET)
        last_updated_timestamp: datetime.datetime | Unset
        if isinstance(_last_updated_timestamp, Unset):
            last_updated_timestamp = UNSET
        else:
            last_updated_timestamp = datetime.datetime.fromisoformat(_last_updated_timestamp)

        source = cls(
            id=id,
            source_type=source_type,
            is_cloud=is_cloud,
            owner=owner,
            is_public=is_public,
            display_name=display_name,
            icon=icon,
            created_timestamp=created_timestamp,
            last_updated_timestamp=last_updated_timestamp,
        )

        source.additional_properties = d
        return source

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
