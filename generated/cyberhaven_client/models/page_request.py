from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageRequest")


@_attrs_define
class PageRequest:
    """Cursor pagination and sorting of a list call.

    Attributes:
        size (int | Unset): Items per page, at most 1000. Omitted or 0 lets the server choose.
        id (str | Unset): Cursor; the previous response's `page_response.next_id`. Omit or `""` for the first page.
        sort_by (str | Unset): Field and direction, e.g. `"trigger_time desc"` or `"hostname asc"`.
    """

    size: int | Unset = UNSET
    id: str | Unset = UNSET
    sort_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        id = self.id

        sort_by = self.sort_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if id is not UNSET:
            field_dict["id"] = id
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size = d.pop("size", UNSET)

        id = d.pop("id", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        page_request = cls(
            size=size,
            id=id,
            sort_by=sort_by,
        )

        page_request.additional_properties = d
        return page_request

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
