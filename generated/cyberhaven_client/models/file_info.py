from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData
    from ..models.file_owner import FileOwner


T = TypeVar("T", bound="FileInfo")


@_attrs_define
class FileInfo:
    """File attributes.

    Attributes:
        name (str | Unset):
        extension (str | Unset):
        size (int | Unset):
        md5_hash (str | Unset):
        sha256_hash (str | Unset):
        created_at (datetime.datetime | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        owner (FileOwner | Unset): Owner of a file.
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    name: str | Unset = UNSET
    extension: str | Unset = UNSET
    size: int | Unset = UNSET
    md5_hash: str | Unset = UNSET
    sha256_hash: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    owner: FileOwner | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        extension = self.extension

        size = self.size

        md5_hash = self.md5_hash

        sha256_hash = self.sha256_hash

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if extension is not UNSET:
            field_dict["extension"] = extension
        if size is not UNSET:
            field_dict["size"] = size
        if md5_hash is not UNSET:
            field_dict["md5_hash"] = md5_hash
        if sha256_hash is not UNSET:
            field_dict["sha256_hash"] = sha256_hash
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if owner is not UNSET:
            field_dict["owner"] = owner
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data import CustomData  # noqa: PLC0415
        from ..models.file_owner import FileOwner  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        extension = d.pop("extension", UNSET)

        size = d.pop("size", UNSET)

        md5_hash = d.pop("md5_hash", UNSET)

        sha256_hash = d.pop("sha256_hash", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_modified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_at_type_0 = datetime.datetime.fromisoformat(data)

                return modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        _owner = d.pop("owner", UNSET)
        owner: FileOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = FileOwner.from_dict(_owner)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CustomData.from_dict(_custom_data)

        file_info = cls(
            name=name,
            extension=extension,
            size=size,
            md5_hash=md5_hash,
            sha256_hash=sha256_hash,
            created_at=created_at,
            modified_at=modified_at,
            owner=owner,
            custom_data=custom_data,
        )

        file_info.additional_properties = d
        return file_info

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
