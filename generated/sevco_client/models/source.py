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
    ModelShape,
    NotConforming,
    Nullable,
    parse_date_time,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class Source:
    """An integration source of the catalog.

    Attributes:
        id (str):
        source_type (str | Unset): Machine name of the source, e.g. `crowdstrike`, `microsoft_intune`, `okta`.
        is_cloud (bool | Unset):
        owner (str | Unset): Who owns the source (`sevco` or an organisation id).
        is_public (bool | Unset):
        display_name (str | Unset):
        icon (None | str | Unset):
        created_timestamp (datetime.datetime | Unset):
        last_updated_timestamp (datetime.datetime | Unset):
    """

    id: str
    source_type: str | Unset = UNSET
    is_cloud: bool | Unset = UNSET
    owner: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    icon: str | None | Unset = UNSET
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
        _v = self.source_type
        if _v is not UNSET:
            _out["source_type"] = _v
        _v = self.is_cloud
        if _v is not UNSET:
            _out["is_cloud"] = _v
        _v = self.owner
        if _v is not UNSET:
            _out["owner"] = _v
        _v = self.is_public
        if _v is not UNSET:
            _out["is_public"] = _v
        _v = self.display_name
        if _v is not UNSET:
            _out["display_name"] = _v
        _v = self.icon
        if _v is not UNSET:
            _out["icon"] = _v
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

        source_type: Any = _d.pop("source_type", UNSET)
        if type(source_type) is not str and (source_type is not UNSET and (source_type is not None or _strict)):
            raise NotConforming

        is_cloud: Any = _d.pop("is_cloud", UNSET)
        if type(is_cloud) is not bool and (is_cloud is not UNSET and (is_cloud is not None or _strict)):
            raise NotConforming

        owner: Any = _d.pop("owner", UNSET)
        if type(owner) is not str and (owner is not UNSET and (owner is not None or _strict)):
            raise NotConforming

        is_public: Any = _d.pop("is_public", UNSET)
        if type(is_public) is not bool and (is_public is not UNSET and (is_public is not None or _strict)):
            raise NotConforming

        display_name: Any = _d.pop("display_name", UNSET)
        if type(display_name) is not str and (display_name is not UNSET and (display_name is not None or _strict)):
            raise NotConforming

        icon: Any = _d.pop("icon", UNSET)
        if type(icon) is not str and (icon is not UNSET and icon is not None):
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
            source_type=source_type,
            is_cloud=is_cloud,
            owner=owner,
            is_public=is_public,
            display_name=display_name,
            icon=icon,
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
                Field("source_type", "source_type", STRING),
                Field("is_cloud", "is_cloud", BOOLEAN),
                Field("owner", "owner", STRING),
                Field("is_public", "is_public", BOOLEAN),
                Field("display_name", "display_name", STRING),
                Field("icon", "icon", Nullable(STRING)),
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
