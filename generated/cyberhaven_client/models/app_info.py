from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData


T = TypeVar("T", bound="AppInfo")


@_attrs_define
class AppInfo:
    """The application that accessed the data.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        package_name (str | Unset):
        binary_path (str | Unset):
        command_line (str | Unset):
        main_window_title (str | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    package_name: str | Unset = UNSET
    binary_path: str | Unset = UNSET
    command_line: str | Unset = UNSET
    main_window_title: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        package_name = self.package_name

        binary_path = self.binary_path

        command_line = self.command_line

        main_window_title = self.main_window_title

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
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if binary_path is not UNSET:
            field_dict["binary_path"] = binary_path
        if command_line is not UNSET:
            field_dict["command_line"] = command_line
        if main_window_title is not UNSET:
            field_dict["main_window_title"] = main_window_title
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data import CustomData  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        package_name = d.pop("package_name", UNSET)

        binary_path = d.pop("binary_path", UNSET)

        command_line = d.pop("command_line", UNSET)

        main_window_title = d.pop("main_window_title", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CustomData.from_dict(_custom_data)

        app_info = cls(
            name=name,
            description=description,
            package_name=package_name,
            binary_path=binary_path,
            command_line=command_line,
            main_window_title=main_window_title,
            custom_data=custom_data,
        )

        app_info.additional_properties = d
        return app_info

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
