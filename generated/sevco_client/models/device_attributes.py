from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_ip import GeoIp


T = TypeVar("T", bound="DeviceAttributes")


@_attrs_define
class DeviceAttributes:
    """Merged device attributes. Only some are listed; others are kept as they come.

    Attributes:
        hostname (None | str | Unset):
        ips (list[str] | Unset):
        os (None | str | Unset):
        os_version (None | str | Unset):
        geo_ip (GeoIp | None | Unset):
        associated_usernames (list[str] | Unset):
    """

    hostname: None | str | Unset = UNSET
    ips: list[str] | Unset = UNSET
    os: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    geo_ip: GeoIp | None | Unset = UNSET
    associated_usernames: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_ip import GeoIp  # noqa: PLC0415

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        ips: list[str] | Unset = UNSET
        if not isinstance(self.ips, Unset):
            ips = self.ips

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        geo_ip: dict[str, Any] | None | Unset
        if isinstance(self.geo_ip, Unset):
            geo_ip = UNSET
        elif isinstance(self.geo_ip, GeoIp):
            geo_ip = self.geo_ip.to_dict()
        else:
            geo_ip = self.geo_ip

        associated_usernames: list[str] | Unset = UNSET
        if not isinstance(self.associated_usernames, Unset):
            associated_usernames = self.associated_usernames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if ips is not UNSET:
            field_dict["ips"] = ips
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if geo_ip is not UNSET:
            field_dict["geo_ip"] = geo_ip
        if associated_usernames is not UNSET:
            field_dict["associated_usernames"] = associated_usernames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_ip import GeoIp  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hostname = _parse_hostname(d.pop("hostname", UNSET))

        ips = cast(list[str], d.pop("ips", UNSET))

        def _parse_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_geo_ip(data: object) -> GeoIp | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geo_ip_type_0 = GeoIp.from_dict(data)

                return geo_ip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeoIp | None | Unset, data)

        geo_ip = _parse_geo_ip(d.pop("geo_ip", UNSET))

        associated_usernames = cast(list[str], d.pop("associated_usernames", UNSET))

        device_attributes = cls(
            hostname=hostname,
            ips=ips,
            os=os,
            os_version=os_version,
            geo_ip=geo_ip,
            associated_usernames=associated_usernames,
        )

        device_attributes.additional_properties = d
        return device_attributes

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
