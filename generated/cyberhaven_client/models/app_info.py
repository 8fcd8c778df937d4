from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


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
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.name
        if _v is not UNSET:
            _out["name"] = _v
        _v = self.description
        if _v is not UNSET:
            _out["description"] = _v
        _v = self.package_name
        if _v is not UNSET:
            _out["package_name"] = _v
        _v = self.binary_path
        if _v is not UNSET:
            _out["binary_path"] = _v
        _v = self.command_line
        if _v is not UNSET:
            _out["command_line"] = _v
        _v = self.main_window_title
        if _v is not UNSET:
            _out["main_window_title"] = _v
        _v = self.custom_data
        if _v is not UNSET:
            _out["custom_data"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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
        name: Any = _d.pop("name", UNSET)
        if type(name) is not str and (name is not UNSET and (name is not None or _strict)):
            raise NotConforming

        description: Any = _d.pop("description", UNSET)
        if type(description) is not str and (description is not UNSET and (description is not None or _strict)):
            raise NotConforming

        package_name: Any = _d.pop("package_name", UNSET)
        if type(package_name) is not str and (package_name is not UNSET and (package_name is not None or _strict)):
            raise NotConforming

        binary_path: Any = _d.pop("binary_path", UNSET)
        if type(binary_path) is not str and (binary_path is not UNSET and (binary_path is not None or _strict)):
            raise NotConforming

        command_line: Any = _d.pop("command_line", UNSET)
        if type(command_line) is not str and (command_line is not UNSET and (command_line is not None or _strict)):
            raise NotConforming

        main_window_title: Any = _d.pop("main_window_title", UNSET)
        if type(main_window_title) is not str and (
            main_window_title is not UNSET and (main_window_title is not None or _strict)
        ):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            name=name,
            description=description,
            package_name=package_name,
            binary_path=binary_path,
            command_line=command_line,
            main_window_title=main_window_title,
            custom_data=custom_data,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("name", "name", STRING),
                Field("description", "description", STRING),
                Field("package_name", "package_name", STRING),
                Field("binary_path", "binary_path", STRING),
                Field("command_line", "command_line", STRING),
                Field("main_window_title", "main_window_title", STRING),
                Field("custom_data", "custom_data", ModelOf(CustomData)),
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
from ..models.custom_data import CustomData
