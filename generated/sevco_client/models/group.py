from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.combinator import Combinator

if TYPE_CHECKING:
    from ..models.rule import Rule


T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """Rules and nested groups combined with `and` or `or` (recursive).

    Attributes:
        combinator (Combinator): How the rules of a group combine.
        rules (list[Group | Rule]):
    """

    combinator: Combinator
    rules: list[Group | Rule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule import Rule  # noqa: PLC0415

        combinator = self.combinator.value

        rules = []
        for rules_item_data in self.rules:
            rules_item: dict[str, Any]
            if isinstance(rules_item_data, Rule):
                rules_item = rules_item_data.to_dict()
            else:
                rules_item = rules_item_data.to_dict()

            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "combinator": combinator,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule import Rule  # noqa: PLC0415

        d = dict(src_dict)
        combinator = Combinator(d.pop("combinator"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:

            def _parse_rules_item(data: object) -> Group | Rule:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_group_item_type_0 = Rule.from_dict(data)

                    return componentsschemas_group_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_group_item_type_1 = Group.from_dict(data)

                return componentsschemas_group_item_type_1

            rules_item = _parse_rules_item(rules_item_data)

            rules.append(rules_item)

        group = cls(
            combinator=combinator,
            rules=rules,
        )

        group.additional_properties = d
        return group

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
