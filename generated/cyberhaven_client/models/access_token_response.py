from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    INTEGER,
    STRING,
    Field,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class AccessTokenResponse:
    """A bearer access token.

    Attributes:
        access_token (str): Send as `Authorization: Bearer <access_token>`.
        token_type (str | Unset): "Bearer" (seen in the XSOAR fixture; the vendor doc does not show it).
        expires_in (int | Unset): Lifetime in seconds (900 = 15 minutes).
    """

    access_token: str
    token_type: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        from auth_plugins.secrets import masked_repr  # noqa: PLC0415 (models import nothing else of ours)

        return masked_repr(self, hidden=["access_token"])

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.access_token
        if _v is not UNSET:
            _out["access_token"] = _v
        _v = self.token_type
        if _v is not UNSET:
            _out["token_type"] = _v
        _v = self.expires_in
        if _v is not UNSET:
            _out["expires_in"] = _v
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
        access_token: Any = _d.pop("access_token", UNSET)
        if type(access_token) is not str and (access_token is not None or _strict):
            raise NotConforming

        token_type: Any = _d.pop("token_type", UNSET)
        if type(token_type) is not str and (token_type is not UNSET and (token_type is not None or _strict)):
            raise NotConforming

        expires_in: Any = _d.pop("expires_in", UNSET)
        if type(expires_in) is not int and (expires_in is not UNSET and (expires_in is not None or _strict)):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("access_token", "access_token", STRING, required=True),
                Field("token_type", "token_type", STRING),
                Field("expires_in", "expires_in", INTEGER),
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
