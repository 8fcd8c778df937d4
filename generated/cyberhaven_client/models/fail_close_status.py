from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    STRING,
    Field,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class FailCloseStatus:
    """Outcome of a fail-close (block until inspected) decision.

    Attributes:
        temporary_blocked (bool | Unset):
        dlp_api_status (str | Unset):
        dlp_precondition (str | Unset):
        action_status (str | Unset):
    """

    temporary_blocked: bool | Unset = UNSET
    dlp_api_status: str | Unset = UNSET
    dlp_precondition: str | Unset = UNSET
    action_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.temporary_blocked
        if _v is not UNSET:
            _out["temporary_blocked"] = _v
        _v = self.dlp_api_status
        if _v is not UNSET:
            _out["dlp_api_status"] = _v
        _v = self.dlp_precondition
        if _v is not UNSET:
            _out["dlp_precondition"] = _v
        _v = self.action_status
        if _v is not UNSET:
            _out["action_status"] = _v
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
        temporary_blocked: Any = _d.pop("temporary_blocked", UNSET)
        if type(temporary_blocked) is not bool and (
            temporary_blocked is not UNSET and (temporary_blocked is not None or _strict)
        ):
            raise NotConforming

        dlp_api_status: Any = _d.pop("dlp_api_status", UNSET)
        if type(dlp_api_status) is not str and (
            dlp_api_status is not UNSET and (dlp_api_status is not None or _strict)
        ):
            raise NotConforming

        dlp_precondition: Any = _d.pop("dlp_precondition", UNSET)
        if type(dlp_precondition) is not str and (
            dlp_precondition is not UNSET and (dlp_precondition is not None or _strict)
        ):
            raise NotConforming

        action_status: Any = _d.pop("action_status", UNSET)
        if type(action_status) is not str and (action_status is not UNSET and (action_status is not None or _strict)):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            temporary_blocked=temporary_blocked,
            dlp_api_status=dlp_api_status,
            dlp_precondition=dlp_precondition,
            action_status=action_status,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("temporary_blocked", "temporary_blocked", BOOLEAN),
                Field("dlp_api_status", "dlp_api_status", STRING),
                Field("dlp_precondition", "dlp_precondition", STRING),
                Field("action_status", "action_status", STRING),
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
