from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    STRING,
    Field,
    ListOf,
    ModelOf,
    ModelShape,
    NotConforming,
    Nullable,
    null_item,
    parse_date_time,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class AssetExposure:
    """
    Attributes:
        id (str):
        attributes (ExposureAttributes | Unset): Exposure/vulnerability attributes. Only some are listed; others are
            kept as they come.
        sources (list[AssetSource] | Unset):
        source_ids (list[str] | Unset):
        last_activity_timestamp (datetime.datetime | None | Unset):
        last_observed_timestamp (datetime.datetime | None | Unset):
        exp_vulns (list[ExpVulnRef] | Unset):
    """

    id: str
    attributes: ExposureAttributes | Unset = UNSET
    sources: list[AssetSource] | Unset = UNSET
    source_ids: list[str] | Unset = UNSET
    last_activity_timestamp: datetime.datetime | None | Unset = UNSET
    last_observed_timestamp: datetime.datetime | None | Unset = UNSET
    exp_vulns: list[ExpVulnRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.attributes
        if _v is not UNSET:
            _out["attributes"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.sources
        if _v is not UNSET:
            _out["sources"] = [_i.to_dict() if hasattr(_i, "to_dict") else _i for _i in _v] if type(_v) is list else _v
        _v = self.source_ids
        if _v is not UNSET:
            _out["source_ids"] = _v
        _v = self.last_activity_timestamp
        if _v is not UNSET:
            _out["last_activity_timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.last_observed_timestamp
        if _v is not UNSET:
            _out["last_observed_timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.exp_vulns
        if _v is not UNSET:
            _out["exp_vulns"] = (
                [_i.to_dict() if hasattr(_i, "to_dict") else _i for _i in _v] if type(_v) is list else _v
            )
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
        id: Any = _d.pop("id", UNSET)
        if type(id) is not str and (id is not None or _strict):
            raise NotConforming

        attributes: Any = _d.pop("attributes", UNSET)
        if type(attributes) is dict:
            attributes = ExposureAttributes._from_json(attributes, _strict)
        elif attributes is not UNSET and (attributes is not None or _strict):
            raise NotConforming

        sources: Any = _d.pop("sources", UNSET)
        if type(sources) is list:
            sources = [
                AssetSource._from_json(_i, _strict) if type(_i) is dict else null_item(_i, _strict) for _i in sources
            ]
        elif sources is not UNSET and (sources is not None or _strict):
            raise NotConforming

        source_ids: Any = _d.pop("source_ids", UNSET)
        if type(source_ids) is list:
            for _i in source_ids:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif source_ids is not UNSET and (source_ids is not None or _strict):
            raise NotConforming

        last_activity_timestamp: Any = _d.pop("last_activity_timestamp", UNSET)
        if type(last_activity_timestamp) is str:
            last_activity_timestamp = parse_date_time(last_activity_timestamp)
        elif last_activity_timestamp is not UNSET and last_activity_timestamp is not None:
            raise NotConforming

        last_observed_timestamp: Any = _d.pop("last_observed_timestamp", UNSET)
        if type(last_observed_timestamp) is str:
            last_observed_timestamp = parse_date_time(last_observed_timestamp)
        elif last_observed_timestamp is not UNSET and last_observed_timestamp is not None:
            raise NotConforming

        exp_vulns: Any = _d.pop("exp_vulns", UNSET)
        if type(exp_vulns) is list:
            exp_vulns = [
                ExpVulnRef._from_json(_i, _strict) if type(_i) is dict else null_item(_i, _strict) for _i in exp_vulns
            ]
        elif exp_vulns is not UNSET and (exp_vulns is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            attributes=attributes,
            sources=sources,
            source_ids=source_ids,
            last_activity_timestamp=last_activity_timestamp,
            last_observed_timestamp=last_observed_timestamp,
            exp_vulns=exp_vulns,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("id", "id", STRING, required=True),
                Field("attributes", "attributes", ModelOf(ExposureAttributes)),
                Field("sources", "sources", ListOf(ModelOf(AssetSource))),
                Field("source_ids", "source_ids", ListOf(STRING)),
                Field("last_activity_timestamp", "last_activity_timestamp", Nullable(DATE_TIME)),
                Field("last_observed_timestamp", "last_observed_timestamp", Nullable(DATE_TIME)),
                Field("exp_vulns", "exp_vulns", ListOf(ModelOf(ExpVulnRef))),
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
from ..models.asset_source import AssetSource
from ..models.exp_vuln_ref import ExpVulnRef
from ..models.exposure_attributes import ExposureAttributes
