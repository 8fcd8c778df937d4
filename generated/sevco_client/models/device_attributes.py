from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    Field,
    ListOf,
    ModelOf,
    ModelShape,
    NotConforming,
    Nullable,
    parse_model,
)

from ..types import UNSET, Unset


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
        mac_manufacturers (list[str] | Unset): Manufacturers of the device's network interfaces, from their MAC
            addresses.
    """

    hostname: str | None | Unset = UNSET
    ips: list[str] | Unset = UNSET
    os: str | None | Unset = UNSET
    os_version: str | None | Unset = UNSET
    geo_ip: GeoIp | None | Unset = UNSET
    associated_usernames: list[str] | Unset = UNSET
    mac_manufacturers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.hostname
        if _v is not UNSET:
            _out["hostname"] = _v
        _v = self.ips
        if _v is not UNSET:
            _out["ips"] = _v
        _v = self.os
        if _v is not UNSET:
            _out["os"] = _v
        _v = self.os_version
        if _v is not UNSET:
            _out["os_version"] = _v
        _v = self.geo_ip
        if _v is not UNSET:
            _out["geo_ip"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.associated_usernames
        if _v is not UNSET:
            _out["associated_usernames"] = _v
        _v = self.mac_manufacturers
        if _v is not UNSET:
            _out["mac_manufacturers"] = _v
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """The model of `src_dict` (parsed JSON). Lenient: a value that does not fit the spec is kept as
        sent and logged once (client_runtime.parsing); strict=True raises ModelMismatchError instead."""
        return parse_model(cls, src_dict, strict=strict)

    @classmethod
    def _from_json(cls, _src: Mapping[str, Any], _strict: bool) -> Self:
        """The fast path of from_dict: NotConforming at the first value that does not fit."""
        _d = dict(_src)
        hostname: Any = _d.pop("hostname", UNSET)
        if type(hostname) is not str and (hostname is not UNSET and hostname is not None):
            raise NotConforming

        ips: Any = _d.pop("ips", UNSET)
        if type(ips) is list:
            for _i in ips:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif ips is not UNSET and (ips is not None or _strict):
            raise NotConforming

        os: Any = _d.pop("os", UNSET)
        if type(os) is not str and (os is not UNSET and os is not None):
            raise NotConforming

        os_version: Any = _d.pop("os_version", UNSET)
        if type(os_version) is not str and (os_version is not UNSET and os_version is not None):
            raise NotConforming

        geo_ip: Any = _d.pop("geo_ip", UNSET)
        if type(geo_ip) is dict:
            geo_ip = GeoIp._from_json(geo_ip, _strict)
        elif geo_ip is not UNSET and geo_ip is not None:
            raise NotConforming

        associated_usernames: Any = _d.pop("associated_usernames", UNSET)
        if type(associated_usernames) is list:
            for _i in associated_usernames:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif associated_usernames is not UNSET and (associated_usernames is not None or _strict):
            raise NotConforming

        mac_manufacturers: Any = _d.pop("mac_manufacturers", UNSET)
        if type(mac_manufacturers) is list:
            for _i in mac_manufacturers:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif mac_manufacturers is not UNSET and (mac_manufacturers is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            hostname=hostname,
            ips=ips,
            os=os,
            os_version=os_version,
            geo_ip=geo_ip,
            associated_usernames=associated_usernames,
            mac_manufacturers=mac_manufacturers,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("hostname", "hostname", Nullable(STRING)),
                Field("ips", "ips", ListOf(STRING)),
                Field("os", "os", Nullable(STRING)),
                Field("os_version", "os_version", Nullable(STRING)),
                Field("geo_ip", "geo_ip", Nullable(ModelOf(GeoIp))),
                Field("associated_usernames", "associated_usernames", ListOf(STRING)),
                Field("mac_manufacturers", "mac_manufacturers", ListOf(STRING)),
            ),
        )

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


# The models this one refers to, imported once its class exists rather than at the top: models may refer to each
# other in a cycle. (openapi-python-client imports them inside each method instead, which costs a relative import
# on every call: as much as parsing a small record.)
from ..models.geo_ip import GeoIp
