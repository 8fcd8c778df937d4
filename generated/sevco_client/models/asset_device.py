from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_source import AssetSource
    from ..models.device_attributes import DeviceAttributes
    from ..models.exp_vuln_ref import ExpVulnRef


T = TypeVar("T", bound="AssetDevice")


@_attrs_define
class AssetDevice:
    """
    Attributes:
        id (str):
        attributes (DeviceAttributes | Unset): Merged device attributes. Only some are listed; others are kept as they
            come.
        sources (list[AssetSource] | Unset):
        source_ids (list[str] | Unset): Ids of the source configs that reported the asset.
        last_activity_timestamp (datetime.datetime | None | Unset):
        last_observed_timestamp (datetime.datetime | None | Unset):
        exp_vulns (list[ExpVulnRef] | Unset):
    """

    id: str
    attributes: DeviceAttributes | Unset = UNSET
    sources: list[AssetSource] | Unset = UNSET
    source_ids: list[str] | Unset = UNSET
    last_activity_timestamp: datetime.datetime | None | Unset = UNSET
    last_observed_timestamp: datetime.datetime | None | Unset = UNSET
    exp_vulns: list[ExpVulnRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        source_ids: list[str] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids

        last_activity_timestamp: None | str | Unset
        if isinstance(self.last_activity_timestamp, Unset):
            last_activity_timestamp = UNSET
        elif isinstance(self.last_activity_timestamp, datetime.datetime):
            last_activity_timestamp = self.last_activity_timestamp.isoformat()
        else:
            last_activity_timestamp = self.last_activity_timestamp

        last_observed_timestamp: None | str | Unset
        if isinstance(self.last_observed_timestamp, Unset):
            last_observed_timestamp = UNSET
        elif isinstance(self.last_observed_timestamp, datetime.datetime):
            last_observed_timestamp = self.last_observed_timestamp.isoformat()
        else:
            last_observed_timestamp = self.last_observed_timestamp

        exp_vulns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exp_vulns, Unset):
            exp_vulns = []
            for exp_vulns_item_data in self.exp_vulns:
                exp_vulns_item = exp_vulns_item_data.to_dict()
                exp_vulns.append(exp_vulns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if sources is not UNSET:
            field_dict["sources"] = sources
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids
        if last_activity_timestamp is not UNSET:
            field_dict["last_activity_timestamp"] = last_activity_timestamp
        if last_observed_timestamp is not UNSET:
            field_dict["last_observed_timestamp"] = last_observed_timestamp
        if exp_vulns is not UNSET:
            field_dict["exp_vulns"] = exp_vulns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_source import AssetSource  # noqa: PLC0415
        from ..models.device_attributes import DeviceAttributes  # noqa: PLC0415
        from ..models.exp_vuln_ref import ExpVulnRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: DeviceAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DeviceAttributes.from_dict(_attributes)

        _sources = d.pop("sources", UNSET)
        sources: list[AssetSource] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = AssetSource.from_dict(sources_item_data)

                sources.append(sources_item)

        source_ids = cast(list[str], d.pop("source_ids", UNSET))

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

        def _parse_last_observed_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_observed_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return last_observed_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_observed_timestamp = _parse_last_observed_timestamp(d.pop("last_observed_timestamp", UNSET))

        _exp_vulns = d.pop("exp_vulns", UNSET)
        exp_vulns: list[ExpVulnRef] | Unset = UNSET
        if _exp_vulns is not UNSET:
            exp_vulns = []
            for exp_vulns_item_data in _exp_vulns:
                exp_vulns_item = ExpVulnRef.from_dict(exp_vulns_item_data)

                exp_vulns.append(exp_vulns_item)

        asset_device = cls(
            id=id,
            attributes=attributes,
            sources=sources,
            source_ids=source_ids,
            last_activity_timestamp=last_activity_timestamp,
            last_observed_timestamp=last_observed_timestamp,
            exp_vulns=exp_vulns,
        )

        asset_device.additional_properties = d
        return asset_device

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
