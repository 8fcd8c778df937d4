from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    EnumOf,
    Field,
    ListOf,
    ModelShape,
    NotConforming,
    enum_list,
    parse_model,
)

from ..models.endpoint_os import EndpointOs, EndpointOsValue
from ..models.endpoint_status import EndpointStatus, EndpointStatusValue
from ..types import UNSET, Unset


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
    statuses: list[EndpointStatus | EndpointStatusValue] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    oses: list[EndpointOs | EndpointOsValue] | Unset = UNSET
    os_versions: list[str] | Unset = UNSET
    endpoint_versions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.ids
        if _v is not UNSET:
            _out["ids"] = _v
        _v = self.hostnames
        if _v is not UNSET:
            _out["hostnames"] = _v
        _v = self.statuses
        if _v is not UNSET:
            _out["statuses"] = (
                [_i.value if isinstance(_i, EndpointStatus) else _i for _i in _v] if type(_v) is list else _v
            )
        _v = self.groups
        if _v is not UNSET:
            _out["groups"] = _v
        _v = self.oses
        if _v is not UNSET:
            _out["oses"] = [_i.value if isinstance(_i, EndpointOs) else _i for _i in _v] if type(_v) is list else _v
        _v = self.os_versions
        if _v is not UNSET:
            _out["os_versions"] = _v
        _v = self.endpoint_versions
        if _v is not UNSET:
            _out["endpoint_versions"] = _v
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
        ids: Any = _d.pop("ids", UNSET)
        if type(ids) is list:
            for _i in ids:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif ids is not UNSET and (ids is not None or _strict):
            raise NotConforming

        hostnames: Any = _d.pop("hostnames", UNSET)
        if type(hostnames) is list:
            for _i in hostnames:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif hostnames is not UNSET and (hostnames is not None or _strict):
            raise NotConforming

        statuses: Any = _d.pop("statuses", UNSET)
        if type(statuses) is list:
            statuses = enum_list(EndpointStatus, statuses, _strict, open_=False)
        elif statuses is not UNSET and (statuses is not None or _strict):
            raise NotConforming

        groups: Any = _d.pop("groups", UNSET)
        if type(groups) is list:
            for _i in groups:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif groups is not UNSET and (groups is not None or _strict):
            raise NotConforming

        oses: Any = _d.pop("oses", UNSET)
        if type(oses) is list:
            oses = enum_list(EndpointOs, oses, _strict, open_=False)
        elif oses is not UNSET and (oses is not None or _strict):
            raise NotConforming

        os_versions: Any = _d.pop("os_versions", UNSET)
        if type(os_versions) is list:
            for _i in os_versions:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif os_versions is not UNSET and (os_versions is not None or _strict):
            raise NotConforming

        endpoint_versions: Any = _d.pop("endpoint_versions", UNSET)
        if type(endpoint_versions) is list:
            for _i in endpoint_versions:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif endpoint_versions is not UNSET and (endpoint_versions is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            ids=ids,
            hostnames=hostnames,
            statuses=statuses,
            groups=groups,
            oses=oses,
            os_versions=os_versions,
            endpoint_versions=endpoint_versions,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("ids", "ids", ListOf(STRING)),
                Field("hostnames", "hostnames", ListOf(STRING)),
                Field("statuses", "statuses", ListOf(EnumOf(EndpointStatus, open=False))),
                Field("groups", "groups", ListOf(STRING)),
                Field("oses", "oses", ListOf(EnumOf(EndpointOs, open=False))),
                Field("os_versions", "os_versions", ListOf(STRING)),
                Field("endpoint_versions", "endpoint_versions", ListOf(STRING)),
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
