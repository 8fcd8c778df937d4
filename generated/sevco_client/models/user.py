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
    ListOf,
    ModelShape,
    NotConforming,
    parse_date_time,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class User:
    """A user of the organisation (an Auth0-style profile).

    Attributes:
        email (str):
        name (str | Unset):
        nickname (str | Unset):
        picture (str | Unset): URL of the user's avatar.
        roles (list[str] | Unset): Names of the user's roles.
        created (datetime.datetime | Unset):
    """

    email: str
    name: str | Unset = UNSET
    nickname: str | Unset = UNSET
    picture: str | Unset = UNSET
    roles: list[str] | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.email
        if _v is not UNSET:
            _out["email"] = _v
        _v = self.name
        if _v is not UNSET:
            _out["name"] = _v
        _v = self.nickname
        if _v is not UNSET:
            _out["nickname"] = _v
        _v = self.picture
        if _v is not UNSET:
            _out["picture"] = _v
        _v = self.roles
        if _v is not UNSET:
            _out["roles"] = _v
        _v = self.created
        if _v is not UNSET:
            _out["created"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
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
        email: Any = _d.pop("email", UNSET)
        if type(email) is not str and (email is not None or _strict):
            raise NotConforming

        name: Any = _d.pop("name", UNSET)
        if type(name) is not str and (name is not UNSET and (name is not None or _strict)):
            raise NotConforming

        nickname: Any = _d.pop("nickname", UNSET)
        if type(nickname) is not str and (nickname is not UNSET and (nickname is not None or _strict)):
            raise NotConforming

        picture: Any = _d.pop("picture", UNSET)
        if type(picture) is not str and (picture is not UNSET and (picture is not None or _strict)):
            raise NotConforming

        roles: Any = _d.pop("roles", UNSET)
        if type(roles) is list:
            for _i in roles:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif roles is not UNSET and (roles is not None or _strict):
            raise NotConforming

        created: Any = _d.pop("created", UNSET)
        if type(created) is str:
            created = parse_date_time(created)
        elif created is not UNSET and (created is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            email=email,
            name=name,
            nickname=nickname,
            picture=picture,
            roles=roles,
            created=created,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("email", "email", STRING, required=True),
                Field("name", "name", STRING),
                Field("nickname", "nickname", STRING),
                Field("picture", "picture", STRING),
                Field("roles", "roles", ListOf(STRING)),
                Field("created", "created", DATE_TIME),
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
