from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Org")


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
        id = self.id

        org_name = self.org_name

        org_slug = self.org_slug

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        mfa_enabled = self.mfa_enabled

        mfa_enforced = self.mfa_enforced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if org_name is not UNSET:
            field_dict["org_name"] = org_name
        if org_slug is not UNSET:
            field_dict["org_slug"] = org_slug
        if created is not UNSET:
            field_dict["created"] = created
        if mfa_enabled is not UNSET:
            field_dict["mfa_enabled"] = mfa_enabled
        if mfa_enforced is not UNSET:
            field_dict["mfa_enforced"] = mfa_enforced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        org_name = d.pop("org_name", UNSET)

        org_slug = d.pop("org_slug", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        mfa_enabled = d.pop("mfa_enabled", UNSET)

        mfa_enforced = d.pop("mfa_enforced", UNSET)

        org = cls(
            id=id,
            org_name=org_name,
            org_slug=org_slug,
            created=created,
            mfa_enabled=mfa_enabled,
            mfa_enforced=mfa_enforced,
        )

        org.additional_properties = d
        return org

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
