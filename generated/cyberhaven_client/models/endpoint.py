from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_os import EndpointOs
from ..models.endpoint_status import EndpointStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Endpoint")


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
        id = self.id

        hostname = self.hostname

        machine_serial_number = self.machine_serial_number

        deployment_group = self.deployment_group

        os: str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        elif isinstance(self.os, EndpointOs):
            os = self.os.value
        else:
            os = self.os

        os_version = self.os_version

        sensor_version = self.sensor_version

        last_active_username = self.last_active_username

        last_active: None | str | Unset
        if isinstance(self.last_active, Unset):
            last_active = UNSET
        elif isinstance(self.last_active, datetime.datetime):
            last_active = self.last_active.isoformat()
        else:
            last_active = self.last_active

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EndpointStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if machine_serial_number is not UNSET:
            field_dict["machine_serial_number"] = machine_serial_number
        if deployment_group is not UNSET:
            field_dict["deployment_group"] = deployment_group
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if sensor_version is not UNSET:
            field_dict["sensor_version"] = sensor_version
        if last_active_username is not UNSET:
            field_dict["last_active_username"] = last_active_username
        if last_active is not UNSET:
            field_dict["last_active"] = last_active
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        hostname = d.pop("hostname", UNSET)

        machine_serial_number = d.pop("machine_serial_number", UNSET)

        deployment_group = d.pop("deployment_group", UNSET)

        def _parse_os(data: object) -> EndpointOs | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                os_type_0 = EndpointOs(data)

                return os_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointOs | str | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        os_version = d.pop("os_version", UNSET)

        sensor_version = d.pop("sensor_version", UNSET)

        last_active_username = d.pop("last_active_username", UNSET)

        def _parse_last_active(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_active_type_0 = datetime.datetime.fromisoformat(data)

                return last_active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_active = _parse_last_active(d.pop("last_active", UNSET))

        def _parse_status(data: object) -> EndpointStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EndpointStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        endpoint = cls(
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

        endpoint.additional_properties = d
        return endpoint

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
