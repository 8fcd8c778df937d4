from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_os import EndpointOs
from ..models.endpoint_status import EndpointStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointFilter")


@_attrs_define
class EndpointFilter:
    """All criteria are optional and combine with AND.

    Attributes:
        ids (list[str] | Unset):
        hostnames (list[str] | Unset):
        statuses (list[EndpointStatus] | Unset):
        groups (list[str] | Unset): Deployment group names.
        oses (list[EndpointOs] | Unset):
        os_versions (list[str] | Unset):
        endpoint_versions (list[str] | Unset): Sensor versions.
    """

    ids: list[str] | Unset = UNSET
    hostnames: list[str] | Unset = UNSET
    statuses: list[EndpointStatus] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    oses: list[EndpointOs] | Unset = UNSET
    os_versions: list[str] | Unset = UNSET
    endpoint_versions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        hostnames: list[str] | Unset = UNSET
        if not isinstance(self.hostnames, Unset):
            hostnames = self.hostnames

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.value
                statuses.append(statuses_item)

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        oses: list[str] | Unset = UNSET
        if not isinstance(self.oses, Unset):
            oses = []
            for oses_item_data in self.oses:
                oses_item = oses_item_data.value
                oses.append(oses_item)

        os_versions: list[str] | Unset = UNSET
        if not isinstance(self.os_versions, Unset):
            os_versions = self.os_versions

        endpoint_versions: list[str] | Unset = UNSET
        if not isinstance(self.endpoint_versions, Unset):
            endpoint_versions = self.endpoint_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if hostnames is not UNSET:
            field_dict["hostnames"] = hostnames
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if groups is not UNSET:
            field_dict["groups"] = groups
        if oses is not UNSET:
            field_dict["oses"] = oses
        if os_versions is not UNSET:
            field_dict["os_versions"] = os_versions
        if endpoint_versions is not UNSET:
            field_dict["endpoint_versions"] = endpoint_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        hostnames = cast(list[str], d.pop("hostnames", UNSET))

        _statuses = d.pop("statuses", UNSET)
        statuses: list[EndpointStatus] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = EndpointStatus(statuses_item_data)

                statuses.append(statuses_item)

        groups = cast(list[str], d.pop("groups", UNSET))

        _oses = d.pop("oses", UNSET)
        oses: list[EndpointOs] | Unset = UNSET
        if _oses is not UNSET:
            oses = []
            for oses_item_data in _oses:
                oses_item = EndpointOs(oses_item_data)

                oses.append(oses_item)

        os_versions = cast(list[str], d.pop("os_versions", UNSET))

        endpoint_versions = cast(list[str], d.pop("endpoint_versions", UNSET))

        endpoint_filter = cls(
            ids=ids,
            hostnames=hostnames,
            statuses=statuses,
            groups=groups,
            oses=oses,
            os_versions=os_versions,
            endpoint_versions=endpoint_versions,
        )

        endpoint_filter.additional_properties = d
        return endpoint_filter

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
