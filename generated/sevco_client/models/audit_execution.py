from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    INTEGER,
    STRING,
    Field,
    ModelShape,
    NotConforming,
    Nullable,
    parse_date_time,
    parse_model,
)

from ..types import UNSET, Unset


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
    stderr: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.source_config_id
        if _v is not UNSET:
            _out["source_config_id"] = _v
        _v = self.plugin_id
        if _v is not UNSET:
            _out["plugin_id"] = _v
        _v = self.queued_timestamp
        if _v is not UNSET:
            _out["queued_timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.received_timestamp
        if _v is not UNSET:
            _out["received_timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.completed_timestamp
        if _v is not UNSET:
            _out["completed_timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.exit_code
        if _v is not UNSET:
            _out["exit_code"] = _v
        _v = self.stderr
        if _v is not UNSET:
            _out["stderr"] = _v
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

        source_config_id: Any = _d.pop("source_config_id", UNSET)
        if type(source_config_id) is not str and (
            source_config_id is not UNSET and (source_config_id is not None or _strict)
        ):
            raise NotConforming

        plugin_id: Any = _d.pop("plugin_id", UNSET)
        if type(plugin_id) is not str and (plugin_id is not UNSET and (plugin_id is not None or _strict)):
            raise NotConforming

        queued_timestamp: Any = _d.pop("queued_timestamp", UNSET)
        if type(queued_timestamp) is str:
            queued_timestamp = parse_date_time(queued_timestamp)
        elif queued_timestamp is not UNSET and queued_timestamp is not None:
            raise NotConforming

        received_timestamp: Any = _d.pop("received_timestamp", UNSET)
        if type(received_timestamp) is str:
            received_timestamp = parse_date_time(received_timestamp)
        elif received_timestamp is not UNSET and received_timestamp is not None:
            raise NotConforming

        completed_timestamp: Any = _d.pop("completed_timestamp", UNSET)
        if type(completed_timestamp) is str:
            completed_timestamp = parse_date_time(completed_timestamp)
        elif completed_timestamp is not UNSET and completed_timestamp is not None:
            raise NotConforming

        exit_code: Any = _d.pop("exit_code", UNSET)
        if type(exit_code) is not int and (exit_code is not UNSET and exit_code is not None):
            raise NotConforming

        stderr: Any = _d.pop("stderr", UNSET)
        if type(stderr) is not str and (stderr is not UNSET and stderr is not None):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            source_config_id=source_config_id,
            plugin_id=plugin_id,
            queued_timestamp=queued_timestamp,
            received_timestamp=received_timestamp,
            completed_timestamp=completed_timestamp,
            exit_code=exit_code,
            stderr=stderr,
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
                Field("source_config_id", "source_config_id", STRING),
                Field("plugin_id", "plugin_id", STRING),
                Field("queued_timestamp", "queued_timestamp", Nullable(DATE_TIME)),
                Field("received_timestamp", "received_timestamp", Nullable(DATE_TIME)),
                Field("completed_timestamp", "completed_timestamp", Nullable(DATE_TIME)),
                Field("exit_code", "exit_code", Nullable(INTEGER)),
                Field("stderr", "stderr", Nullable(STRING)),
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
