from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    EnumOf,
    Field,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..models.close_reason import CloseReason, CloseReasonValue
from ..models.incident_status import IncidentStatus, IncidentStatusValue
from ..types import UNSET, Unset


@_attrs_define
class UpdateIncidentRequest:
    """Fields to change; send at least one.

    Attributes:
        status (IncidentStatus | Unset): Resolution status of an incident.
        close_reason (CloseReason | Unset): Why an incident was closed. `valid` = a real incident (XSOAR label
            "Resolved"); the `invalid_*`
            values close it as not an incident. `invalid_data_mislabled` is misspelt in the API itself; send it
            exactly so.
        close_note (str | Unset): Free-text note, usually sent when closing.
        assigned_to (str | Unset): Email of the analyst to assign the incident to.
    """

    status: IncidentStatus | IncidentStatusValue | Unset = UNSET
    close_reason: CloseReason | CloseReasonValue | Unset = UNSET
    close_note: str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.status
        if _v is not UNSET:
            _out["status"] = _v.value if isinstance(_v, IncidentStatus) else _v
        _v = self.close_reason
        if _v is not UNSET:
            _out["close_reason"] = _v.value if isinstance(_v, CloseReason) else _v
        _v = self.close_note
        if _v is not UNSET:
            _out["close_note"] = _v
        _v = self.assigned_to
        if _v is not UNSET:
            _out["assigned_to"] = _v
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
        status: Any = _d.pop("status", UNSET)
        if type(status) is str:
            status = IncidentStatus._value2member_map_.get(status, status)
            if _strict and type(status) is str:
                raise NotConforming
        elif status is not UNSET and (status is not None or _strict):
            raise NotConforming

        close_reason: Any = _d.pop("close_reason", UNSET)
        if type(close_reason) is str:
            close_reason = CloseReason._value2member_map_.get(close_reason, close_reason)
            if _strict and type(close_reason) is str:
                raise NotConforming
        elif close_reason is not UNSET and (close_reason is not None or _strict):
            raise NotConforming

        close_note: Any = _d.pop("close_note", UNSET)
        if type(close_note) is not str and (close_note is not UNSET and (close_note is not None or _strict)):
            raise NotConforming

        assigned_to: Any = _d.pop("assigned_to", UNSET)
        if type(assigned_to) is not str and (assigned_to is not UNSET and (assigned_to is not None or _strict)):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            status=status,
            close_reason=close_reason,
            close_note=close_note,
            assigned_to=assigned_to,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("status", "status", EnumOf(IncidentStatus, open=False)),
                Field("close_reason", "close_reason", EnumOf(CloseReason, open=False)),
                Field("close_note", "close_note", STRING),
                Field("assigned_to", "assigned_to", STRING),
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
