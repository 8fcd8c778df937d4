from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relative_time import RelativeTime


T = TypeVar("T", bound="BetweenValue")


@_attrs_define
class BetweenValue:
    """Inclusive bounds for the `between` operator.

    Attributes:
        greater_equals (float | RelativeTime | str | Unset):
        less_equals (float | RelativeTime | str | Unset):
    """

    greater_equals: float | RelativeTime | str | Unset = UNSET
    less_equals: float | RelativeTime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.relative_time import RelativeTime  # noqa: PLC0415

        greater_equals: dict[str, Any] | float | str | Unset
        if isinstance(self.greater_equals, Unset):
            greater_equals = UNSET
        elif isinstance(self.greater_equals, RelativeTime):
            greater_equals = self.greater_equals.to_dict()
        else:
            greater_equals = self.greater_equals

        less_equals: dict[str, Any] | float | str | Unset
        if isinstance(self.less_equals, Unset):
            less_equals = UNSET
        elif isinstance(self.less_equals, RelativeTime):
            less_equals = self.less_equals.to_dict()
        else:
            less_equals = self.less_equals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if greater_equals is not UNSET:
            field_dict["greater_equals"] = greater_equals
        if less_equals is not UNSET:
            field_dict["less_equals"] = less_equals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.relative_time import RelativeTime  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_greater_equals(data: object) -> float | RelativeTime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                greater_equals_type_2 = RelativeTime.from_dict(data)

                return greater_equals_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | RelativeTime | str | Unset, data)

        greater_equals = _parse_greater_equals(d.pop("greater_equals", UNSET))

        def _parse_less_equals(data: object) -> float | RelativeTime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                less_equals_type_2 = RelativeTime.from_dict(data)

                return less_equals_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | RelativeTime | str | Unset, data)

        less_equals = _parse_less_equals(d.pop("less_equals", UNSET))

        between_value = cls(
            greater_equals=greater_equals,
            less_equals=less_equals,
        )

        between_value.additional_properties = d
        return between_value

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
