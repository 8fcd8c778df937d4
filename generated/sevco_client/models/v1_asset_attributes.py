from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    ModelOf,
    ModelShape,
    null_item,
    parse_model,
)


@_attrs_define
class V1AssetAttributes:
    """Attributes by name, e.g. `hostname`, `fqdn`, `ips`, `mac_addresses`, `os`, `os_category`, `recent_users`."""

    additional_properties: dict[str, V1AttributeValue] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = {
            _key: _value.to_dict() if hasattr(_value, "to_dict") else _value
            for _key, _value in self.additional_properties.items()
        }
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
        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new()
        _model.additional_properties = {
            _key: V1AttributeValue._from_json(_value, _strict) if type(_value) is dict else null_item(_value, _strict)
            for _key, _value in _d.items()
        }
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(),
            extra=ModelOf(V1AttributeValue),
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V1AttributeValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V1AttributeValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported once its class exists rather than at the top: models may refer to each
# other in a cycle. (openapi-python-client imports them inside each method instead, which costs a relative import
# on every call: as much as parsing a small record.)
from ..models.v1_attribute_value import V1AttributeValue
