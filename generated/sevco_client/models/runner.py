from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    STRING,
    EnumOf,
    Field,
    ModelShape,
    NotConforming,
    Nullable,
    parse_date_time,
    parse_model,
)

from ..models.operating_system import OperatingSystem, OperatingSystemValue
from ..types import UNSET, Unset


@_attrs_define
class Runner:
    """An agent that runs plugins inside a customer network.

    Attributes:
        org_id (str):
        os (OperatingSystem): The platform of a runner or plugin binary.
        runner_id (str | Unset):
        version (None | str | Unset):
        hostname (None | str | Unset):
        display_name (None | str | Unset):
        registration_time (datetime.datetime | Unset):
        last_checkin_time (datetime.datetime | None | Unset):
    """

    org_id: str
    os: OperatingSystem | OperatingSystemValue
    runner_id: str | Unset = UNSET
    version: str | None | Unset = UNSET
    hostname: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    registration_time: datetime.datetime | Unset = UNSET
    last_checkin_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.org_id
        if _v is not UNSET:
            _out["org_id"] = _v
        _v = self.os
        if _v is not UNSET:
            _out["os"] = _v.value if isinstance(_v, OperatingSystem) else _v
        _v = self.runner_id
        if _v is not UNSET:
            _out["runner_id"] = _v
        _v = self.version
        if _v is not UNSET:
            _out["version"] = _v
        _v = self.hostname
        if _v is not UNSET:
            _out["hostname"] = _v
        _v = self.display_name
        if _v is not UNSET:
            _out["display_name"] = _v
        _v = self.registration_time
        if _v is not UNSET:
            _out["registration_time"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.last_checkin_time
        if _v is not UNSET:
            _out["last_checkin_time"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
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
        org_id: Any = _d.pop("org_id", UNSET)
        if type(org_id) is not str and (org_id is not None or _strict):
            raise NotConforming

        os: Any = _d.pop("os", UNSET)
        if type(os) is str:
            os = OperatingSystem._value2member_map_.get(os, os)
            if _strict and type(os) is str:
                raise NotConforming
        elif os is not None or _strict:
            raise NotConforming

        runner_id: Any = _d.pop("runner_id", UNSET)
        if type(runner_id) is not str and (runner_id is not UNSET and (runner_id is not None or _strict)):
            raise NotConforming

        version: Any = _d.pop("version", UNSET)
        if type(version) is not str and (version is not UNSET and version is not None):
            raise NotConforming

        hostname: Any = _d.pop("hostname", UNSET)
        if type(hostname) is not str and (hostname is not UNSET and hostname is not None):
            raise NotConforming

        display_name: Any = _d.pop("display_name", UNSET)
        if type(display_name) is not str and (display_name is not UNSET and display_name is not None):
            raise NotConforming

        registration_time: Any = _d.pop("registration_time", UNSET)
        if type(registration_time) is str:
            registration_time = parse_date_time(registration_time)
        elif registration_time is not UNSET and (registration_time is not None or _strict):
            raise NotConforming

        last_checkin_time: Any = _d.pop("last_checkin_time", UNSET)
        if type(last_checkin_time) is str:
            last_checkin_time = parse_date_time(last_checkin_time)
        elif last_checkin_time is not UNSET and last_checkin_time is not None:
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            org_id=org_id,
            os=os,
            runner_id=runner_id,
            version=version,
            hostname=hostname,
            display_name=display_name,
            registration_time=registration_time,
            last_checkin_time=last_checkin_time,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("org_id", "org_id", STRING, required=True),
                Field("os", "os", EnumOf(OperatingSystem, open=False), required=True),
                Field("runner_id", "runner_id", STRING),
                Field("version", "version", Nullable(STRING)),
                Field("hostname", "hostname", Nullable(STRING)),
                Field("display_name", "display_name", Nullable(STRING)),
                Field("registration_time", "registration_time", DATE_TIME),
                Field("last_checkin_time", "last_checkin_time", Nullable(DATE_TIME)),
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
