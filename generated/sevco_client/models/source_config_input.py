from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_section import ConfigSection


T = TypeVar("T", bound="SourceConfigInput")


@_attrs_define
class SourceConfigInput:
    """A source config to create.

    Attributes:
        source_id (str):
        enabled (bool):
        plugin_id (None | str | Unset):
        runner_id (None | str | Unset):
        connect (ConfigSection | Unset): One part of a source config (`connect`, `auth` or `settings`) - a schema name
            and its values.
        auth (ConfigSection | Unset): One part of a source config (`connect`, `auth` or `settings`) - a schema name and
            its values.
        settings (ConfigSection | Unset): One part of a source config (`connect`, `auth` or `settings`) - a schema name
            and its values.
    """

    source_id: str
    enabled: bool
    plugin_id: None | str | Unset = UNSET
    runner_id: None | str | Unset = UNSET
    connect: ConfigSection | Unset = UNSET
    auth: ConfigSection | Unset = UNSET
    settings: ConfigSection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        enabled = self.enabled

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

        connect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connect, Unset):
            connect = self.connect.to_dict()

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_id": source_id,
                "enabled": enabled,
            }
        )
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id
        if runner_id is not UNSET:
            field_dict["runner_id"] = runner_id
        if connect is not UNSET:
            field_dict["connect"] = connect
        if auth is not UNSET:
            field_dict["auth"] = auth
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_section import ConfigSection  # noqa: PLC0415

        d = dict(src_dict)
        source_id = d.pop("source_id")

        enabled = d.pop("enabled")

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

        _connect = d.pop("connect", UNSET)
        connect: ConfigSection | Unset
        if isinstance(_connect, Unset):
            connect = UNSET
        else:
            connect = ConfigSection.from_dict(_connect)

        _auth = d.pop("auth", UNSET)
        auth: ConfigSection | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = ConfigSection.from_dict(_auth)

        _settings = d.pop("settings", UNSET)
        settings: ConfigSection | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = ConfigSection.from_dict(_settings)

        source_config_input = cls(
            source_id=source_id,
            enabled=enabled,
            plugin_id=plugin_id,
            runner_id=runner_id,
            connect=connect,
            auth=auth,
            settings=settings,
        )

        source_config_input.additional_properties = d
        return source_config_input

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
