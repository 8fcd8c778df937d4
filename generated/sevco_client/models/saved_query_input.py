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
class SavedQueryInput:
    """A query to save ("favorite").

    Attributes:
        search_body (SearchBody):
        label (str):
        scope (str | Unset): Who sees it; `org` for the whole organisation.
    """

    search_body: SearchBody
    label: str
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.search_body
        if _v is not UNSET:
            _out["search_body"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.label
        if _v is not UNSET:
            _out["label"] = _v
        _v = self.scope
        if _v is not UNSET:
            _out["scope"] = _v
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
        search_body: Any = _d.pop("search_body", UNSET)
        if type(search_body) is dict:
            search_body = SearchBody._from_json(search_body, _strict)
        elif search_body is not None or _strict:
            raise NotConforming

        label: Any = _d.pop("label", UNSET)
        if type(label) is not str and (label is not None or _strict):
            raise NotConforming

        scope: Any = _d.pop("scope", UNSET)
        if type(scope) is not str and (scope is not UNSET and (scope is not None or _strict)):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            search_body=search_body,
            label=label,
            scope=scope,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("search_body", "search_body", ModelOf(SearchBody), required=True),
                Field("label", "label", STRING, required=True),
                Field("scope", "scope", STRING),
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
from ..models.search_body import SearchBody
