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
class UserAttributes:
    """Merged user attributes. Only some are listed; others are kept as they come.

    Attributes:
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        emails (list[str] | Unset):
        usernames (list[str] | Unset): The user's account names across sources.
    """

    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    emails: list[str] | Unset = UNSET
    usernames: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.first_name
        if _v is not UNSET:
            _out["first_name"] = _v
        _v = self.last_name
        if _v is not UNSET:
            _out["last_name"] = _v
        _v = self.emails
        if _v is not UNSET:
            _out["emails"] = _v
        _v = self.usernames
        if _v is not UNSET:
            _out["usernames"] = _v
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
        first_name: Any = _d.pop("first_name", UNSET)
        if type(first_name) is not str and (first_name is not UNSET and first_name is not None):
            raise NotConforming

        last_name: Any = _d.pop("last_name", UNSET)
        if type(last_name) is not str and (last_name is not UNSET and last_name is not None):
            raise NotConforming

        emails: Any = _d.pop("emails", UNSET)
        if type(emails) is list:
            for _i in emails:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif emails is not UNSET and (emails is not None or _strict):
            raise NotConforming

        usernames: Any = _d.pop("usernames", UNSET)
        if type(usernames) is list:
            for _i in usernames:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif usernames is not UNSET and (usernames is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            first_name=first_name,
            last_name=last_name,
            emails=emails,
            usernames=usernames,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("first_name", "first_name", Nullable(STRING)),
                Field("last_name", "last_name", Nullable(STRING)),
                Field("emails", "emails", ListOf(STRING)),
                Field("usernames", "usernames", ListOf(STRING)),
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
