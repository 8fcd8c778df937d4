from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    EnumOf,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..models.streaming_destination_type import StreamingDestinationType, StreamingDestinationTypeValue
from ..models.streaming_encoding import StreamingEncoding, StreamingEncodingValue
from ..models.streaming_format import StreamingFormat, StreamingFormatValue
from ..types import UNSET, Unset


@_attrs_define
class CreateStreamingDestinationRequest:
    """Body of create_streaming_destination.

    Attributes:
        name (str):
        type_ (StreamingDestinationType): Kind of streaming destination; only HTTPS exists.
        format_ (StreamingFormat): `json` (one JSON document per delivery) or `json_lines` (one JSON object per line).
        https_config (HttpsConfig): Where and how deliveries are POSTed.
        description (str | Unset):
        encoding (StreamingEncoding | Unset): Body encoding of deliveries; `none` unless set.
    """

    name: str
    type_: StreamingDestinationType | StreamingDestinationTypeValue
    format_: StreamingFormat | StreamingFormatValue
    https_config: HttpsConfig
    description: str | Unset = UNSET
    encoding: StreamingEncoding | StreamingEncodingValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.name
        if _v is not UNSET:
            _out["name"] = _v
        _v = self.type_
        if _v is not UNSET:
            _out["type"] = _v.value if isinstance(_v, StreamingDestinationType) else _v
        _v = self.format_
        if _v is not UNSET:
            _out["format"] = _v.value if isinstance(_v, StreamingFormat) else _v
        _v = self.https_config
        if _v is not UNSET:
            _out["https_config"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.description
        if _v is not UNSET:
            _out["description"] = _v
        _v = self.encoding
        if _v is not UNSET:
            _out["encoding"] = _v.value if isinstance(_v, StreamingEncoding) else _v
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
        if type(name) is not str and (name is not None or _strict):
            raise NotConforming

        type_: Any = _d.pop("type", UNSET)
        if type(type_) is str:
            type_ = StreamingDestinationType._value2member_map_.get(type_, type_)
            if _strict and type(type_) is str:
                raise NotConforming
        elif type_ is not None or _strict:
            raise NotConforming

        format_: Any = _d.pop("format", UNSET)
        if type(format_) is str:
            format_ = StreamingFormat._value2member_map_.get(format_, format_)
            if _strict and type(format_) is str:
                raise NotConforming
        elif format_ is not None or _strict:
            raise NotConforming

        https_config: Any = _d.pop("https_config", UNSET)
        if type(https_config) is dict:
            https_config = HttpsConfig._from_json(https_config, _strict)
        elif https_config is not None or _strict:
            raise NotConforming

        description: Any = _d.pop("description", UNSET)
        if type(description) is not str and (description is not UNSET and (description is not None or _strict)):
            raise NotConforming

        encoding: Any = _d.pop("encoding", UNSET)
        if type(encoding) is str:
            encoding = StreamingEncoding._value2member_map_.get(encoding, encoding)
            if _strict and type(encoding) is str:
                raise NotConforming
        elif encoding is not UNSET and (encoding is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            name=name,
            type_=type_,
            format_=format_,
            https_config=https_config,
            description=description,
            encoding=encoding,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("name", "name", STRING, required=True),
                Field("type", "type_", EnumOf(StreamingDestinationType, open=False), required=True),
                Field("format", "format_", EnumOf(StreamingFormat, open=False), required=True),
                Field("https_config", "https_config", ModelOf(HttpsConfig), required=True),
                Field("description", "description", STRING),
                Field("encoding", "encoding", EnumOf(StreamingEncoding, open=False)),
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
