from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditExecution")


@_attrs_define
class AuditExecution:
    """
    Attributes:
        id (str | Unset):
        source_config_id (str | Unset):
        plugin_id (str | Unset):
        queued_timestamp (datetime.datetime | None | Unset):
        received_timestamp (datetime.datetime | None | Unset):
        completed_timestamp (datetime.datetime | None | Unset):
        exit_code (int | None | Unset):
        stderr (None | str | Unset):
    """

    id: str | Unset = UNSET
    source_config_id: str | Unset = UNSET
    plugin_id: str | Unset = UNSET
    queued_timestamp: datetime.datetime | None | Unset = UNSET
    received_timestamp: datetime.datetime | None | Unset = UNSET
    completed_timestamp: datetime.datetime | None | Unset = UNSET
    exit_code: int | None | Unset = UNSET
    stderr: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_config_id = self.source_config_id

        plugin_id = self.plugin_id

        queued_timestamp: None | str | Unset
        if isinstance(self.queued_timestamp, Unset):
            queued_timestamp = UNSET
        elif isinstance(self.queued_timestamp, datetime.datetime):
            queued_timestamp = self.queued_timestamp.isoformat()
        else:
            queued_timestamp = self.queued_timestamp

        received_timestamp: None | str | Unset
        if isinstance(self.received_timestamp, Unset):
            received_timestamp = UNSET
        elif isinstance(self.received_timestamp, datetime.datetime):
            received_timestamp = self.received_timestamp.isoformat()
        else:
            received_timestamp = self.received_timestamp

        completed_timestamp: None | str | Unset
        if isinstance(self.completed_timestamp, Unset):
            completed_timestamp = UNSET
        elif isinstance(self.completed_timestamp, datetime.datetime):
            completed_timestamp = self.completed_timestamp.isoformat()
        else:
            completed_timestamp = self.completed_timestamp

        exit_code: int | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        stderr: None | str | Unset
        if isinstance(self.stderr, Unset):
            stderr = UNSET
        else:
            stderr = self.stderr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_config_id is not UNSET:
            field_dict["source_config_id"] = source_config_id
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id
        if queued_timestamp is not UNSET:
            field_dict["queued_timestamp"] = queued_timestamp
        if received_timestamp is not UNSET:
            field_dict["received_timestamp"] = received_timestamp
        if completed_timestamp is not UNSET:
            field_dict["completed_timestamp"] = completed_timestamp
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if stderr is not UNSET:
            field_dict["stderr"] = stderr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        source_config_id = d.pop("source_config_id", UNSET)

        plugin_id = d.pop("plugin_id", UNSET)

        def _parse_queued_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                queued_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return queued_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        queued_timestamp = _parse_queued_timestamp(d.pop("queued_timestamp", UNSET))

        def _parse_received_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return received_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_timestamp = _parse_received_timestamp(d.pop("received_timestamp", UNSET))

        def _parse_completed_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return completed_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_timestamp = _parse_completed_timestamp(d.pop("completed_timestamp", UNSET))

        def _parse_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))

        def _parse_stderr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stderr = _parse_stderr(d.pop("stderr", UNSET))

        audit_execution = cls(
            id=id,
            source_config_id=source_config_id,
            plugin_id=plugin_id,
            queued_timestamp=queued_timestamp,
            received_timestamp=received_timestamp,
            completed_timestamp=completed_timestamp,
            exit_code=exit_code,
            stderr=stderr,
        )

        audit_execution.additional_properties = d
        return audit_execution

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
