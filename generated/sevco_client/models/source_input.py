from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    STRING,
    Field,
    ModelShape,
    NotConforming,
    Nullable,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class SourceInput:
    """The editable fields of a source.

    Attributes:
        source_type (str): Machine name of the source, e.g. `crowdstrike`.
        is_cloud (bool):
        is_public (bool): Offered to every organisation (true) or private to the owner.
        display_name (str):
        icon (None | str | Unset): URL of the source's icon.
    """

    source_type: str
    is_cloud: bool
    is_public: bool
    display_name: str
    icon: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.source_type
        if _v is not UNSET:
            _out["source_type"] = _v
        _v = self.is_cloud
        if _v is not UNSET:
            _out["is_cloud"] = _v
        _v = self.is_public
        if _v is not UNSET:
            _out["is_public"] = _v
        _v = self.display_name
        if _v is not UNSET:
            _out["display_name"] = _v
        _v = self.icon
        if _v is not UNSET:
            _out["icon"] = _v
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
        source_type: Any = _d.pop("source_type", UNSET)
        if type(source_type) is not str and (source_type is not None or _strict):
            raise NotConforming

        is_cloud: Any = _d.pop("is_cloud", UNSET)
        if type(is_cloud) is not bool and (is_cloud is not None or _strict):
            raise NotConforming

        is_public: Any = _d.pop("is_public", UNSET)
        if type(is_public) is not bool and (is_public is not None or _strict):
            raise NotConforming

        display_name: Any = _d.pop("display_name", UNSET)
        if type(display_name) is not str and (display_name is not None or _strict):
            raise NotConforming

        icon: Any = _d.pop("icon", UNSET)
        if type(icon) is not str and (icon is not UNSET and icon is not None):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            source_type=source_type,
            is_cloud=is_cloud,
            is_public=is_public,
            display_name=display_name,
            icon=icon,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("source_type", "source_type", STRING, required=True),
                Field("is_cloud", "is_cloud", BOOLEAN, required=True),
                Field("is_public", "is_public", BOOLEAN, required=True),
                Field("display_name", "display_name", STRING, required=True),
                Field("icon", "icon", Nullable(STRING)),
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
