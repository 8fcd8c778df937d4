from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v1_asset_attributes import V1AssetAttributes
    from ..models.v1_asset_metadata import V1AssetMetadata


T = TypeVar("T", bound="V1Asset")


@_attrs_define
class V1Asset:
    """
    Attributes:
        id (str):
        timestamp (datetime.datetime | float | Unset): When the asset was last updated.
        attributes (V1AssetAttributes | Unset): Attributes by name, e.g. `hostname`, `fqdn`, `ips`, `mac_addresses`,
            `os`, `os_category`, `recent_users`.
        metadata (V1AssetMetadata | Unset): Per source type (e.g. `crowdstrike`), the source's identifiers of the asset
            as keys.
    """

    id: str
    timestamp: datetime.datetime | float | Unset = UNSET
    attributes: V1AssetAttributes | Unset = UNSET
    metadata: V1AssetMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp: float | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_asset_attributes import V1AssetAttributes  # noqa: PLC0415
        from ..models.v1_asset_metadata import V1AssetMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_timestamp(data: object) -> datetime.datetime | float | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | float | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: V1AssetAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = V1AssetAttributes.from_dict(_attributes)

        _metadata = d.pop("metadata", UNSET)
        metadata: V1AssetMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = V1AssetMetadata.from_dict(_metadata)

        v1_asset = cls(
            id=id,
            timestamp=timestamp,
            attributes=attributes,
            metadata=metadata,
        )

        v1_asset.additional_properties = d
        return v1_asset

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
