from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operator import Operator
from ..models.rule_scope import RuleScope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.between_value import BetweenValue
    from ..models.relative_time import RelativeTime
    from ..models.tag_value import TagValue


T = TypeVar("T", bound="Rule")


@_attrs_define
class Rule:
    """One condition on one field of one entity type.

    Attributes:
        entity_type (str): Entity the field belongs to, e.g. `device`, `user`, `exp_vuln`.
        field (str): Field name. Seen: `hostnames, ips, usernames, id, asset_classification.category, controls,
            last_activity_timestamp, os_end_of_life_timestamp, mac_manufacturers, source_ids, tag_name, source_count`.
        operator (Operator): Rule operator. `like` takes `*` as a wildcard; `between` takes a `BetweenValue`. These are
            the operators seen in public integrations; the service may know more.
        value (BetweenValue | bool | float | RelativeTime | str | TagValue): The operand of a rule: a string, number or
            boolean, or one of the structured values seen (relative time, tag, between bounds).
        scope (RuleScope | Unset): Seen only as `ALL` (the rule must hold across all of an asset's sources).
        valid (bool | Unset): Set by the Sevco UI query builder when the rule is complete.
    """

    entity_type: str
    field: str
    operator: Operator
    value: BetweenValue | bool | float | RelativeTime | str | TagValue
    scope: RuleScope | Unset = UNSET
    valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.between_value import BetweenValue  # noqa: PLC0415
        from ..models.relative_time import RelativeTime  # noqa: PLC0415
        from ..models.tag_value import TagValue  # noqa: PLC0415

        entity_type = self.entity_type

        field = self.field

        operator = self.operator.value

        value: bool | dict[str, Any] | float | str
        if isinstance(self.value, RelativeTime):
            value = self.value.to_dict()
        elif isinstance(self.value, TagValue):
            value = self.value.to_dict()
        elif isinstance(self.value, BetweenValue):
            value = self.value.to_dict()
        else:
            value = self.value

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_type": entity_type,
                "field": field,
                "operator": operator,
                "value": value,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if valid is not UNSET:
            field_dict["valid"] = valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.between_value import BetweenValue  # noqa: PLC0415
        from ..models.relative_time import RelativeTime  # noqa: PLC0415
        from ..models.tag_value import TagValue  # noqa: PLC0415

        d = dict(src_dict)
        entity_type = d.pop("entity_type")

        field = d.pop("field")

        operator = Operator(d.pop("operator"))

        def _parse_value(data: object) -> BetweenValue | bool | float | RelativeTime | str | TagValue:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_rule_value_type_3 = RelativeTime.from_dict(data)

                return componentsschemas_rule_value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_rule_value_type_4 = TagValue.from_dict(data)

                return componentsschemas_rule_value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_rule_value_type_5 = BetweenValue.from_dict(data)

                return componentsschemas_rule_value_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BetweenValue | bool | float | RelativeTime | str | TagValue, data)

        value = _parse_value(d.pop("value"))

        _scope = d.pop("scope", UNSET)
        scope: RuleScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = RuleScope(_scope)

        valid = d.pop("valid", UNSET)

        rule = cls(
            entity_type=entity_type,
            field=field,
            operator=operator,
            value=value,
            scope=scope,
            valid=valid,
        )

        rule.additional_properties = d
        return rule

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
