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
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    Nullable,
    parse_date_time,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class SourceConfig:
    """A configured integration of an organisation.

    Attributes:
        id (str):
        source_id (str):
        org_id (str | Unset):
        plugin_id (None | str | Unset):
        runner_id (None | str | Unset):
        enabled (bool | Unset):
        connect (ConfigSection | None | Unset):
        auth (ConfigSection | None | Unset):
        settings (ConfigSection | None | Unset):
        created_timestamp (datetime.datetime | None | Unset):
        last_updated_timestamp (datetime.datetime | None | Unset):
    """

    id: str
    source_id: str
    org_id: str | Unset = UNSET
    plugin_id: str | None | Unset = UNSET
    runner_id: str | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    connect: ConfigSection | None | Unset = UNSET
    auth: ConfigSection | None | Unset = UNSET
    settings: ConfigSection | None | Unset = UNSET
    created_timestamp: datetime.datetime | None | Unset = UNSET
    last_updated_timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.source_id
        if _v is not UNSET:
            _out["source_id"] = _v
        _v = self.org_id
        if _v is not UNSET:
            _out["org_id"] = _v
        _v = self.plugin_id
        if _v is not UNSET:
            _out["plugin_id"] = _v
        _v = self.runner_id
        if _v is not UNSET:
            _out["runner_id"] = _v
        _v = self.enabled
        if _v is not UNSET:
            _out["enabled"] = _v
        _v = self.connect
        if _v is not UNSET:
            _out["connect"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.auth
        if _v is not UNSET:
            _out["auth"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.settings
        if _v is not UNSET:
            _out["settings"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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

        source_id: Any = _d.pop("source_id", UNSET)
        if type(source_id) is not str and (source_id is not None or _strict):
            raise NotConforming

        org_id: Any = _d.pop("org_id", UNSET)
        if type(org_id) is not str and (org_id is not UNSET and (org_id is not None or _strict)):
            raise NotConforming

        plugin_id: Any = _d.pop("plugin_id", UNSET)
        if type(plugin_id) is not str and (plugin_id is not UNSET and plugin_id is not None):
            raise NotConforming

        runner_id: Any = _d.pop("runner_id", UNSET)
        if type(runner_id) is not str and (runner_id is not UNSET and runner_id is not None):
            raise NotConforming

        enabled: Any = _d.pop("enabled", UNSET)
        if type(enabled) is not bool and (enabled is not UNSET and (enabled is not None or _strict)):
            raise NotConforming

        connect: Any = _d.pop("connect", UNSET)
        if type(connect) is dict:
            connect = ConfigSection._from_json(connect, _strict)
        elif connect is not UNSET and connect is not None:
            raise NotConforming

        auth: Any = _d.pop("auth", UNSET)
        if type(auth) is dict:
            auth = ConfigSection._from_json(auth, _strict)
        elif auth is not UNSET and auth is not None:
            raise NotConforming

        settings: Any = _d.pop("settings", UNSET)
        if type(settings) is dict:
            settings = ConfigSection._from_json(settings, _strict)
        elif settings is not UNSET and settings is not None:
            raise NotConforming

        created_timestamp: Any = _d.pop("created_timestamp", UNSET)
        if type(created_timestamp) is str:
            created_timestamp = parse_date_time(created_timestamp)
        elif created_timestamp is not UNSET and created_timestamp is not None:
            raise NotConforming

        last_updated_timestamp: Any = _d.pop("last_updated_timestamp", UNSET)
        if type(last_updated_timestamp) is str:
            last_updated_timestamp = parse_date_time(last_updated_timestamp)
        elif last_updated_timestamp is not UNSET and last_updated_timestamp is not None:
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            source_id=source_id,
            org_id=org_id,
            plugin_id=plugin_id,
            runner_id=runner_id,
            enabled=enabled,
            connect=connect,
            auth=auth,
            settings=settings,
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
                Field("source_id", "source_id", STRING, required=True),
                Field("org_id", "org_id", STRING),
                Field("plugin_id", "plugin_id", Nullable(STRING)),
                Field("runner_id", "runner_id", Nullable(STRING)),
                Field("enabled", "enabled", BOOLEAN),
                Field("connect", "connect", Nullable(ModelOf(ConfigSection))),
                Field("auth", "auth", Nullable(ModelOf(ConfigSection))),
                Field("settings", "settings", Nullable(ModelOf(ConfigSection))),
                Field("created_timestamp", "created_timestamp", Nullable(DATE_TIME)),
                Field("last_updated_timestamp", "last_updated_timestamp", Nullable(DATE_TIME)),
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
from ..models.config_section import ConfigSection
