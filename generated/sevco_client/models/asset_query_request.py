from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group
    from ..models.query_pagination import QueryPagination


T = TypeVar("T", bound="AssetQueryRequest")


@_attrs_define
class AssetQueryRequest:
    """A query over one asset type.

    Attributes:
        query (Group): Rules and nested groups combined with `and` or `or` (recursive).
        limit (int | Unset): Maximum number of items to return.
        pagination (QueryPagination | Unset): Which page of the results to return.
    """

    query: Group
    limit: int | Unset = UNSET
    pagination: QueryPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        limit = self.limit

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group import Group  # noqa: PLC0415
        from ..models.query_pagination import QueryPagination  # noqa: PLC0415

        d = dict(src_dict)
        query = Group.from_dict(d.pop("query"))

        limit = d.pop("limit", UNSET)

        _pagination = d.pop("pagination", UNSET)
        pagination: QueryPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = QueryPagination.from_dict(_pagination)

        asset_query_request = cls(
            query=query,
            limit=limit,
            pagination=pagination,
        )

        asset_query_request.additional_properties = d
        return asset_query_request

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
