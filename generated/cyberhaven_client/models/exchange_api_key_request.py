from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExchangeApiKeyRequest")


@_attrs_define
class ExchangeApiKeyRequest:
    """The long-lived API key to exchange.

    Attributes:
        api_key (str): The API key. (The XSOAR integration sends the same key as `refresh_token` to
            /public/v2/auth/token/access; not modelled.)
    """

    api_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        from auth_plugins.secrets import masked_repr  # noqa: PLC0415 (models import nothing else of ours)

        return masked_repr(self, hidden=["api_key"])

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("api_key")

        exchange_api_key_request = cls(
            api_key=api_key,
        )

        exchange_api_key_request.additional_properties = d
        return exchange_api_key_request

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
