from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    Field,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET


@_attrs_define
class ServiceAccountToken:
    """A service account's JWT.

    Attributes:
        token_type (str): The scheme word, `Bearer`.
        access_token (str): The JWT.
    """

    token_type: str
    access_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        from auth_plugins.secrets import masked_repr  # noqa: PLC0415 (models import nothing else of ours)

        return masked_repr(self, hidden=["access_token"])

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.token_type
        if _v is not UNSET:
            _out["token_type"] = _v
        _v = self.access_token
        if _v is not UNSET:
            _out["access_token"] = _v
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
        token_type: Any = _d.pop("token_type", UNSET)
        if type(token_type) is not str and (token_type is not None or _strict):
            raise NotConforming

        access_token: Any = _d.pop("access_token", UNSET)
        if type(access_token) is not str and (access_token is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            token_type=token_type,
            access_token=access_token,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("token_type", "token_type", STRING, required=True),
                Field("access_token", "access_token", STRING, required=True),
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
