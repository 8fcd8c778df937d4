from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    STRING,
    EnumOf,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_date_time,
    parse_model,
)

from ..models.streaming_destination_type import StreamingDestinationType
from ..models.streaming_encoding import StreamingEncoding
from ..models.streaming_format import StreamingFormat
from ..types import UNSET, Unset


@_attrs_define
class StreamingDestination:
    """A streaming destination as stored.

    Attributes:
        id (str):
        name (str | Unset):
        description (str | Unset):
        type_ (str | StreamingDestinationType | Unset):
        format_ (str | StreamingFormat | Unset):
        encoding (str | StreamingEncoding | Unset):
        https_config (HttpsConfig | Unset): Where and how deliveries are POSTed.
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: StreamingDestinationType | str | Unset = UNSET
    format_: StreamingFormat | str | Unset = UNSET
    encoding: StreamingEncoding | str | Unset = UNSET
    https_config: HttpsConfig | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _out["name"] = _v
        _v = self.description
        if _v is not UNSET:
            _out["description"] = _v
        _v = self.type_
        if _v is not UNSET:
            _out["type"] = _v.value if isinstance(_v, StreamingDestinationType) else _v
        _v = self.format_
        if _v is not UNSET:
            _out["format"] = _v.value if isinstance(_v, StreamingFormat) else _v
        _v = self.encoding
        if _v is not UNSET:
            _out["encoding"] = _v.value if isinstance(_v, StreamingEncoding) else _v
        _v = self.https_config
        if _v is not UNSET:
            _out["https_config"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.created_at
        if _v is not UNSET:
            _out["created_at"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.updated_at
        if _v is not UNSET:
            _out["updated_at"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
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

        name: Any = _d.pop("name", UNSET)
        if type(name) is not str and (name is not UNSET and (name is not None or _strict)):
            raise NotConforming

        description: Any = _d.pop("description", UNSET)
        if type(description) is not str and (description is not UNSET and (description is not None or _strict)):
            raise NotConforming

        type_: Any = _d.pop("type", UNSET)
        if type(type_) is str:
            type_ = StreamingDestinationType._value2member_map_.get(type_, type_)
        elif type_ is not UNSET and (type_ is not None or _strict):
            raise NotConforming

        format_: Any = _d.pop("format", UNSET)
        if type(format_) is str:
            format_ = StreamingFormat._value2member_map_.get(format_, format_)
        elif format_ is not UNSET and (format_ is not None or _strict):
            raise NotConforming

        encoding: Any = _d.pop("encoding", UNSET)
        if type(encoding) is str:
            encoding = StreamingEncoding._value2member_map_.get(encoding, encoding)
        elif encoding is not UNSET and (encoding is not None or _strict):
            raise NotConforming

        https_config: Any = _d.pop("https_config", UNSET)
        if type(https_config) is dict:
            https_config = HttpsConfig._from_json(https_config, _strict)
        elif https_config is not UNSET and (https_config is not None or _strict):
            raise NotConforming

        created_at: Any = _d.pop("created_at", UNSET)
        if type(created_at) is str:
            created_at = parse_date_time(created_at)
        elif created_at is not UNSET and (created_at is not None or _strict):
            raise NotConforming

        updated_at: Any = _d.pop("updated_at", UNSET)
        if type(updated_at) is str:
            updated_at = parse_date_time(updated_at)
        elif updated_at is not UNSET and (updated_at is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            name=name,
            description=description,
            type_=type_,
            format_=format_,
            encoding=encoding,
            https_config=https_config,
            created_at=created_at,
            updated_at=updated_at,
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
                Field("name", "name", STRING),
                Field("description", "description", STRING),
                Field("type", "type_", EnumOf(StreamingDestinationType, open=True)),
                Field("format", "format_", EnumOf(StreamingFormat, open=True)),
                Field("encoding", "encoding", EnumOf(StreamingEncoding, open=True)),
                Field("https_config", "https_config", ModelOf(HttpsConfig)),
                Field("created_at", "created_at", DATE_TIME),
                Field("updated_at", "updated_at", DATE_TIME),
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
from ..models.https_config import HttpsConfig
