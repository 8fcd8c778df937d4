from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


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
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.url
        if _v is not UNSET:
            _out["url"] = _v
        _v = self.domain
        if _v is not UNSET:
            _out["domain"] = _v
        _v = self.category
        if _v is not UNSET:
            _out["category"] = _v
        _v = self.download_url
        if _v is not UNSET:
            _out["download_url"] = _v
        _v = self.title
        if _v is not UNSET:
            _out["title"] = _v
        _v = self.user_agent
        if _v is not UNSET:
            _out["user_agent"] = _v
        _v = self.custom_data
        if _v is not UNSET:
            _out["custom_data"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """The model of `src_dict` (parsed JSON). Lenient: a value that does not fit the spec is kept as
        sent and logged once (client_runtime.parsing); strict=True raises ModelMismatchError instead."""
        return parse_model(cls, src_dict, strict=strict)

    @classmethod
    def _from_json(cls, _src: Mapping[str, Any], _strict: bool) -> Self:
        """The fast path of from_dict: NotConforming at the first value that does not fit."""
        _d = dict(_src)
        url: Any = _d.pop("url", UNSET)
        if type(url) is not str and (url is not UNSET and (url is not None or _strict)):
            raise NotConforming

        domain: Any = _d.pop("domain", UNSET)
        if type(domain) is not str and (domain is not UNSET and (domain is not None or _strict)):
            raise NotConforming

        category: Any = _d.pop("category", UNSET)
        if type(category) is not str and (category is not UNSET and (category is not None or _strict)):
            raise NotConforming

        download_url: Any = _d.pop("download_url", UNSET)
        if type(download_url) is not str and (download_url is not UNSET and (download_url is not None or _strict)):
            raise NotConforming

        title: Any = _d.pop("title", UNSET)
        if type(title) is not str and (title is not UNSET and (title is not None or _strict)):
            raise NotConforming

        user_agent: Any = _d.pop("user_agent", UNSET)
        if type(user_agent) is not str and (user_agent is not UNSET and (user_agent is not None or _strict)):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            url=url,
            domain=domain,
            category=category,
            download_url=download_url,
            title=title,
            user_agent=user_agent,
            custom_data=custom_data,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("url", "url", STRING),
                Field("domain", "domain", STRING),
                Field("category", "category", STRING),
                Field("download_url", "download_url", STRING),
                Field("title", "title", STRING),
                Field("user_agent", "user_agent", STRING),
                Field("custom_data", "custom_data", ModelOf(CustomData)),
            ),
        )

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


# The models this one refers to, imported once its class exists rather than at the top: models may refer to each
# other in a cycle. (openapi-python-client imports them inside each method instead, which costs a relative import
# on every call: as much as parsing a small record.)
from ..models.custom_data import CustomData
