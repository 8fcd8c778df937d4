from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    STRING,
    EnumOf,
    Field,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..models.operating_system import OperatingSystem, OperatingSystemValue
from ..types import UNSET, Unset


@_attrs_define
class PluginInput:
    """The editable fields of a plugin.

    Attributes:
        source_id (str):
        os (OperatingSystem): The platform of a runner or plugin binary.
        enabled (bool):
        display_version (str | Unset): sevco-shell sends "" when not given.
        release_notes (str | Unset): sevco-shell sends "" when not given.
        binary_url (str | Unset): Where the service fetches the binary from.
    """

    source_id: str
    os: OperatingSystem | OperatingSystemValue
    enabled: bool
    display_version: str | Unset = UNSET
    release_notes: str | Unset = UNSET
    binary_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.source_id
        if _v is not UNSET:
            _out["source_id"] = _v
        _v = self.os
        if _v is not UNSET:
            _out["os"] = _v.value if isinstance(_v, OperatingSystem) else _v
        _v = self.enabled
        if _v is not UNSET:
            _out["enabled"] = _v
        _v = self.display_version
        if _v is not UNSET:
            _out["display_version"] = _v
        _v = self.release_notes
        if _v is not UNSET:
            _out["release_notes"] = _v
        _v = self.binary_url
        if _v is not UNSET:
            _out["binary_url"] = _v
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
        source_id: Any = _d.pop("source_id", UNSET)
        if type(source_id) is not str and (source_id is not None or _strict):
            raise NotConforming

        os: Any = _d.pop("os", UNSET)
        if type(os) is str:
            os = OperatingSystem._value2member_map_.get(os, os)
            if _strict and type(os) is str:
                raise NotConforming
        elif os is not None or _strict:
            raise NotConforming

        enabled: Any = _d.pop("enabled", UNSET)
        if type(enabled) is not bool and (enabled is not None or _strict):
            raise NotConforming

        display_version: Any = _d.pop("display_version", UNSET)
        if type(display_version) is not str and (
            display_version is not UNSET and (display_version is not None or _strict)
        ):
            raise NotConforming

        release_notes: Any = _d.pop("release_notes", UNSET)
        if type(release_notes) is not str and (release_notes is not UNSET and (release_notes is not None or _strict)):
            raise NotConforming

        binary_url: Any = _d.pop("binary_url", UNSET)
        if type(binary_url) is not str and (binary_url is not UNSET and (binary_url is not None or _strict)):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            source_id=source_id,
            os=os,
            enabled=enabled,
            display_version=display_version,
            release_notes=release_notes,
            binary_url=binary_url,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("source_id", "source_id", STRING, required=True),
                Field("os", "os", EnumOf(OperatingSystem, open=False), required=True),
                Field("enabled", "enabled", BOOLEAN, required=True),
                Field("display_version", "display_version", STRING),
                Field("release_notes", "release_notes", STRING),
                Field("binary_url", "binary_url", STRING),
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
