from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    STRING,
    Field,
    ModelShape,
    NotConforming,
    parse_date_time,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class AwsCredentials:
    """Short-lived credentials for the runner's queue.

    Attributes:
        expiration (datetime.datetime | Unset):
        access_key_id (str | Unset):
        secret_key_id (str | Unset):
        session_token (str | Unset):
    """

    expiration: datetime.datetime | Unset = UNSET
    access_key_id: str | Unset = UNSET
    secret_key_id: str | Unset = UNSET
    session_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        from auth_plugins.secrets import masked_repr  # noqa: PLC0415 (models import nothing else of ours)

        return masked_repr(self, hidden=["secret_key_id", "session_token"])

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.expiration
        if _v is not UNSET:
            _out["expiration"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.access_key_id
        if _v is not UNSET:
            _out["access_key_id"] = _v
        _v = self.secret_key_id
        if _v is not UNSET:
            _out["secret_key_id"] = _v
        _v = self.session_token
        if _v is not UNSET:
            _out["session_token"] = _v
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
        expiration: Any = _d.pop("expiration", UNSET)
        if type(expiration) is str:
            expiration = parse_date_time(expiration)
        elif expiration is not UNSET and (expiration is not None or _strict):
            raise NotConforming

        access_key_id: Any = _d.pop("access_key_id", UNSET)
        if type(access_key_id) is not str and (access_key_id is not UNSET and (access_key_id is not None or _strict)):
            raise NotConforming

        secret_key_id: Any = _d.pop("secret_key_id", UNSET)
        if type(secret_key_id) is not str and (secret_key_id is not UNSET and (secret_key_id is not None or _strict)):
            raise NotConforming

        session_token: Any = _d.pop("session_token", UNSET)
        if type(session_token) is not str and (session_token is not UNSET and (session_token is not None or _strict)):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            expiration=expiration,
            access_key_id=access_key_id,
            secret_key_id=secret_key_id,
            session_token=session_token,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("expiration", "expiration", DATE_TIME),
                Field("access_key_id", "access_key_id", STRING),
                Field("secret_key_id", "secret_key_id", STRING),
                Field("session_token", "session_token", STRING),
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
