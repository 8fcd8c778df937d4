from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.streaming_destination_type import StreamingDestinationType
from ..models.streaming_encoding import StreamingEncoding
from ..models.streaming_format import StreamingFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.https_config import HttpsConfig


T = TypeVar("T", bound="StreamingDestination")


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
    type_: str | StreamingDestinationType | Unset = UNSET
    format_: str | StreamingFormat | Unset = UNSET
    encoding: str | StreamingEncoding | Unset = UNSET
    https_config: HttpsConfig | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, StreamingDestinationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        format_: str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, StreamingFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        encoding: str | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        elif isinstance(self.encoding, StreamingEncoding):
            encoding = self.encoding.value
        else:
            encoding = self.encoding

        https_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.https_config, Unset):
            https_config = self.https_config.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if https_config is not UNSET:
            field_dict["https_config"] = https_config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.https_config import HttpsConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_type_(data: object) -> str | StreamingDestinationType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = StreamingDestinationType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StreamingDestinationType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_format_(data: object) -> str | StreamingFormat | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_0 = StreamingFormat(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StreamingFormat | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_encoding(data: object) -> str | StreamingEncoding | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                encoding_type_0 = StreamingEncoding(data)

                return encoding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StreamingEncoding | Unset, data)

        encoding = _parse_encoding(d.pop("encoding", UNSET))

        _https_config = d.pop("https_config", UNSET)
        https_config: HttpsConfig | Unset
        if isinstance(_https_config, Unset):
            https_config = UNSET
        else:
            https_config = HttpsConfig.from_dict(_https_config)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        streaming_destination = cls(
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

        streaming_destination.additional_properties = d
        return streaming_destination

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
