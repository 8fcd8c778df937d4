from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_section import ConfigSection


T = TypeVar("T", bound="SourceConfig")


@_attrs_define
class SourceConfig:
    """A configured integration of an organisation.

    Attributes:
        id (str):
        source_id (str):
        org_id (str | Unset):
        plugin_id (None | str | Unset):
        runner_id (None | str | Unset):
        enabled (bool | Unset):
        connect (ConfigSection | None | Unset):
        auth (ConfigSection | None | Unset):
        settings (ConfigSection | None | Unset):
        created_timestamp (datetime.datetime | None | Unset):
        last_updated_timestamp (datetime.datetime | None | Unset):
    """

    id: str
    source_id: str
    org_id: str | Unset = UNSET
    plugin_id: None | str | Unset = UNSET
    runner_id: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    connect: ConfigSection | None | Unset = UNSET
    auth: ConfigSection | None | Unset = UNSET
    settings: ConfigSection | None | Unset = UNSET
    created_timestamp: datetime.datetime | None | Unset = UNSET
    last_updated_timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.config_section import ConfigSection  # noqa: PLC0415

        id = self.id

        source_id = self.source_id

        org_id = self.org_id

        plugin_id: None | str | Unset
        if isinstance(self.plugin_id, Unset):
            plugin_id = UNSET
        else:
            plugin_id = self.plugin_id

        runner_id: None | str | Unset
        if isinstance(self.runner_id, Unset):
            runner_id = UNSET
        else:
            runner_id = self.runner_id

        enabled = self.enabled

        connect: dict[str, Any] | None | Unset
        if isinstance(self.connect, Unset):
            connect = UNSET
        elif isinstance(self.connect, ConfigSection):
            connect = self.connect.to_dict()
        else:
            connect = self.connect

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, ConfigSection):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, ConfigSection):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        created_timestamp: None | str | Unset
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        elif isinstance(self.created_timestamp, datetime.datetime):
            created_timestamp = self.created_timestamp.isoformat()
        else:
            created_timestamp = self.created_timestamp

        last_updated_timestamp: None | str | Unset
        if isinstance(self.last_updated_timestamp, Unset):
            last_updated_timestamp = UNSET
        elif isinstance(self.last_updated_timestamp, datetime.datetime):
            last_updated_timestamp = self.last_updated_timestamp.isoformat()
        else:
            last_updated_timestamp = self.last_updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_id": source_id,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id
        if runner_id is not UNSET:
            field_dict["runner_id"] = runner_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if connect is not UNSET:
            field_dict["connect"] = connect
        if auth is not UNSET:
            field_dict["auth"] = auth
        if settings is not UNSET:
            field_dict["settings"] = settings
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if last_updated_timestamp is not UNSET:
            field_dict["last_updated_timestamp"] = last_updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_section import ConfigSection  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source_id = d.pop("source_id")

        org_id = d.pop("org_id", UNSET)

        def _parse_plugin_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plugin_id = _parse_plugin_id(d.pop("plugin_id", UNSET))

        def _parse_runner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runner_id = _parse_runner_id(d.pop("runner_id", UNSET))

        enabled = d.pop("enabled", UNSET)

        def _parse_connect(data: object) -> ConfigSection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connect_type_0 = ConfigSection.from_dict(data)

                return connect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfigSection | None | Unset, data)

        connect = _parse_connect(d.pop("connect", UNSET))

        def _parse_auth(data: object) -> ConfigSection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0 = ConfigSection.from_dict(data)

                return auth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfigSection | None | Unset, data)

        auth = _parse_auth(d.pop("auth", UNSET))

        def _parse_settings(data: object) -> ConfigSection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = ConfigSection.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfigSection | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_created_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return created_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_timestamp = _parse_created_timestamp(d.pop("created_timestamp", UNSET))

        def _parse_last_updated_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return last_updated_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated_timestamp = _parse_last_updated_timestamp(d.pop("last_updated_timestamp", UNSET))

        source_config = cls(
            id=id,
            source_id=source_id,
            org_id=org_id,
            plugin_id=plugin_id,
            runner_id=runner_id,
            enabled=enabled,
            connect=connect,
            auth=auth,
            settings=settings,
            created_timestamp=created_timestamp,
            last_updated_timestamp=last_updated_timestamp,
        )

        source_config.additional_properties = d
        return source_config

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
