from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExposureAttributes")


@_attrs_define
class ExposureAttributes:
    """Exposure/vulnerability attributes. Only some are listed; others are kept as they come.

    Attributes:
        name (None | str | Unset):
        effective_severity (float | None | Unset): Severity after Sevco's adjustments, 0 to 10.
    """

    name: None | str | Unset = UNSET
    effective_severity: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        effective_severity: float | None | Unset
        if isinstance(self.effective_severity, Unset):
            effective_severity = UNSET
        else:
            effective_severity = self.effective_severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if effective_severity is not UNSET:
            field_dict["effective_severity"] = effective_severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_effective_severity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        effective_severity = _parse_effective_severity(d.pop("effective_severity", UNSET))

        exposure_attributes = cls(
            name=name,
            effective_severity=effective_severity,
        )

        exposure_attributes.additional_properties = d
        return exposure_attributes

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
