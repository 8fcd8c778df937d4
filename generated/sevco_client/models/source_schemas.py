from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class SourceSchemas:
    """One kind of source config, with the JSON Schemas of its sections.

    Attributes:
        info (SourceSchemaInfo | Unset):
        connect (SourceSchemasConnect | Unset):
        auth (SourceSchemasAuth | Unset):
        settings (SourceSchemasSettings | Unset):
    """

    info: SourceSchemaInfo | Unset = UNSET
    connect: SourceSchemasConnect | Unset = UNSET
    auth: SourceSchemasAuth | Unset = UNSET
    settings: SourceSchemasSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.info
        if _v is not UNSET:
            _out["info"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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
        info: Any = _d.pop("info", UNSET)
        if type(info) is dict:
            info = SourceSchemaInfo._from_json(info, _strict)
        elif info is not UNSET and (info is not None or _strict):
            raise NotConforming

        connect: Any = _d.pop("connect", UNSET)
        if type(connect) is dict:
            connect = SourceSchemasConnect._from_json(connect, _strict)
        elif connect is not UNSET and (connect is not None or _strict):
            raise NotConforming

        auth: Any = _d.pop("auth", UNSET)
        if type(auth) is dict:
            auth = SourceSchemasAuth._from_json(auth, _strict)
        elif auth is not UNSET and (auth is not None or _strict):
            raise NotConforming

        settings: Any = _d.pop("settings", UNSET)
        if type(settings) is dict:
            settings = SourceSchemasSettings._from_json(settings, _strict)
        elif settings is not UNSET and (settings is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            info=info,
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
                Field("info", "info", ModelOf(SourceSchemaInfo)),
                Field("connect", "connect", ModelOf(SourceSchemasConnect)),
                Field("auth", "auth", ModelOf(SourceSchemasAuth)),
                Field("settings", "settings", ModelOf(SourceSchemasSettings)),
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
from ..models.source_schema_info import SourceSchemaInfo
from ..models.source_schemas_auth import SourceSchemasAuth
from ..models.source_schemas_connect import SourceSchemasConnect
from ..models.source_schemas_settings import SourceSchemasSettings
