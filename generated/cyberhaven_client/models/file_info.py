from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    INTEGER,
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
class FileInfo:
    """File attributes.

    Attributes:
        name (str | Unset):
        extension (str | Unset):
        size (int | Unset):
        md5_hash (str | Unset):
        sha256_hash (str | Unset):
        created_at (datetime.datetime | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        owner (FileOwner | Unset): Owner of a file.
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    name: str | Unset = UNSET
    extension: str | Unset = UNSET
    size: int | Unset = UNSET
    md5_hash: str | Unset = UNSET
    sha256_hash: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    owner: FileOwner | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.name
        if _v is not UNSET:
            _out["name"] = _v
        _v = self.extension
        if _v is not UNSET:
            _out["extension"] = _v
        _v = self.size
        if _v is not UNSET:
            _out["size"] = _v
        _v = self.md5_hash
        if _v is not UNSET:
            _out["md5_hash"] = _v
        _v = self.sha256_hash
        if _v is not UNSET:
            _out["sha256_hash"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _out["created_at"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.modified_at
        if _v is not UNSET:
            _out["modified_at"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.owner
        if _v is not UNSET:
            _out["owner"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.custom_data
        if _v is not UNSET:
            _out["custom_data"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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
        if type(name) is not str and (name is not UNSET and (name is not None or _strict)):
            raise NotConforming

        extension: Any = _d.pop("extension", UNSET)
        if type(extension) is not str and (extension is not UNSET and (extension is not None or _strict)):
            raise NotConforming

        size: Any = _d.pop("size", UNSET)
        if type(size) is not int and (size is not UNSET and (size is not None or _strict)):
            raise NotConforming

        md5_hash: Any = _d.pop("md5_hash", UNSET)
        if type(md5_hash) is not str and (md5_hash is not UNSET and (md5_hash is not None or _strict)):
            raise NotConforming

        sha256_hash: Any = _d.pop("sha256_hash", UNSET)
        if type(sha256_hash) is not str and (sha256_hash is not UNSET and (sha256_hash is not None or _strict)):
            raise NotConforming

        created_at: Any = _d.pop("created_at", UNSET)
        if type(created_at) is str:
            created_at = parse_date_time(created_at)
        elif created_at is not UNSET and created_at is not None:
            raise NotConforming

        modified_at: Any = _d.pop("modified_at", UNSET)
        if type(modified_at) is str:
            modified_at = parse_date_time(modified_at)
        elif modified_at is not UNSET and modified_at is not None:
            raise NotConforming

        owner: Any = _d.pop("owner", UNSET)
        if type(owner) is dict:
            owner = FileOwner._from_json(owner, _strict)
        elif owner is not UNSET and (owner is not None or _strict):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            name=name,
            extension=extension,
            size=size,
            md5_hash=md5_hash,
            sha256_hash=sha256_hash,
            created_at=created_at,
            modified_at=modified_at,
            owner=owner,
            custom_data=custom_data,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("name", "name", STRING),
                Field("extension", "extension", STRING),
                Field("size", "size", INTEGER),
                Field("md5_hash", "md5_hash", STRING),
                Field("sha256_hash", "sha256_hash", STRING),
                Field("created_at", "created_at", Nullable(DATE_TIME)),
                Field("modified_at", "modified_at", Nullable(DATE_TIME)),
                Field("owner", "owner", ModelOf(FileOwner)),
                Field("custom_data", "custom_data", ModelOf(CustomData)),
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
from ..models.custom_data import CustomData
from ..models.file_owner import FileOwner
