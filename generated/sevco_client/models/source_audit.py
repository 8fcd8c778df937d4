from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_execution import AuditExecution
    from ..models.audit_result import AuditResult
    from ..models.audit_runner import AuditRunner


T = TypeVar("T", bound="SourceAudit")


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
        org_id = self.org_id

        runner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runner, Unset):
            runner = self.runner.to_dict()

        execution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if runner is not UNSET:
            field_dict["runner"] = runner
        if execution is not UNSET:
            field_dict["execution"] = execution
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_execution import AuditExecution  # noqa: PLC0415
        from ..models.audit_result import AuditResult  # noqa: PLC0415
        from ..models.audit_runner import AuditRunner  # noqa: PLC0415

        d = dict(src_dict)
        org_id = d.pop("org_id", UNSET)

        _runner = d.pop("runner", UNSET)
        runner: AuditRunner | Unset
        if isinstance(_runner, Unset):
            runner = UNSET
        else:
            runner = AuditRunner.from_dict(_runner)

        _execution = d.pop("execution", UNSET)
        execution: AuditExecution | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = AuditExecution.from_dict(_execution)

        _result = d.pop("result", UNSET)
        result: AuditResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = AuditResult.from_dict(_result)

        source_audit = cls(
            org_id=org_id,
            runner=runner,
            execution=execution,
            result=result,
        )

        source_audit.additional_properties = d
        return source_audit

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
