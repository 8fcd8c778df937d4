from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetSource")


@_attrs_define
class AssetSource:
    """A source that reported the asset, and when it last saw it active.

    Attributes:
        source (str | Unset): Source type, e.g. `crowdstrike`, `microsoft_intune`, `okta`.
        last_activity_timestamp (datetime.datetime | None | Unset):
    """

    source: str | Unset = UNSET
    last_activity_timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        last_activity_timestamp: None | str | Unset
        if isinstance(self.last_activity_timestamp, Unset):
            last_activity_timestamp = UNSET
        elif isinstance(self.last_activity_timestamp, datetime.datetime):
            last_activity_timestamp = self.last_activity_timestamp.isoformat()
        else:
            last_activity_timestamp = self.last_activity_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if last_activity_timestamp is not UNSET:
            field_dict["last_activity_timestamp"] = last_activity_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source", UNSET)

        def _parse_last_activity_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return last_activity_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_activity_timestamp = _parse_last_activity_timestamp(d.pop("last_activity_timestamp", UNSET))

        asset_source = cls(
            source=source,
            last_activity_timestamp=last_activity_timestamp,
        )

        asset_source.additional_properties = d
        return asset_source

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
