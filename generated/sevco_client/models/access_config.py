from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    DATE_TIME,
    STRING,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    Nullable,
    parse_date_time,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class AccessConfig:
    """How an organisation reaches a platform.

    Attributes:
        id (str):
        org_id (str | Unset):
        platform_id (str | Unset):
        config_set (ConfigSet | Unset): Which schema a config follows, and its sections.
        enabled (bool | Unset):
        created_timestamp (datetime.datetime | Unset):
        last_updated_timestamp (datetime.datetime | Unset):
        runner_id (None | str | Unset):
        label (None | str | Unset):
        contact_info (None | str | Unset):
        external_console_link (None | str | Unset):
    """

    id: str
    org_id: str | Unset = UNSET
    platform_id: str | Unset = UNSET
    config_set: ConfigSet | Unset = UNSET
    enabled: bool | Unset = UNSET
    created_timestamp: datetime.datetime | Unset = UNSET
    last_updated_timestamp: datetime.datetime | Unset = UNSET
    runner_id: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    contact_info: str | None | Unset = UNSET
    external_console_link: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.org_id
        if _v is not UNSET:
            _out["org_id"] = _v
        _v = self.platform_id
        if _v is not UNSET:
            _out["platform_id"] = _v
        _v = self.config_set
        if _v is not UNSET:
            _out["config_set"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.enabled
        if _v is not UNSET:
            _out["enabled"] = _v
        _v = self.created_timestamp
        if _v is not UNSET:
            _out["created_timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.last_updated_timestamp
        if _v is not UNSET:
            _out["last_updated_timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.runner_id
        if _v is not UNSET:
            _out["runner_id"] = _v
        _v = self.label
        if _v is not UNSET:
            _out["label"] = _v
        _v = self.contact_info
        if _v is not UNSET:
            _out["contact_info"] = _v
        _v = self.external_console_link
        if _v is not UNSET:
            _out["external_console_link"] = _v
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
        if type(id) is not str and (id is not None or _strict):
            raise NotConforming

        org_id: Any = _d.pop("org_id", UNSET)
        if type(org_id) is not str and (org_id is not UNSET and (org_id is not None or _strict)):
            raise NotConforming

        platform_id: Any = _d.pop("platform_id", UNSET)
        if type(platform_id) is not str and (platform_id is not UNSET and (platform_id is not None or _strict)):
            raise NotConforming

        config_set: Any = _d.pop("config_set", UNSET)
        if type(config_set) is dict:
            config_set = ConfigSet._from_json(config_set, _strict)
        elif config_set is not UNSET and (config_set is not None or _strict):
            raise NotConforming

        enabled: Any = _d.pop("enabled", UNSET)
        if type(enabled) is not bool and (enabled is not UNSET and (enabled is not None or _strict)):
            raise NotConforming

        created_timestamp: Any = _d.pop("created_timestamp", UNSET)
        if type(created_timestamp) is str:
            created_timestamp = parse_date_time(created_timestamp)
        elif created_timestamp is not UNSET and (created_timestamp is not None or _strict):
            raise NotConforming

        last_updated_timestamp: Any = _d.pop("last_updated_timestamp", UNSET)
        if type(last_updated_timestamp) is str:
            last_updated_timestamp = parse_date_time(last_updated_timestamp)
        elif last_updated_timestamp is not UNSET and (last_updated_timestamp is not None or _strict):
            raise NotConforming

        runner_id: Any = _d.pop("runner_id", UNSET)
        if type(runner_id) is not str and (runner_id is not UNSET and runner_id is not None):
            raise NotConforming

        label: Any = _d.pop("label", UNSET)
        if type(label) is not str and (label is not UNSET and label is not None):
            raise NotConforming

        contact_info: Any = _d.pop("contact_info", UNSET)
        if type(contact_info) is not str and (contact_info is not UNSET and contact_info is not None):
            raise NotConforming

        external_console_link: Any = _d.pop("external_console_link", UNSET)
        if type(external_console_link) is not str and (
            external_console_link is not UNSET and external_console_link is not None
        ):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            org_id=org_id,
            platform_id=platform_id,
            config_set=config_set,
            enabled=enabled,
            created_timestamp=created_timestamp,
            last_updated_timestamp=last_updated_timestamp,
            runner_id=runner_id,
            label=label,
            contact_info=contact_info,
            external_console_link=external_console_link,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("id", "id", STRING, required=True),
                Field("org_id", "org_id", STRING),
                Field("platform_id", "platform_id", STRING),
                Field("config_set", "config_set", ModelOf(ConfigSet)),
                Field("enabled", "enabled", BOOLEAN),
                Field("created_timestamp", "created_timestamp", DATE_TIME),
                Field("last_updated_timestamp", "last_updated_timestamp", DATE_TIME),
                Field("runner_id", "runner_id", Nullable(STRING)),
                Field("label", "label", Nullable(STRING)),
                Field("contact_info", "contact_info", Nullable(STRING)),
                Field("external_console_link", "external_console_link", Nullable(STRING)),
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
from ..models.config_set import ConfigSet
