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
class IntegrationConfigInput:
    """
    Attributes:
        access_config_id (str):
        config_set (ConfigSet): Which schema a config follows, and its sections.
        enabled (bool):
        label (None | str | Unset):
    """

    access_config_id: str
    config_set: ConfigSet
    enabled: bool
    label: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.access_config_id
        if _v is not UNSET:
            _out["access_config_id"] = _v
        _v = self.config_set
        if _v is not UNSET:
            _out["config_set"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.enabled
        if _v is not UNSET:
            _out["enabled"] = _v
        _v = self.label
        if _v is not UNSET:
            _out["label"] = _v
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
        access_config_id: Any = _d.pop("access_config_id", UNSET)
        if type(access_config_id) is not str and (access_config_id is not None or _strict):
            raise NotConforming

        config_set: Any = _d.pop("config_set", UNSET)
        if type(config_set) is dict:
            config_set = ConfigSet._from_json(config_set, _strict)
        elif config_set is not None or _strict:
            raise NotConforming

        enabled: Any = _d.pop("enabled", UNSET)
        if type(enabled) is not bool and (enabled is not None or _strict):
            raise NotConforming

        label: Any = _d.pop("label", UNSET)
        if type(label) is not str and (label is not UNSET and label is not None):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            access_config_id=access_config_id,
            config_set=config_set,
            enabled=enabled,
            label=label,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("access_config_id", "access_config_id", STRING, required=True),
                Field("config_set", "config_set", ModelOf(ConfigSet), required=True),
                Field("enabled", "enabled", BOOLEAN, required=True),
                Field("label", "label", Nullable(STRING)),
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
from ..models.config_set import ConfigSet
