from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData


T = TypeVar("T", bound="WebInfo")


@_attrs_define
class WebInfo:
    """A website the data came from or went to.

    Attributes:
        url (str | Unset):
        domain (str | Unset):
        category (str | Unset): Site category, e.g. `cloud_storage`.
        download_url (str | Unset):
        title (str | Unset):
        user_agent (str | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    url: str | Unset = UNSET
    domain: str | Unset = UNSET
    category: str | Unset = UNSET
    download_url: str | Unset = UNSET
    title: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        domain = self.domain

        category = self.category

        download_url = self.download_url

        title = self.title

        user_agent = self.user_agent

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if domain is not UNSET:
            field_dict["domain"] = domain
        if category is not UNSET:
            field_dict["category"] = category
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if title is not UNSET:
            field_dict["title"] = title
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data import CustomData  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        domain = d.pop("domain", UNSET)

        category = d.pop("category", UNSET)

        download_url = d.pop("download_url", UNSET)

        title = d.pop("title", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CustomData.from_dict(_custom_data)

        web_info = cls(
            url=url,
            domain=domain,
            category=category,
            download_url=download_url,
            title=title,
            user_agent=user_agent,
            custom_data=custom_data,
        )

        web_info.additional_properties = d
        return web_info

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
