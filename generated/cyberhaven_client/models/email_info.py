from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
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
class EmailInfo:
    """An email the data was attached to or read from.

    Attributes:
        id (str | Unset):
        from_ (str | Unset):
        to (list[str] | Unset):
        cc (list[str] | Unset):
        bcc (list[str] | Unset):
        subject (str | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    id: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: list[str] | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.from_
        if _v is not UNSET:
            _out["from"] = _v
        _v = self.to
        if _v is not UNSET:
            _out["to"] = _v
        _v = self.cc
        if _v is not UNSET:
            _out["cc"] = _v
        _v = self.bcc
        if _v is not UNSET:
            _out["bcc"] = _v
        _v = self.subject
        if _v is not UNSET:
            _out["subject"] = _v
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
        id: Any = _d.pop("id", UNSET)
        if type(id) is not str and (id is not UNSET and (id is not None or _strict)):
            raise NotConforming

        from_: Any = _d.pop("from", UNSET)
        if type(from_) is not str and (from_ is not UNSET and (from_ is not None or _strict)):
            raise NotConforming

        to: Any = _d.pop("to", UNSET)
        if type(to) is list:
            for _i in to:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif to is not UNSET and (to is not None or _strict):
            raise NotConforming

        cc: Any = _d.pop("cc", UNSET)
        if type(cc) is list:
            for _i in cc:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif cc is not UNSET and (cc is not None or _strict):
            raise NotConforming

        bcc: Any = _d.pop("bcc", UNSET)
        if type(bcc) is list:
            for _i in bcc:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif bcc is not UNSET and (bcc is not None or _strict):
            raise NotConforming

        subject: Any = _d.pop("subject", UNSET)
        if type(subject) is not str and (subject is not UNSET and (subject is not None or _strict)):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            from_=from_,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
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
                Field("id", "id", STRING),
                Field("from", "from_", STRING),
                Field("to", "to", ListOf(STRING)),
                Field("cc", "cc", ListOf(STRING)),
                Field("bcc", "bcc", ListOf(STRING)),
                Field("subject", "subject", STRING),
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
