from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    NUMBER,
    STRING,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    UnionOf,
    dump,
    fast_field,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class V1Asset:
    """
    Attributes:
        id (str):
        timestamp (datetime.datetime | float | Unset): When the asset was last updated.
        attributes (V1AssetAttributes | Unset): Attributes by name, e.g. `hostname`, `fqdn`, `ips`, `mac_addresses`,
            `os`, `os_category`, `recent_users`.
        metadata (V1AssetMetadata | Unset): Per source type (e.g. `crowdstrike`), the source's identifiers of the asset
            as keys.
    """

    id: str
    timestamp: datetime.datetime | float | Unset = UNSET
    attributes: V1AssetAttributes | Unset = UNSET
    metadata: V1AssetMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.timestamp
        if _v is not UNSET:
            _out["timestamp"] = dump(_v)
        _v = self.attributes
        if _v is not UNSET:
            _out["attributes"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.metadata
        if _v is not UNSET:
            _out["metadata"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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

        timestamp: Any = _d.pop("timestamp", UNSET)
        if timestamp is not UNSET:
            timestamp = fast_field(cls, "timestamp", timestamp, _strict)

        attributes: Any = _d.pop("attributes", UNSET)
        if type(attributes) is dict:
            attributes = V1AssetAttributes._from_json(attributes, _strict)
        elif attributes is not UNSET and (attributes is not None or _strict):
            raise NotConforming

        metadata: Any = _d.pop("metadata", UNSET)
        if type(metadata) is dict:
            metadata = V1AssetMetadata._from_json(metadata, _strict)
        elif metadata is not UNSET and (metadata is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            timestamp=timestamp,
            attributes=attributes,
            metadata=metadata,
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
                Field(
                    "timestamp",
                    "timestamp",
                    UnionOf(
                        (
                            DATE_TIME,
                            NUMBER,
                        )
                    ),
                ),
                Field("attributes", "attributes", ModelOf(V1AssetAttributes)),
                Field("metadata", "metadata", ModelOf(V1AssetMetadata)),
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
from ..models.v1_asset_attributes import V1AssetAttributes
from ..models.v1_asset_metadata import V1AssetMetadata
