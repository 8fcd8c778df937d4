from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    STRING,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    Nullable,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class SourceConfigInput:
    """A source config to create.

    Attributes:
        source_id (str):
        enabled (bool):
        plugin_id (None | str | Unset):
        runner_id (None | str | Unset):
        connect (ConfigSection | Unset): One part of a source config (`connect`, `auth` or `settings`) - a schema name
            and its values.
        auth (ConfigSection | Unset): One part of a source config (`connect`, `auth` or `settings`) - a schema name and
            its values.
        settings (ConfigSection | Unset): One part of a source config (`connect`, `auth` or `settings`) - a schema name
            and its values.
    """

    source_id: str
    enabled: bool
    plugin_id: str | None | Unset = UNSET
    runner_id: str | None | Unset = UNSET
    connect: ConfigSection | Unset = UNSET
    auth: ConfigSection | Unset = UNSET
    settings: ConfigSection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.source_id
        if _v is not UNSET:
            _out["source_id"] = _v
        _v = self.enabled
        if _v is not UNSET:
            _out["enabled"] = _v
        _v = self.plugin_id
        if _v is not UNSET:
            _out["plugin_id"] = _v
        _v = self.runner_id
        if _v is not UNSET:
            _out["runner_id"] = _v
        _v = self.connect
        if _v is not UNSET:
            _out["connect"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.auth
        if _v is not UNSET:
            _out["auth"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.settings
        if _v is not UNSET:
            _out["settings"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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

        enabled: Any = _d.pop("enabled", UNSET)
        if type(enabled) is not bool and (enabled is not None or _strict):
            raise NotConforming

        plugin_id: Any = _d.pop("plugin_id", UNSET)
        if type(plugin_id) is not str and (plugin_id is not UNSET and plugin_id is not None):
            raise NotConforming

        runner_id: Any = _d.pop("runner_id", UNSET)
        if type(runner_id) is not str and (runner_id is not UNSET and runner_id is not None):
            raise NotConforming

        connect: Any = _d.pop("connect", UNSET)
        if type(connect) is dict:
            connect = ConfigSection._from_json(connect, _strict)
        elif connect is not UNSET and (connect is not None or _strict):
            raise NotConforming

        auth: Any = _d.pop("auth", UNSET)
        if type(auth) is dict:
            auth = ConfigSection._from_json(auth, _strict)
        elif auth is not UNSET and (auth is not None or _strict):
            raise NotConforming

        settings: Any = _d.pop("settings", UNSET)
        if type(settings) is dict:
            settings = ConfigSection._from_json(settings, _strict)
        elif settings is not UNSET and (settings is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            source_id=source_id,
            enabled=enabled,
            plugin_id=plugin_id,
            runner_id=runner_id,
            connect=connect,
            auth=auth,
            settings=settings,
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
                Field("enabled", "enabled", BOOLEAN, required=True),
                Field("plugin_id", "plugin_id", Nullable(STRING)),
                Field("runner_id", "runner_id", Nullable(STRING)),
                Field("connect", "connect", ModelOf(ConfigSection)),
                Field("auth", "auth", ModelOf(ConfigSection)),
                Field("settings", "settings", ModelOf(ConfigSection)),
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
