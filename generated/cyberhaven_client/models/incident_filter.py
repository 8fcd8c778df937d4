from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    STRING,
    EnumOf,
    Field,
    ListOf,
    ModelShape,
    NotConforming,
    enum_list,
    parse_date_time,
    parse_model,
)

from ..models.dataset_sensitivity import DatasetSensitivity, DatasetSensitivityValue
from ..models.incident_status import IncidentStatus, IncidentStatusValue
from ..models.policy_severity import PolicySeverity, PolicySeverityValue
from ..types import UNSET, Unset


@_attrs_define
class IncidentFilter:
    """All criteria are optional and combine with AND; values within one list combine with OR.

    Attributes:
        incident_ids (list[str] | Unset):
        policy_ids (list[str] | Unset):
        policy_severities (list[PolicySeverity] | Unset):
        dataset_ids (list[str] | Unset):
        dataset_sensitivities (list[DatasetSensitivity] | Unset):
        users (list[str] | Unset): Users who triggered the incidents.
        assignees (list[str] | Unset): Analysts the incidents are assigned to (emails).
        hostnames (list[str] | Unset): Endpoint host names where the incidents occurred.
        resolution_statuses (list[IncidentStatus] | Unset):
        start_time (datetime.datetime | Unset): Earliest incident time.
        end_time (datetime.datetime | Unset): Latest incident time.
    """

    incident_ids: list[str] | Unset = UNSET
    policy_ids: list[str] | Unset = UNSET
    policy_severities: list[PolicySeverity | PolicySeverityValue] | Unset = UNSET
    dataset_ids: list[str] | Unset = UNSET
    dataset_sensitivities: list[DatasetSensitivity | DatasetSensitivityValue] | Unset = UNSET
    users: list[str] | Unset = UNSET
    assignees: list[str] | Unset = UNSET
    hostnames: list[str] | Unset = UNSET
    resolution_statuses: list[IncidentStatus | IncidentStatusValue] | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.incident_ids
        if _v is not UNSET:
            _out["incident_ids"] = _v
        _v = self.policy_ids
        if _v is not UNSET:
            _out["policy_ids"] = _v
        _v = self.policy_severities
        if _v is not UNSET:
            _out["policy_severities"] = (
                [_i.value if isinstance(_i, PolicySeverity) else _i for _i in _v] if type(_v) is list else _v
            )
        _v = self.dataset_ids
        if _v is not UNSET:
            _out["dataset_ids"] = _v
        _v = self.dataset_sensitivities
        if _v is not UNSET:
            _out["dataset_sensitivities"] = (
                [_i.value if isinstance(_i, DatasetSensitivity) else _i for _i in _v] if type(_v) is list else _v
            )
        _v = self.users
        if _v is not UNSET:
            _out["users"] = _v
        _v = self.assignees
        if _v is not UNSET:
            _out["assignees"] = _v
        _v = self.hostnames
        if _v is not UNSET:
            _out["hostnames"] = _v
        _v = self.resolution_statuses
        if _v is not UNSET:
            _out["resolution_statuses"] = (
                [_i.value if isinstance(_i, IncidentStatus) else _i for _i in _v] if type(_v) is list else _v
            )
        _v = self.start_time
        if _v is not UNSET:
            _out["start_time"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.end_time
        if _v is not UNSET:
            _out["end_time"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
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
        incident_ids: Any = _d.pop("incident_ids", UNSET)
        if type(incident_ids) is list:
            for _i in incident_ids:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif incident_ids is not UNSET and (incident_ids is not None or _strict):
            raise NotConforming

        policy_ids: Any = _d.pop("policy_ids", UNSET)
        if type(policy_ids) is list:
            for _i in policy_ids:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif policy_ids is not UNSET and (policy_ids is not None or _strict):
            raise NotConforming

        policy_severities: Any = _d.pop("policy_severities", UNSET)
        if type(policy_severities) is list:
            policy_severities = enum_list(PolicySeverity, policy_severities, _strict, open_=False)
        elif policy_severities is not UNSET and (policy_severities is not None or _strict):
            raise NotConforming

        dataset_ids: Any = _d.pop("dataset_ids", UNSET)
        if type(dataset_ids) is list:
            for _i in dataset_ids:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif dataset_ids is not UNSET and (dataset_ids is not None or _strict):
            raise NotConforming

        dataset_sensitivities: Any = _d.pop("dataset_sensitivities", UNSET)
        if type(dataset_sensitivities) is list:
            dataset_sensitivities = enum_list(DatasetSensitivity, dataset_sensitivities, _strict, open_=False)
        elif dataset_sensitivities is not UNSET and (dataset_sensitivities is not None or _strict):
            raise NotConforming

        users: Any = _d.pop("users", UNSET)
        if type(users) is list:
            for _i in users:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif users is not UNSET and (users is not None or _strict):
            raise NotConforming

        assignees: Any = _d.pop("assignees", UNSET)
        if type(assignees) is list:
            for _i in assignees:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif assignees is not UNSET and (assignees is not None or _strict):
            raise NotConforming

        hostnames: Any = _d.pop("hostnames", UNSET)
        if type(hostnames) is list:
            for _i in hostnames:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif hostnames is not UNSET and (hostnames is not None or _strict):
            raise NotConforming

        resolution_statuses: Any = _d.pop("resolution_statuses", UNSET)
        if type(resolution_statuses) is list:
            resolution_statuses = enum_list(IncidentStatus, resolution_statuses, _strict, open_=False)
        elif resolution_statuses is not UNSET and (resolution_statuses is not None or _strict):
            raise NotConforming

        start_time: Any = _d.pop("start_time", UNSET)
        if type(start_time) is str:
            start_time = parse_date_time(start_time)
        elif start_time is not UNSET and (start_time is not None or _strict):
            raise NotConforming

        end_time: Any = _d.pop("end_time", UNSET)
        if type(end_time) is str:
            end_time = parse_date_time(end_time)
        elif end_time is not UNSET and (end_time is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            incident_ids=incident_ids,
            policy_ids=policy_ids,
            policy_severities=policy_severities,
            dataset_ids=dataset_ids,
            dataset_sensitivities=dataset_sensitivities,
            users=users,
            assignees=assignees,
            hostnames=hostnames,
            resolution_statuses=resolution_statuses,
            start_time=start_time,
            end_time=end_time,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("incident_ids", "incident_ids", ListOf(STRING)),
                Field("policy_ids", "policy_ids", ListOf(STRING)),
                Field("policy_severities", "policy_severities", ListOf(EnumOf(PolicySeverity, open=False))),
                Field("dataset_ids", "dataset_ids", ListOf(STRING)),
                Field("dataset_sensitivities", "dataset_sensitivities", ListOf(EnumOf(DatasetSensitivity, open=False))),
                Field("users", "users", ListOf(STRING)),
                Field("assignees", "assignees", ListOf(STRING)),
                Field("hostnames", "hostnames", ListOf(STRING)),
                Field("resolution_statuses", "resolution_statuses", ListOf(EnumOf(IncidentStatus, open=False))),
                Field("start_time", "start_time", DATE_TIME),
                Field("end_time", "end_time", DATE_TIME),
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
