from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    INTEGER,
    STRING,
    Field,
    ListOf,
    ModelOf,
    ModelShape,
    NotConforming,
    null_item,
    parse_model,
)

from ..types import UNSET, Unset


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
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.kind
        if _v is not UNSET:
            _out["kind"] = _v
        _v = self.blocked
        if _v is not UNSET:
            _out["blocked"] = _v
        _v = self.data_size
        if _v is not UNSET:
            _out["data_size"] = _v
        _v = self.content
        if _v is not UNSET:
            _out["content"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.sensor_kind
        if _v is not UNSET:
            _out["sensor_kind"] = _v
        _v = self.hostname
        if _v is not UNSET:
            _out["hostname"] = _v
        _v = self.machine_serial_number
        if _v is not UNSET:
            _out["machine_serial_number"] = _v
        _v = self.ip_address
        if _v is not UNSET:
            _out["ip_address"] = _v
        _v = self.device_type
        if _v is not UNSET:
            _out["device_type"] = _v
        _v = self.temporary_blocked
        if _v is not UNSET:
            _out["temporary_blocked"] = _v
        _v = self.fail_close_statuses
        if _v is not UNSET:
            _out["fail_close_statuses"] = (
                [_i.to_dict() if hasattr(_i, "to_dict") else _i for _i in _v] if type(_v) is list else _v
            )
        _v = self.process_id
        if _v is not UNSET:
            _out["process_id"] = _v
        _v = self.parent_process_id
        if _v is not UNSET:
            _out["parent_process_id"] = _v
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
        kind: Any = _d.pop("kind", UNSET)
        if type(kind) is not str and (kind is not UNSET and (kind is not None or _strict)):
            raise NotConforming

        blocked: Any = _d.pop("blocked", UNSET)
        if type(blocked) is not bool and (blocked is not UNSET and (blocked is not None or _strict)):
            raise NotConforming

        data_size: Any = _d.pop("data_size", UNSET)
        if type(data_size) is not int and (data_size is not UNSET and (data_size is not None or _strict)):
            raise NotConforming

        content: Any = _d.pop("content", UNSET)
        if type(content) is dict:
            content = ActionContent._from_json(content, _strict)
        elif content is not UNSET and (content is not None or _strict):
            raise NotConforming

        sensor_kind: Any = _d.pop("sensor_kind", UNSET)
        if type(sensor_kind) is not str and (sensor_kind is not UNSET and (sensor_kind is not None or _strict)):
            raise NotConforming

        hostname: Any = _d.pop("hostname", UNSET)
        if type(hostname) is not str and (hostname is not UNSET and (hostname is not None or _strict)):
            raise NotConforming

        machine_serial_number: Any = _d.pop("machine_serial_number", UNSET)
        if type(machine_serial_number) is not str and (
            machine_serial_number is not UNSET and (machine_serial_number is not None or _strict)
        ):
            raise NotConforming

        ip_address: Any = _d.pop("ip_address", UNSET)
        if type(ip_address) is not str and (ip_address is not UNSET and (ip_address is not None or _strict)):
            raise NotConforming

        device_type: Any = _d.pop("device_type", UNSET)
        if type(device_type) is not str and (device_type is not UNSET and (device_type is not None or _strict)):
            raise NotConforming

        temporary_blocked: Any = _d.pop("temporary_blocked", UNSET)
        if type(temporary_blocked) is not bool and (
            temporary_blocked is not UNSET and (temporary_blocked is not None or _strict)
        ):
            raise NotConforming

        fail_close_statuses: Any = _d.pop("fail_close_statuses", UNSET)
        if type(fail_close_statuses) is list:
            fail_close_statuses = [
                FailCloseStatus._from_json(_i, _strict) if type(_i) is dict else null_item(_i, _strict)
                for _i in fail_close_statuses
            ]
        elif fail_close_statuses is not UNSET and (fail_close_statuses is not None or _strict):
            raise NotConforming

        process_id: Any = _d.pop("process_id", UNSET)
        if type(process_id) is not int and (process_id is not UNSET and (process_id is not None or _strict)):
            raise NotConforming

        parent_process_id: Any = _d.pop("parent_process_id", UNSET)
        if type(parent_process_id) is not int and (
            parent_process_id is not UNSET and (parent_process_id is not None or _strict)
        ):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
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
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("kind", "kind", STRING),
                Field("blocked", "blocked", BOOLEAN),
                Field("data_size", "data_size", INTEGER),
                Field("content", "content", ModelOf(ActionContent)),
                Field("sensor_kind", "sensor_kind", STRING),
                Field("hostname", "hostname", STRING),
                Field("machine_serial_number", "machine_serial_number", STRING),
                Field("ip_address", "ip_address", STRING),
                Field("device_type", "device_type", STRING),
                Field("temporary_blocked", "temporary_blocked", BOOLEAN),
                Field("fail_close_statuses", "fail_close_statuses", ListOf(ModelOf(FailCloseStatus))),
                Field("process_id", "process_id", INTEGER),
                Field("parent_process_id", "parent_process_id", INTEGER),
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
from ..models.action_content import ActionContent
from ..models.custom_data import CustomData
from ..models.fail_close_status import FailCloseStatus
