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

from ..models.endpoint_os import EndpointOs
from ..models.endpoint_status import EndpointStatus
from ..types import UNSET, Unset


@_attrs_define
class Endpoint:
    """A device with an installed Cyberhaven sensor.

    Attributes:
        id (str):
        hostname (str | Unset):
        machine_serial_number (str | Unset):
        deployment_group (str | Unset):
        os (EndpointOs | str | Unset):
        os_version (str | Unset):
        sensor_version (str | Unset):
        last_active_username (str | Unset):
        last_active (datetime.datetime | None | Unset): Last time the sensor reported activity.
        status (EndpointStatus | str | Unset): Sensor status (the filter accepts statuses; the field name on the object
            is assumed).
    """

    id: str
    hostname: str | Unset = UNSET
    machine_serial_number: str | Unset = UNSET
    deployment_group: str | Unset = UNSET
    os: EndpointOs | str | Unset = UNSET
    os_version: str | Unset = UNSET
    sensor_version: str | Unset = UNSET
    last_active_username: str | Unset = UNSET
    last_active: datetime.datetime | None | Unset = UNSET
    status: EndpointStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.hostname
        if _v is not UNSET:
            _out["hostname"] = _v
        _v = self.machine_serial_number
        if _v is not UNSET:
            _out["machine_serial_number"] = _v
        _v = self.deployment_group
        if _v is not UNSET:
            _out["deployment_group"] = _v
        _v = self.os
        if _v is not UNSET:
            _out["os"] = _v.value if isinstance(_v, EndpointOs) else _v
        _v = self.os_version
        if _v is not UNSET:
            _out["os_version"] = _v
        _v = self.sensor_version
        if _v is not UNSET:
            _out["sensor_version"] = _v
        _v = self.last_active_username
        if _v is not UNSET:
            _out["last_active_username"] = _v
        _v = self.last_active
        if _v is not UNSET:
            _out["last_active"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.status
        if _v is not UNSET:
            _out["status"] = _v.value if isinstance(_v, EndpointStatus) else _v
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
        id: Any = _d.pop("id", UNSET)
        if type(id) is not str and (id is not None or _strict):
            raise NotConforming

        hostname: Any = _d.pop("hostname", UNSET)
        if type(hostname) is not str and (hostname is not UNSET and (hostname is not None or _strict)):
            raise NotConforming

        machine_serial_number: Any = _d.pop("machine_serial_number", UNSET)
        if type(machine_serial_number) is not str and (
            machine_serial_number is not UNSET and (machine_serial_number is not None or _strict)
        ):
            raise NotConforming

        deployment_group: Any = _d.pop("deployment_group", UNSET)
        if type(deployment_group) is not str and (
            deployment_group is not UNSET and (deployment_group is not None or _strict)
        ):
            raise NotConforming

        os: Any = _d.pop("os", UNSET)
        if type(os) is str:
            os = EndpointOs._value2member_map_.get(os, os)
        elif os is not UNSET and (os is not None or _strict):
            raise NotConforming

        os_version: Any = _d.pop("os_version", UNSET)
        if type(os_version) is not str and (os_version is not UNSET and (os_version is not None or _strict)):
            raise NotConforming

        sensor_version: Any = _d.pop("sensor_version", UNSET)
        if type(sensor_version) is not str and (
            sensor_version is not UNSET and (sensor_version is not None or _strict)
        ):
            raise NotConforming

        last_active_username: Any = _d.pop("last_active_username", UNSET)
        if type(last_active_username) is not str and (
            last_active_username is not UNSET and (last_active_username is not None or _strict)
        ):
            raise NotConforming

        last_active: Any = _d.pop("last_active", UNSET)
        if type(last_active) is str:
            last_active = parse_date_time(last_active)
        elif last_active is not UNSET and last_active is not None:
            raise NotConforming

        status: Any = _d.pop("status", UNSET)
        if type(status) is str:
            status = EndpointStatus._value2member_map_.get(status, status)
        elif status is not UNSET and (status is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            hostname=hostname,
            machine_serial_number=machine_serial_number,
            deployment_group=deployment_group,
            os=os,
            os_version=os_version,
            sensor_version=sensor_version,
            last_active_username=last_active_username,
            last_active=last_active,
            status=status,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("id", "id", STRING, required=True),
                Field("hostname", "hostname", STRING),
                Field("machine_serial_number", "machine_serial_number", STRING),
                Field("deployment_group", "deployment_group", STRING),
                Field("os", "os", EnumOf(EndpointOs, open=True)),
                Field("os_version", "os_version", STRING),
                Field("sensor_version", "sensor_version", STRING),
                Field("last_active_username", "last_active_username", STRING),
                Field("last_active", "last_active", Nullable(DATE_TIME)),
                Field("status", "status", EnumOf(EndpointStatus, open=True)),
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
