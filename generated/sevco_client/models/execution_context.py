from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    STRING,
    Field,
    ModelShape,
    NotConforming,
    Nullable,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class ExecutionContext:
    """One execution of a source config by a plugin.

    Attributes:
        source_id (str):
        source_config_id (str):
        org_id (str):
        plugin_id (str):
        version_signature (str):
        execution_id (str | Unset):
        runner_id (None | str | Unset):
    """

    source_id: str
    source_config_id: str
    org_id: str
    plugin_id: str
    version_signature: str
    execution_id: str | Unset = UNSET
    runner_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.source_id
        if _v is not UNSET:
            _out["source_id"] = _v
        _v = self.source_config_id
        if _v is not UNSET:
            _out["source_config_id"] = _v
        _v = self.org_id
        if _v is not UNSET:
            _out["org_id"] = _v
        _v = self.plugin_id
        if _v is not UNSET:
            _out["plugin_id"] = _v
        _v = self.version_signature
        if _v is not UNSET:
            _out["version_signature"] = _v
        _v = self.execution_id
        if _v is not UNSET:
            _out["execution_id"] = _v
        _v = self.runner_id
        if _v is not UNSET:
            _out["runner_id"] = _v
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
        source_id: Any = _d.pop("source_id", UNSET)
        if type(source_id) is not str and (source_id is not None or _strict):
            raise NotConforming

        source_config_id: Any = _d.pop("source_config_id", UNSET)
        if type(source_config_id) is not str and (source_config_id is not None or _strict):
            raise NotConforming

        org_id: Any = _d.pop("org_id", UNSET)
        if type(org_id) is not str and (org_id is not None or _strict):
            raise NotConforming

        plugin_id: Any = _d.pop("plugin_id", UNSET)
        if type(plugin_id) is not str and (plugin_id is not None or _strict):
            raise NotConforming

        version_signature: Any = _d.pop("version_signature", UNSET)
        if type(version_signature) is not str and (version_signature is not None or _strict):
            raise NotConforming

        execution_id: Any = _d.pop("execution_id", UNSET)
        if type(execution_id) is not str and (execution_id is not UNSET and (execution_id is not None or _strict)):
            raise NotConforming

        runner_id: Any = _d.pop("runner_id", UNSET)
        if type(runner_id) is not str and (runner_id is not UNSET and runner_id is not None):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            source_id=source_id,
            source_config_id=source_config_id,
            org_id=org_id,
            plugin_id=plugin_id,
            version_signature=version_signature,
            execution_id=execution_id,
            runner_id=runner_id,
        )
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("source_id", "source_id", STRING, required=True),
                Field("source_config_id", "source_config_id", STRING, required=True),
                Field("org_id", "org_id", STRING, required=True),
                Field("plugin_id", "plugin_id", STRING, required=True),
                Field("version_signature", "version_signature", STRING, required=True),
                Field("execution_id", "execution_id", STRING),
                Field("runner_id", "runner_id", Nullable(STRING)),
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
