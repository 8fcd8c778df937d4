from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class CloudApp:
    """A cloud application and the account used in it.

    Attributes:
        provider (str | Unset):
        name (str | Unset):
        user_name (str | Unset):
        user_email (str | Unset): Account used in the cloud app (often a personal address).
        instance_id (str | Unset):
        instance_name (str | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    provider: str | Unset = UNSET
    name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.provider
        if _v is not UNSET:
            _out["provider"] = _v
        _v = self.name
        if _v is not UNSET:
            _out["name"] = _v
        _v = self.user_name
        if _v is not UNSET:
            _out["user_name"] = _v
        _v = self.user_email
        if _v is not UNSET:
            _out["user_email"] = _v
        _v = self.instance_id
        if _v is not UNSET:
            _out["instance_id"] = _v
        _v = self.instance_name
        if _v is not UNSET:
            _out["instance_name"] = _v
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
        provider: Any = _d.pop("provider", UNSET)
        if type(provider) is not str and (provider is not UNSET and (provider is not None or _strict)):
            raise NotConforming

        name: Any = _d.pop("name", UNSET)
        if type(name) is not str and (name is not UNSET and (name is not None or _strict)):
            raise NotConforming

        user_name: Any = _d.pop("user_name", UNSET)
        if type(user_name) is not str and (user_name is not UNSET and (user_name is not None or _strict)):
            raise NotConforming

        user_email: Any = _d.pop("user_email", UNSET)
        if type(user_email) is not str and (user_email is not UNSET and (user_email is not None or _strict)):
            raise NotConforming

        instance_id: Any = _d.pop("instance_id", UNSET)
        if type(instance_id) is not str and (instance_id is not UNSET and (instance_id is not None or _strict)):
            raise NotConforming

        instance_name: Any = _d.pop("instance_name", UNSET)
        if type(instance_name) is not str and (instance_name is not UNSET and (instance_name is not None or _strict)):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            provider=provider,
            name=name,
            user_name=user_name,
            user_email=user_email,
            instance_id=instance_id,
            instance_name=instance_name,
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
                Field("provider", "provider", STRING),
                Field("name", "name", STRING),
                Field("user_name", "user_name", STRING),
                Field("user_email", "user_email", STRING),
                Field("instance_id", "instance_id", STRING),
                Field("instance_name", "instance_name", STRING),
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
