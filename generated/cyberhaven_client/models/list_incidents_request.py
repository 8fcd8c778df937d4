from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incident_filter import IncidentFilter
    from ..models.page_request import PageRequest


T = TypeVar("T", bound="ListIncidentsRequest")


@_attrs_define
class ListIncidentsRequest:
    """Body of list_incidents.

    Attributes:
        page_request (PageRequest | Unset): Cursor pagination and sorting of a list call.
        include_ai_summaries (bool | Unset): Fill `ai_summary` / `ai_severity` on each incident.
        filter_ (IncidentFilter | Unset): All criteria are optional and combine with AND; values within one list combine
            with OR.
    """

    page_request: PageRequest | Unset = UNSET
    include_ai_summaries: bool | Unset = UNSET
    filter_: IncidentFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_request, Unset):
            page_request = self.page_request.to_dict()

        include_ai_summaries = self.include_ai_summaries

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_request is not UNSET:
            field_dict["page_request"] = page_request
        if include_ai_summaries is not UNSET:
            field_dict["include_ai_summaries"] = include_ai_summaries
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_filter import IncidentFilter  # noqa: PLC0415
        from ..models.page_request import PageRequest  # noqa: PLC0415

        d = dict(src_dict)
        _page_request = d.pop("page_request", UNSET)
        page_request: PageRequest | Unset
        if isinstance(_page_request, Unset):
            page_request = UNSET
        else:
            page_request = PageRequest.from_dict(_page_request)

        include_ai_summaries = d.pop("include_ai_summaries", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: IncidentFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = IncidentFilter.from_dict(_filter_)

        list_incidents_request = cls(
            page_request=page_request,
            include_ai_summaries=include_ai_summaries,
            filter_=filter_,
        )

        list_incidents_request.additional_properties = d
        return list_incidents_request

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
