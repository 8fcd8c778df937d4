from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.https_config_headers import HttpsConfigHeaders


T = TypeVar("T", bound="HttpsConfig")


@_attrs_define
class HttpsConfig:
    """Where and how deliveries are POSTed.

    Attributes:
        uri (str): HTTPS URL that receives the deliveries.
        headers (HttpsConfigHeaders | Unset): Extra HTTP headers sent with each delivery (e.g. the receiver's auth
            token).
        timeout_seconds (int | Unset): Delivery request timeout, 1 to 300 seconds. Default: 30.
    """

    uri: str
    headers: HttpsConfigHeaders | Unset = UNSET
    timeout_seconds: int | Unset = 30
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.https_config_headers import HttpsConfigHeaders  # noqa: PLC0415

        d = dict(src_dict)
        uri = d.pop("uri")

        _headers = d.pop("headers", UNSET)
        headers: HttpsConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = HttpsConfigHeaders.from_dict(_headers)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        https_config = cls(
            uri=uri,
            headers=headers,
            timeout_seconds=timeout_seconds,
        )

        https_config.additional_properties = d
        return https_config

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
