from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData


T = TypeVar("T", bound="Printer")


@_attrs_define
class Printer:
    """A printer the data was printed on.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        physical_location (str | Unset):
        server (str | Unset):
        share_name (str | Unset):
        port (str | Unset):
        driver (str | Unset):
        is_local (bool | Unset):
        job_id (str | Unset):
        connectivity (str | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    physical_location: str | Unset = UNSET
    server: str | Unset = UNSET
    share_name: str | Unset = UNSET
    port: str | Unset = UNSET
    driver: str | Unset = UNSET
    is_local: bool | Unset = UNSET
    job_id: str | Unset = UNSET
    connectivity: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        physical_location = self.physical_location

        server = self.server

        share_name = self.share_name

        port = self.port

        driver = self.driver

        is_local = self.is_local

        job_id = self.job_id

        connectivity = self.connectivity

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if physical_location is not UNSET:
            field_dict["physical_location"] = physical_location
        if server is not UNSET:
            field_dict["server"] = server
        if share_name is not UNSET:
            field_dict["share_name"] = share_name
        if port is not UNSET:
            field_dict["port"] = port
        if driver is not UNSET:
            field_dict["driver"] = driver
        if is_local is not UNSET:
            field_dict["is_local"] = is_local
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if connectivity is not UNSET:
            field_dict["connectivity"] = connectivity
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data import CustomData  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        physical_location = d.pop("physical_location", UNSET)

        server = d.pop("server", UNSET)

        share_name = d.pop("share_name", UNSET)

        port = d.pop("port", UNSET)

        driver = d.pop("driver", UNSET)

        is_local = d.pop("is_local", UNSET)

        job_id = d.pop("job_id", UNSET)

        connectivity = d.pop("connectivity", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CustomData.from_dict(_custom_data)

        printer = cls(
            name=name,
            description=description,
            physical_location=physical_location,
            server=server,
            share_name=share_name,
            port=port,
            driver=driver,
            is_local=is_local,
            job_id=job_id,
            connectivity=connectivity,
            custom_data=custom_data,
        )

        printer.additional_properties = d
        return printer

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
