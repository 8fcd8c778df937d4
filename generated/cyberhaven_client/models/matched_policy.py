from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MatchedPolicy")


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
        policy_type = self.policy_type

        id = self.id

        version = self.version

        definition_rule_ids: list[str] | Unset = UNSET
        if not isinstance(self.definition_rule_ids, Unset):
            definition_rule_ids = self.definition_rule_ids

        action_rule_id = self.action_rule_id

        matched_at: str | Unset = UNSET
        if not isinstance(self.matched_at, Unset):
            matched_at = self.matched_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_type is not UNSET:
            field_dict["policy_type"] = policy_type
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if definition_rule_ids is not UNSET:
            field_dict["definition_rule_ids"] = definition_rule_ids
        if action_rule_id is not UNSET:
            field_dict["action_rule_id"] = action_rule_id
        if matched_at is not UNSET:
            field_dict["matched_at"] = matched_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        policy_type = d.pop("policy_type", UNSET)

        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        definition_rule_ids = cast(list[str], d.pop("definition_rule_ids", UNSET))

        action_rule_id = d.pop("action_rule_id", UNSET)

        _matched_at = d.pop("matched_at", UNSET)
        matched_at: datetime.datetime | Unset
        if isinstance(_matched_at, Unset):
            matched_at = UNSET
        else:
            matched_at = datetime.datetime.fromisoformat(_matched_at)

        matched_policy = cls(
            policy_type=policy_type,
            id=id,
            version=version,
            definition_rule_ids=definition_rule_ids,
            action_rule_id=action_rule_id,
            matched_at=matched_at,
        )

        matched_policy.additional_properties = d
        return matched_policy

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
