from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    INTEGER,
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
class MatchedPolicy:
    """A policy that matched the data at this location.

    Attributes:
        policy_type (str | Unset):
        id (str | Unset):
        version (int | Unset):
        definition_rule_ids (list[str] | Unset):
        action_rule_id (str | Unset):
        matched_at (datetime.datetime | Unset):
    """

    policy_type: str | Unset = UNSET
    id: str | Unset = UNSET
    version: int | Unset = UNSET
    definition_rule_ids: list[str] | Unset = UNSET
    action_rule_id: str | Unset = UNSET
    matched_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.policy_type
        if _v is not UNSET:
            _out["policy_type"] = _v
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.version
        if _v is not UNSET:
            _out["version"] = _v
        _v = self.definition_rule_ids
        if _v is not UNSET:
            _out["definition_rule_ids"] = _v
        _v = self.action_rule_id
        if _v is not UNSET:
            _out["action_rule_id"] = _v
        _v = self.matched_at
        if _v is not UNSET:
            _out["matched_at"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
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
        policy_type: Any = _d.pop("policy_type", UNSET)
        if type(policy_type) is not str and (policy_type is not UNSET and (policy_type is not None or _strict)):
            raise NotConforming

        id: Any = _d.pop("id", UNSET)
        if type(id) is not str and (id is not UNSET and (id is not None or _strict)):
            raise NotConforming

        version: Any = _d.pop("version", UNSET)
        if type(version) is not int and (version is not UNSET and (version is not None or _strict)):
            raise NotConforming

        definition_rule_ids: Any = _d.pop("definition_rule_ids", UNSET)
        if type(definition_rule_ids) is list:
            for _i in definition_rule_ids:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif definition_rule_ids is not UNSET and (definition_rule_ids is not None or _strict):
            raise NotConforming

        action_rule_id: Any = _d.pop("action_rule_id", UNSET)
        if type(action_rule_id) is not str and (
            action_rule_id is not UNSET and (action_rule_id is not None or _strict)
        ):
            raise NotConforming

        matched_at: Any = _d.pop("matched_at", UNSET)
        if type(matched_at) is str:
            matched_at = parse_date_time(matched_at)
        elif matched_at is not UNSET and (matched_at is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            policy_type=policy_type,
            id=id,
            version=version,
            definition_rule_ids=definition_rule_ids,
            action_rule_id=action_rule_id,
            matched_at=matched_at,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("policy_type", "policy_type", STRING),
                Field("id", "id", STRING),
                Field("version", "version", INTEGER),
                Field("definition_rule_ids", "definition_rule_ids", ListOf(STRING)),
                Field("action_rule_id", "action_rule_id", STRING),
                Field("matched_at", "matched_at", DATE_TIME),
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
