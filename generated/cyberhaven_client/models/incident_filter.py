from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_sensitivity import DatasetSensitivity
from ..models.incident_status import IncidentStatus
from ..models.policy_severity import PolicySeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentFilter")


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
    policy_severities: list[PolicySeverity] | Unset = UNSET
    dataset_ids: list[str] | Unset = UNSET
    dataset_sensitivities: list[DatasetSensitivity] | Unset = UNSET
    users: list[str] | Unset = UNSET
    assignees: list[str] | Unset = UNSET
    hostnames: list[str] | Unset = UNSET
    resolution_statuses: list[IncidentStatus] | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incident_ids: list[str] | Unset = UNSET
        if not isinstance(self.incident_ids, Unset):
            incident_ids = self.incident_ids

        policy_ids: list[str] | Unset = UNSET
        if not isinstance(self.policy_ids, Unset):
            policy_ids = self.policy_ids

        policy_severities: list[str] | Unset = UNSET
        if not isinstance(self.policy_severities, Unset):
            policy_severities = []
            for policy_severities_item_data in self.policy_severities:
                policy_severities_item = policy_severities_item_data.value
                policy_severities.append(policy_severities_item)

        dataset_ids: list[str] | Unset = UNSET
        if not isinstance(self.dataset_ids, Unset):
            dataset_ids = self.dataset_ids

        dataset_sensitivities: list[str] | Unset = UNSET
        if not isinstance(self.dataset_sensitivities, Unset):
            dataset_sensitivities = []
            for dataset_sensitivities_item_data in self.dataset_sensitivities:
                dataset_sensitivities_item = dataset_sensitivities_item_data.value
                dataset_sensitivities.append(dataset_sensitivities_item)

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        assignees: list[str] | Unset = UNSET
        if not isinstance(self.assignees, Unset):
            assignees = self.assignees

        hostnames: list[str] | Unset = UNSET
        if not isinstance(self.hostnames, Unset):
            hostnames = self.hostnames

        resolution_statuses: list[str] | Unset = UNSET
        if not isinstance(self.resolution_statuses, Unset):
            resolution_statuses = []
            for resolution_statuses_item_data in self.resolution_statuses:
                resolution_statuses_item = resolution_statuses_item_data.value
                resolution_statuses.append(resolution_statuses_item)

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if incident_ids is not UNSET:
            field_dict["incident_ids"] = incident_ids
        if policy_ids is not UNSET:
            field_dict["policy_ids"] = policy_ids
        if policy_severities is not UNSET:
            field_dict["policy_severities"] = policy_severities
        if dataset_ids is not UNSET:
            field_dict["dataset_ids"] = dataset_ids
        if dataset_sensitivities is not UNSET:
            field_dict["dataset_sensitivities"] = dataset_sensitivities
        if users is not UNSET:
            field_dict["users"] = users
        if assignees is not UNSET:
            field_dict["assignees"] = assignees
        if hostnames is not UNSET:
            field_dict["hostnames"] = hostnames
        if resolution_statuses is not UNSET:
            field_dict["resolution_statuses"] = resolution_statuses
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        incident_ids = cast(list[str], d.pop("incident_ids", UNSET))

        policy_ids = cast(list[str], d.pop("policy_ids", UNSET))

        _policy_severities = d.pop("policy_severities", UNSET)
        policy_severities: list[PolicySeverity] | Unset = UNSET
        if _policy_severities is not UNSET:
            policy_severities = []
            for policy_severities_item_data in _policy_severities:
                policy_severities_item = PolicySeverity(policy_severities_item_data)

                policy_severities.append(policy_severities_item)

        dataset_ids = cast(list[str], d.pop("dataset_ids", UNSET))

        _dataset_sensitivities = d.pop("dataset_sensitivities", UNSET)
        dataset_sensitivities: list[DatasetSensitivity] | Unset = UNSET
        if _dataset_sensitivities is not UNSET:
            dataset_sensitivities = []
            for dataset_sensitivities_item_data in _dataset_sensitivities:
                dataset_sensitivities_item = DatasetSensitivity(dataset_sensitivities_item_data)

                dataset_sensitivities.append(dataset_sensitivities_item)

        users = cast(list[str], d.pop("users", UNSET))

        assignees = cast(list[str], d.pop("assignees", UNSET))

        hostnames = cast(list[str], d.pop("hostnames", UNSET))

        _resolution_statuses = d.pop("resolution_statuses", UNSET)
        resolution_statuses: list[IncidentStatus] | Unset = UNSET
        if _resolution_statuses is not UNSET:
            resolution_statuses = []
            for resolution_statuses_item_data in _resolution_statuses:
                resolution_statuses_item = IncidentStatus(resolution_statuses_item_data)

                resolution_statuses.append(resolution_statuses_item)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        incident_filter = cls(
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

        incident_filter.additional_properties = d
        return incident_filter

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
