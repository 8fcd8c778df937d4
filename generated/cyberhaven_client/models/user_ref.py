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
    Nullable,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class UserRef:
    """The user who acted (on an incident or an event).

    Attributes:
        id (str | Unset): Cyberhaven user id.
        local_username (str | Unset): OS login name on the endpoint.
        local_id (str | Unset): OS account id (e.g. a Windows SID).
        email (None | str | Unset): The user's email, when known.
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    id: str | Unset = UNSET
    local_username: str | Unset = UNSET
    local_id: str | Unset = UNSET
    email: str | None | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.local_username
        if _v is not UNSET:
            _out["local_username"] = _v
        _v = self.local_id
        if _v is not UNSET:
            _out["local_id"] = _v
        _v = self.email
        if _v is not UNSET:
            _out["email"] = _v
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
        id: Any = _d.pop("id", UNSET)
        if type(id) is not str and (id is not UNSET and (id is not None or _strict)):
            raise NotConforming

        local_username: Any = _d.pop("local_username", UNSET)
        if type(local_username) is not str and (
            local_username is not UNSET and (local_username is not None or _strict)
        ):
            raise NotConforming

        local_id: Any = _d.pop("local_id", UNSET)
        if type(local_id) is not str and (local_id is not UNSET and (local_id is not None or _strict)):
            raise NotConforming

        email: Any = _d.pop("email", UNSET)
        if type(email) is not str and (email is not UNSET and email is not None):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            local_username=local_username,
            local_id=local_id,
            email=email,
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
                Field("id", "id", STRING),
                Field("local_username", "local_username", STRING),
                Field("local_id", "local_id", STRING),
                Field("email", "email", Nullable(STRING)),
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
