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
    Nullable,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class ConfigSet:
    """Which schema a config follows, and its sections.

    Attributes:
        schema_id (str):
        auth (ConfigSetAuthType0 | None | Unset):
        connect (ConfigSetConnectType0 | None | Unset):
        settings (ConfigSetSettingsType0 | None | Unset):
    """

    schema_id: str
    auth: ConfigSetAuthType0 | None | Unset = UNSET
    connect: ConfigSetConnectType0 | None | Unset = UNSET
    settings: ConfigSetSettingsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.schema_id
        if _v is not UNSET:
            _out["schema_id"] = _v
        _v = self.auth
        if _v is not UNSET:
            _out["auth"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.connect
        if _v is not UNSET:
            _out["connect"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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
        schema_id: Any = _d.pop("schema_id", UNSET)
        if type(schema_id) is not str and (schema_id is not None or _strict):
            raise NotConforming

        auth: Any = _d.pop("auth", UNSET)
        if type(auth) is dict:
            auth = ConfigSetAuthType0._from_json(auth, _strict)
        elif auth is not UNSET and auth is not None:
            raise NotConforming

        connect: Any = _d.pop("connect", UNSET)
        if type(connect) is dict:
            connect = ConfigSetConnectType0._from_json(connect, _strict)
        elif connect is not UNSET and connect is not None:
            raise NotConforming

        settings: Any = _d.pop("settings", UNSET)
        if type(settings) is dict:
            settings = ConfigSetSettingsType0._from_json(settings, _strict)
        elif settings is not UNSET and settings is not None:
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            schema_id=schema_id,
            auth=auth,
            connect=connect,
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
                Field("schema_id", "schema_id", STRING, required=True),
                Field("auth", "auth", Nullable(ModelOf(ConfigSetAuthType0))),
                Field("connect", "connect", Nullable(ModelOf(ConfigSetConnectType0))),
                Field("settings", "settings", Nullable(ModelOf(ConfigSetSettingsType0))),
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
from ..models.config_set_auth_type_0 import ConfigSetAuthType0
from ..models.config_set_connect_type_0 import ConfigSetConnectType0
from ..models.config_set_settings_type_0 import ConfigSetSettingsType0
