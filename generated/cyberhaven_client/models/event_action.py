from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_content import ActionContent
    from ..models.custom_data import CustomData
    from ..models.fail_close_status import FailCloseStatus


T = TypeVar("T", bound="EventAction")


@_attrs_define
class EventAction:
    """What the user did, where and how it was handled.

    Attributes:
        kind (str | Unset): Action kind, e.g. `copy`, `upload`, `download`, `dlp_scan`, `dar_scan`, ... (open-ended).
        blocked (bool | Unset):
        data_size (int | Unset): Bytes moved.
        content (ActionContent | Unset): Content inspection results of the data moved.
        sensor_kind (str | Unset): Sensor that saw the action, e.g. `endpoint`.
        hostname (str | Unset):
        machine_serial_number (str | Unset):
        ip_address (str | Unset):
        device_type (str | Unset): e.g. `managed`.
        temporary_blocked (bool | Unset):
        fail_close_statuses (list[FailCloseStatus] | Unset):
        process_id (int | Unset):
        parent_process_id (int | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    kind: str | Unset = UNSET
    blocked: bool | Unset = UNSET
    data_size: int | Unset = UNSET
    content: ActionContent | Unset = UNSET
    sensor_kind: str | Unset = UNSET
    hostname: str | Unset = UNSET
    machine_serial_number: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    device_type: str | Unset = UNSET
    temporary_blocked: bool | Unset = UNSET
    fail_close_statuses: list[FailCloseStatus] | Unset = UNSET
    process_id: int | Unset = UNSET
    parent_process_id: int | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        blocked = self.blocked

        data_size = self.data_size

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        sensor_kind = self.sensor_kind

        hostname = self.hostname

        machine_serial_number = self.machine_serial_number

        ip_address = self.ip_address

        device_type = self.device_type

        temporary_blocked = self.temporary_blocked

        fail_close_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fail_close_statuses, Unset):
            fail_close_statuses = []
            for fail_close_statuses_item_data in self.fail_close_statuses:
                fail_close_statuses_item = fail_close_statuses_item_data.to_dict()
                fail_close_statuses.append(fail_close_statuses_item)

        process_id = self.process_id

        parent_process_id = self.parent_process_id

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if data_size is not UNSET:
            field_dict["data_size"] = data_size
        if content is not UNSET:
            field_dict["content"] = content
        if sensor_kind is not UNSET:
            field_dict["sensor_kind"] = sensor_kind
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if machine_serial_number is not UNSET:
            field_dict["machine_serial_number"] = machine_serial_number
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if temporary_blocked is not UNSET:
            field_dict["temporary_blocked"] = temporary_blocked
        if fail_close_statuses is not UNSET:
            field_dict["fail_close_statuses"] = fail_close_statuses
        if process_id is not UNSET:
            field_dict["process_id"] = process_id
        if parent_process_id is not UNSET:
            field_dict["parent_process_id"] = parent_process_id
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_content import ActionContent  # noqa: PLC0415
        from ..models.custom_data import CustomData  # noqa: PLC0415
        from ..models.fail_close_status import FailCloseStatus  # noqa: PLC0415

        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        blocked = d.pop("blocked", UNSET)

        data_size = d.pop("data_size", UNSET)

        _content = d.pop("content", UNSET)
        content: ActionContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ActionContent.from_dict(_content)

        sensor_kind = d.pop("sensor_kind", UNSET)

        hostname = d.pop("hostname", UNSET)

        machine_serial_number = d.pop("machine_serial_number", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        device_type = d.pop("device_type", UNSET)

        temporary_blocked = d.pop("temporary_blocked", UNSET)

        _fail_close_statuses = d.pop("fail_close_statuses", UNSET)
        fail_close_statuses: list[FailCloseStatus] | Unset = UNSET
        if _fail_close_statuses is not UNSET:
            fail_close_statuses = []
            for fail_close_statuses_item_data in _fail_close_statuses:
                fail_close_statuses_item = FailCloseStatus.from_dict(fail_close_statuses_item_data)

                fail_close_statuses.append(fail_close_statuses_item)

        process_id = d.pop("process_id", UNSET)

        parent_process_id = d.pop("parent_process_id", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CustomData.from_dict(_custom_data)

        event_action = cls(
            kind=kind,
            blocked=blocked,
            data_size=data_size,
            content=content,
            sensor_kind=sensor_kind,
            hostname=hostname,
            machine_serial_number=machine_serial_number,
            ip_address=ip_address,
            device_type=device_type,
            temporary_blocked=temporary_blocked,
            fail_close_statuses=fail_close_statuses,
            process_id=process_id,
            parent_process_id=parent_process_id,
            custom_data=custom_data,
        )

        event_action.additional_properties = d
        return event_action

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
