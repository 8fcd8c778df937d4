from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FailCloseStatus")


@_attrs_define
class FailCloseStatus:
    """Outcome of a fail-close (block until inspected) decision.

    Attributes:
        temporary_blocked (bool | Unset):
        dlp_api_status (str | Unset):
        dlp_precondition (str | Unset):
        action_status (str | Unset):
    """

    temporary_blocked: bool | Unset = UNSET
    dlp_api_status: str | Unset = UNSET
    dlp_precondition: str | Unset = UNSET
    action_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temporary_blocked = self.temporary_blocked

        dlp_api_status = self.dlp_api_status

        dlp_precondition = self.dlp_precondition

        action_status = self.action_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if temporary_blocked is not UNSET:
            field_dict["temporary_blocked"] = temporary_blocked
        if dlp_api_status is not UNSET:
            field_dict["dlp_api_status"] = dlp_api_status
        if dlp_precondition is not UNSET:
            field_dict["dlp_precondition"] = dlp_precondition
        if action_status is not UNSET:
            field_dict["action_status"] = action_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        temporary_blocked = d.pop("temporary_blocked", UNSET)

        dlp_api_status = d.pop("dlp_api_status", UNSET)

        dlp_precondition = d.pop("dlp_precondition", UNSET)

        action_status = d.pop("action_status", UNSET)

        fail_close_status = cls(
            temporary_blocked=temporary_blocked,
            dlp_api_status=dlp_api_status,
            dlp_precondition=dlp_precondition,
            action_status=action_status,
        )

        fail_close_status.additional_properties = d
        return fail_close_status

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
