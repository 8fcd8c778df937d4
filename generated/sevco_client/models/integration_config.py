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
class IntegrationConfig:
    """What an organisation collects from a platform.

    Attributes:
        id (str):
        org_id (str | Unset):
        platform_id (str | Unset):
        integration_id (str | Unset):
        access_config_id (str | Unset):
        config_set (ConfigSet | Unset): Which schema a config follows, and its sections.
        enabled (bool | Unset):
        created_timestamp (datetime.datetime | Unset):
        last_updated_timestamp (datetime.datetime | Unset):
        label (None | str | Unset):
    """

    id: str
    org_id: str | Unset = UNSET
    platform_id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    access_config_id: str | Unset = UNSET
    config_set: ConfigSet | Unset = UNSET
    enabled: bool | Unset = UNSET
    created_timestamp: datetime.datetime | Unset = UNSET
    last_updated_timestamp: datetime.datetime | Unset = UNSET
    label: str | None | Unset = UNSET
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
        _v = self.integration_id
        if _v is not UNSET:
            _out["integration_id"] = _v
        _v = self.access_config_id
        if _v is not UNSET:
            _out["access_config_id"] = _v
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
        _v = self.label
        if _v is not UNSET:
            _out["label"] = _v
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

        integration_id: Any = _d.pop("integration_id", UNSET)
        if type(integration_id) is not str and (
            integration_id is not UNSET and (integration_id is not None or _strict)
        ):
            raise NotConforming

        access_config_id: Any = _d.pop("access_config_id", UNSET)
        if type(access_config_id) is not str and (
            access_config_id is not UNSET and (access_config_id is not None or _strict)
        ):
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

        label: Any = _d.pop("label", UNSET)
        if type(label) is not str and (label is not UNSET and label is not None):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            org_id=org_id,
            platform_id=platform_id,
            integration_id=integration_id,
            access_config_id=access_config_id,
            config_set=config_set,
            enabled=enabled,
            created_timestamp=created_timestamp,
            last_updated_timestamp=last_updated_timestamp,
            label=label,
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
                Field("integration_id", "integration_id", STRING),
                Field("access_config_id", "access_config_id", STRING),
                Field("config_set", "config_set", ModelOf(ConfigSet)),
                Field("enabled", "enabled", BOOLEAN),
                Field("created_timestamp", "created_timestamp", DATE_TIME),
                Field("last_updated_timestamp", "last_updated_timestamp", DATE_TIME),
                Field("label", "label", Nullable(STRING)),
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
