from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.streaming_destination_type import StreamingDestinationType
from ..models.streaming_encoding import StreamingEncoding
from ..models.streaming_format import StreamingFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.https_config import HttpsConfig


T = TypeVar("T", bound="CreateStreamingDestinationRequest")


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
    type_: StreamingDestinationType
    format_: StreamingFormat
    https_config: HttpsConfig
    description: str | Unset = UNSET
    encoding: StreamingEncoding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        format_ = self.format_.value

        https_config = self.https_config.to_dict()

        description = self.description

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "format": format_,
                "https_config": https_config,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if encoding is not UNSET:
            field_dict["encoding"] = encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.https_config import HttpsConfig  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = StreamingDestinationType(d.pop("type"))

        format_ = StreamingFormat(d.pop("format"))

        https_config = HttpsConfig.from_dict(d.pop("https_config"))

        description = d.pop("description", UNSET)

        _encoding = d.pop("encoding", UNSET)
        encoding: StreamingEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = StreamingEncoding(_encoding)

        create_streaming_destination_request = cls(
            name=name,
            type_=type_,
            format_=format_,
            https_config=https_config,
            description=description,
            encoding=encoding,
        )

        create_streaming_destination_request.additional_properties = d
        return create_streaming_destination_request

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
