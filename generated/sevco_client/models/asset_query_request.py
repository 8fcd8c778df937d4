from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    INTEGER,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


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
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.query
        if _v is not UNSET:
            _out["query"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.limit
        if _v is not UNSET:
            _out["limit"] = _v
        _v = self.pagination
        if _v is not UNSET:
            _out["pagination"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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
        query: Any = _d.pop("query", UNSET)
        if type(query) is dict:
            query = Group._from_json(query, _strict)
        elif query is not None or _strict:
            raise NotConforming

        limit: Any = _d.pop("limit", UNSET)
        if type(limit) is not int and (limit is not UNSET and (limit is not None or _strict)):
            raise NotConforming

        pagination: Any = _d.pop("pagination", UNSET)
        if type(pagination) is dict:
            pagination = QueryPagination._from_json(pagination, _strict)
        elif pagination is not UNSET and (pagination is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            query=query,
            limit=limit,
            pagination=pagination,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("query", "query", ModelOf(Group), required=True),
                Field("limit", "limit", INTEGER),
                Field("pagination", "pagination", ModelOf(QueryPagination)),
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
from ..models.group import Group
from ..models.query_pagination import QueryPagination
