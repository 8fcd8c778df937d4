from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


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
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.page_request
        if _v is not UNSET:
            _out["page_request"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.include_ai_summaries
        if _v is not UNSET:
            _out["include_ai_summaries"] = _v
        _v = self.filter_
        if _v is not UNSET:
            _out["filter"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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
        page_request: Any = _d.pop("page_request", UNSET)
        if type(page_request) is dict:
            page_request = PageRequest._from_json(page_request, _strict)
        elif page_request is not UNSET and (page_request is not None or _strict):
            raise NotConforming

        include_ai_summaries: Any = _d.pop("include_ai_summaries", UNSET)
        if type(include_ai_summaries) is not bool and (
            include_ai_summaries is not UNSET and (include_ai_summaries is not None or _strict)
        ):
            raise NotConforming

        filter_: Any = _d.pop("filter", UNSET)
        if type(filter_) is dict:
            filter_ = IncidentFilter._from_json(filter_, _strict)
        elif filter_ is not UNSET and (filter_ is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            page_request=page_request,
            include_ai_summaries=include_ai_summaries,
            filter_=filter_,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("page_request", "page_request", ModelOf(PageRequest)),
                Field("include_ai_summaries", "include_ai_summaries", BOOLEAN),
                Field("filter", "filter_", ModelOf(IncidentFilter)),
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
from ..models.incident_filter import IncidentFilter
from ..models.page_request import PageRequest
