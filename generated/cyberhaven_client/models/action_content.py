from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    STRING,
    Field,
    ListOf,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class ActionContent:
    """Content inspection results of the data moved.

    Attributes:
        tags (list[str] | Unset):
        attributes (ActionContentAttributes | Unset): Content attributes (counts, scores, ...); any JSON values.
        upload_filename (str | Unset):
        inspected (bool | Unset): Whether the content was inspected.
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    tags: list[str] | Unset = UNSET
    attributes: ActionContentAttributes | Unset = UNSET
    upload_filename: str | Unset = UNSET
    inspected: bool | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.tags
        if _v is not UNSET:
            _out["tags"] = _v
        _v = self.attributes
        if _v is not UNSET:
            _out["attributes"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.upload_filename
        if _v is not UNSET:
            _out["upload_filename"] = _v
        _v = self.inspected
        if _v is not UNSET:
            _out["inspected"] = _v
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
        tags: Any = _d.pop("tags", UNSET)
        if type(tags) is list:
            for _i in tags:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif tags is not UNSET and (tags is not None or _strict):
            raise NotConforming

        attributes: Any = _d.pop("attributes", UNSET)
        if type(attributes) is dict:
            attributes = ActionContentAttributes._from_json(attributes, _strict)
        elif attributes is not UNSET and (attributes is not None or _strict):
            raise NotConforming

        upload_filename: Any = _d.pop("upload_filename", UNSET)
        if type(upload_filename) is not str and (
            upload_filename is not UNSET and (upload_filename is not None or _strict)
        ):
            raise NotConforming

        inspected: Any = _d.pop("inspected", UNSET)
        if type(inspected) is not bool and (inspected is not UNSET and (inspected is not None or _strict)):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            tags=tags,
            attributes=attributes,
            upload_filename=upload_filename,
            inspected=inspected,
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
                Field("tags", "tags", ListOf(STRING)),
                Field("attributes", "attributes", ModelOf(ActionContentAttributes)),
                Field("upload_filename", "upload_filename", STRING),
                Field("inspected", "inspected", BOOLEAN),
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
from ..models.action_content_attributes import ActionContentAttributes
from ..models.custom_data import CustomData
