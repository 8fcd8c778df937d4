from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    Field,
    ListOf,
    ModelShape,
    NotConforming,
    Nullable,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class OAuthSettings:
    """The OAuth client and endpoints of a source.

    Attributes:
        client_id (str):
        client_secret (str):
        scope (list[str]):
        initial_url (str):
        token_url (str):
        revoke_url (str):
        finalize_url (None | str | Unset):
    """

    client_id: str
    client_secret: str
    scope: list[str]
    initial_url: str
    token_url: str
    revoke_url: str
    finalize_url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        from auth_plugins.secrets import masked_repr  # noqa: PLC0415 (models import nothing else of ours)

        return masked_repr(self, hidden=["client_secret"])

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.client_id
        if _v is not UNSET:
            _out["client_id"] = _v
        _v = self.client_secret
        if _v is not UNSET:
            _out["client_secret"] = _v
        _v = self.scope
        if _v is not UNSET:
            _out["scope"] = _v
        _v = self.initial_url
        if _v is not UNSET:
            _out["initial_url"] = _v
        _v = self.token_url
        if _v is not UNSET:
            _out["token_url"] = _v
        _v = self.revoke_url
        if _v is not UNSET:
            _out["revoke_url"] = _v
        _v = self.finalize_url
        if _v is not UNSET:
            _out["finalize_url"] = _v
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
        client_id: Any = _d.pop("client_id", UNSET)
        if type(client_id) is not str and (client_id is not None or _strict):
            raise NotConforming

        client_secret: Any = _d.pop("client_secret", UNSET)
        if type(client_secret) is not str and (client_secret is not None or _strict):
            raise NotConforming

        scope: Any = _d.pop("scope", UNSET)
        if type(scope) is list:
            for _i in scope:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif scope is not None or _strict:
            raise NotConforming

        initial_url: Any = _d.pop("initial_url", UNSET)
        if type(initial_url) is not str and (initial_url is not None or _strict):
            raise NotConforming

        token_url: Any = _d.pop("token_url", UNSET)
        if type(token_url) is not str and (token_url is not None or _strict):
            raise NotConforming

        revoke_url: Any = _d.pop("revoke_url", UNSET)
        if type(revoke_url) is not str and (revoke_url is not None or _strict):
            raise NotConforming

        finalize_url: Any = _d.pop("finalize_url", UNSET)
        if type(finalize_url) is not str and (finalize_url is not UNSET and finalize_url is not None):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            client_id=client_id,
            client_secret=client_secret,
            scope=scope,
            initial_url=initial_url,
            token_url=token_url,
            revoke_url=revoke_url,
            finalize_url=finalize_url,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("client_id", "client_id", STRING, required=True),
                Field("client_secret", "client_secret", STRING, required=True),
                Field("scope", "scope", ListOf(STRING), required=True),
                Field("initial_url", "initial_url", STRING, required=True),
                Field("token_url", "token_url", STRING, required=True),
                Field("revoke_url", "revoke_url", STRING, required=True),
                Field("finalize_url", "finalize_url", Nullable(STRING)),
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
