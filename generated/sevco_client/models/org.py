from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
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
class Org:
    """An organisation (tenant).

    Attributes:
        id (str): Organisation id, normally a UUID; kept a plain string because the vendor's own example holds one that
            is not a valid UUID (`12345678-abcd-efgh-9101-0987654321gh`).
        org_name (str | Unset):
        org_slug (str | Unset):
        created (datetime.datetime | Unset):
        mfa_enabled (bool | Unset):
        mfa_enforced (bool | Unset):
    """

    id: str
    org_name: str | Unset = UNSET
    org_slug: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    mfa_enabled: bool | Unset = UNSET
    mfa_enforced: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.org_name
        if _v is not UNSET:
            _out["org_name"] = _v
        _v = self.org_slug
        if _v is not UNSET:
            _out["org_slug"] = _v
        _v = self.created
        if _v is not UNSET:
            _out["created"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.mfa_enabled
        if _v is not UNSET:
            _out["mfa_enabled"] = _v
        _v = self.mfa_enforced
        if _v is not UNSET:
            _out["mfa_enforced"] = _v
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
        if type(id) is not str and (id is not None or _strict):
            raise NotConforming

        org_name: Any = _d.pop("org_name", UNSET)
        if type(org_name) is not str and (org_name is not UNSET and (org_name is not None or _strict)):
            raise NotConforming

        org_slug: Any = _d.pop("org_slug", UNSET)
        if type(org_slug) is not str and (org_slug is not UNSET and (org_slug is not None or _strict)):
            raise NotConforming

        created: Any = _d.pop("created", UNSET)
        if type(created) is str:
            created = parse_date_time(created)
        elif created is not UNSET and (created is not None or _strict):
            raise NotConforming

        mfa_enabled: Any = _d.pop("mfa_enabled", UNSET)
        if type(mfa_enabled) is not bool and (mfa_enabled is not UNSET and (mfa_enabled is not None or _strict)):
            raise NotConforming

        mfa_enforced: Any = _d.pop("mfa_enforced", UNSET)
        if type(mfa_enforced) is not bool and (mfa_enforced is not UNSET and (mfa_enforced is not None or _strict)):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            org_name=org_name,
            org_slug=org_slug,
            created=created,
            mfa_enabled=mfa_enabled,
            mfa_enforced=mfa_enforced,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("id", "id", STRING, required=True),
                Field("org_name", "org_name", STRING),
                Field("org_slug", "org_slug", STRING),
                Field("created", "created", DATE_TIME),
                Field("mfa_enabled", "mfa_enabled", BOOLEAN),
                Field("mfa_enforced", "mfa_enforced", BOOLEAN),
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
