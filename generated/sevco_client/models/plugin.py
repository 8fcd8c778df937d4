from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    DATE_TIME,
    STRING,
    EnumOf,
    Field,
    ModelShape,
    NotConforming,
    parse_date_time,
    parse_model,
)

from ..models.operating_system import OperatingSystem, OperatingSystemValue
from ..types import UNSET, Unset


@_attrs_define
class Plugin:
    """A plugin binary that runs a source's configs on one platform.

    Attributes:
        id (str):
        version (str | Unset):
        display_version (str | Unset):
        release_notes (str | Unset):
        source_id (str | Unset):
        signature (str | Unset):
        os (OperatingSystem | Unset): The platform of a runner or plugin binary.
        enabled (bool | Unset):
        created_timestamp (datetime.datetime | Unset):
        last_updated_timestamp (datetime.datetime | Unset):
    """

    id: str
    version: str | Unset = UNSET
    display_version: str | Unset = UNSET
    release_notes: str | Unset = UNSET
    source_id: str | Unset = UNSET
    signature: str | Unset = UNSET
    os: OperatingSystem | OperatingSystemValue | Unset = UNSET
    enabled: bool | Unset = UNSET
    created_timestamp: datetime.datetime | Unset = UNSET
    last_updated_timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.version
        if _v is not UNSET:
            _out["version"] = _v
        _v = self.display_version
        if _v is not UNSET:
            _out["display_version"] = _v
        _v = self.release_notes
        if _v is not UNSET:
            _out["release_notes"] = _v
        _v = self.source_id
        if _v is not UNSET:
            _out["source_id"] = _v
        _v = self.signature
        if _v is not UNSET:
            _out["signature"] = _v
        _v = self.os
        if _v is not UNSET:
            _out["os"] = _v.value if isinstance(_v, OperatingSystem) else _v
        _v = self.enabled
        if _v is not UNSET:
            _out["enabled"] = _v
        _v = self.created_timestamp
        if _v is not UNSET:
            _out["created_timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.last_updated_timestamp
        if _v is not UNSET:
            _out["last_updated_timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
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

        version: Any = _d.pop("version", UNSET)
        if type(version) is not str and (version is not UNSET and (version is not None or _strict)):
            raise NotConforming

        display_version: Any = _d.pop("display_version", UNSET)
        if type(display_version) is not str and (
            display_version is not UNSET and (display_version is not None or _strict)
        ):
            raise NotConforming

        release_notes: Any = _d.pop("release_notes", UNSET)
        if type(release_notes) is not str and (release_notes is not UNSET and (release_notes is not None or _strict)):
            raise NotConforming

        source_id: Any = _d.pop("source_id", UNSET)
        if type(source_id) is not str and (source_id is not UNSET and (source_id is not None or _strict)):
            raise NotConforming

        signature: Any = _d.pop("signature", UNSET)
        if type(signature) is not str and (signature is not UNSET and (signature is not None or _strict)):
            raise NotConforming

        os: Any = _d.pop("os", UNSET)
        if type(os) is str:
            os = OperatingSystem._value2member_map_.get(os, os)
            if _strict and type(os) is str:
                raise NotConforming
        elif os is not UNSET and (os is not None or _strict):
            raise NotConforming

        enabled: Any = _d.pop("enabled", UNSET)
        if type(enabled) is not bool and (enabled is not UNSET and (enabled is not None or _strict)):
            raise NotConforming

        created_timestamp: Any = _d.pop("created_timestamp", UNSET)
        if type(created_timestamp) is str:
            created_timestamp = parse_date_time(created_timestamp)
        elif created_timestamp is not UNSET and (created_timestamp is not None or _strict):
            raise NotConforming

        last_updated_timestamp: Any = _d.pop("last_updated_timestamp", UNSET)
        if type(last_updated_timestamp) is str:
            last_updated_timestamp = parse_date_time(last_updated_timestamp)
        elif last_updated_timestamp is not UNSET and (last_updated_timestamp is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            version=version,
            display_version=display_version,
            release_notes=release_notes,
            source_id=source_id,
            signature=signature,
            os=os,
            enabled=enabled,
            created_timestamp=created_timestamp,
            last_updated_timestamp=last_updated_timestamp,
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
                Field("version", "version", STRING),
                Field("display_version", "display_version", STRING),
                Field("release_notes", "release_notes", STRING),
                Field("source_id", "source_id", STRING),
                Field("signature", "signature", STRING),
                Field("os", "os", EnumOf(OperatingSystem, open=False)),
                Field("enabled", "enabled", BOOLEAN),
                Field("created_timestamp", "created_timestamp", DATE_TIME),
                Field("last_updated_timestamp", "last_updated_timestamp", DATE_TIME),
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
