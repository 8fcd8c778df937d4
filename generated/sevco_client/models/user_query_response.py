from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_query_pagination import AssetQueryPagination
    from ..models.asset_user import AssetUser


T = TypeVar("T", bound="UserQueryResponse")


@_attrs_define
class UserQueryResponse:
    """
    Attributes:
        items (list[AssetUser]):
        pagination (AssetQueryPagination | Unset): Paging information of a query response. Only `total` is confirmed.
    """

    items: list[AssetUser]
    pagination: AssetQueryPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_query_pagination import AssetQueryPagination  # noqa: PLC0415
        from ..models.asset_user import AssetUser  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AssetUser.from_dict(items_item_data)

            items.append(items_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: AssetQueryPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = AssetQueryPagination.from_dict(_pagination)

        user_query_response = cls(
            items=items,
            pagination=pagination,
        )

        user_query_response.additional_properties = d
        return user_query_response

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
