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
class SourceAudit:
    """One execution of a source config.

    Attributes:
        org_id (str | Unset):
        runner (AuditRunner | Unset):
        execution (AuditExecution | Unset):
        result (AuditResult | Unset):
    """

    org_id: str | Unset = UNSET
    runner: AuditRunner | Unset = UNSET
    execution: AuditExecution | Unset = UNSET
    result: AuditResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.org_id
        if _v is not UNSET:
            _out["org_id"] = _v
        _v = self.runner
        if _v is not UNSET:
            _out["runner"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.execution
        if _v is not UNSET:
            _out["execution"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.result
        if _v is not UNSET:
            _out["result"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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
        org_id: Any = _d.pop("org_id", UNSET)
        if type(org_id) is not str and (org_id is not UNSET and (org_id is not None or _strict)):
            raise NotConforming

        runner: Any = _d.pop("runner", UNSET)
        if type(runner) is dict:
            runner = AuditRunner._from_json(runner, _strict)
        elif runner is not UNSET and (runner is not None or _strict):
            raise NotConforming

        execution: Any = _d.pop("execution", UNSET)
        if type(execution) is dict:
            execution = AuditExecution._from_json(execution, _strict)
        elif execution is not UNSET and (execution is not None or _strict):
            raise NotConforming

        result: Any = _d.pop("result", UNSET)
        if type(result) is dict:
            result = AuditResult._from_json(result, _strict)
        elif result is not UNSET and (result is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            org_id=org_id,
            runner=runner,
            execution=execution,
            result=result,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("org_id", "org_id", STRING),
                Field("runner", "runner", ModelOf(AuditRunner)),
                Field("execution", "execution", ModelOf(AuditExecution)),
                Field("result", "result", ModelOf(AuditResult)),
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
from ..models.audit_execution import AuditExecution
from ..models.audit_result import AuditResult
from ..models.audit_runner import AuditRunner
