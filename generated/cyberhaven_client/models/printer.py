from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    BOOLEAN,
    STRING,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class Printer:
    """A printer the data was printed on.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        physical_location (str | Unset):
        server (str | Unset):
        share_name (str | Unset):
        port (str | Unset):
        driver (str | Unset):
        is_local (bool | Unset):
        job_id (str | Unset):
        connectivity (str | Unset):
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    physical_location: str | Unset = UNSET
    server: str | Unset = UNSET
    share_name: str | Unset = UNSET
    port: str | Unset = UNSET
    driver: str | Unset = UNSET
    is_local: bool | Unset = UNSET
    job_id: str | Unset = UNSET
    connectivity: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.name
        if _v is not UNSET:
            _out["name"] = _v
        _v = self.description
        if _v is not UNSET:
            _out["description"] = _v
        _v = self.physical_location
        if _v is not UNSET:
            _out["physical_location"] = _v
        _v = self.server
        if _v is not UNSET:
            _out["server"] = _v
        _v = self.share_name
        if _v is not UNSET:
            _out["share_name"] = _v
        _v = self.port
        if _v is not UNSET:
            _out["port"] = _v
        _v = self.driver
        if _v is not UNSET:
            _out["driver"] = _v
        _v = self.is_local
        if _v is not UNSET:
            _out["is_local"] = _v
        _v = self.job_id
        if _v is not UNSET:
            _out["job_id"] = _v
        _v = self.connectivity
        if _v is not UNSET:
            _out["connectivity"] = _v
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
        name: Any = _d.pop("name", UNSET)
        if type(name) is not str and (name is not UNSET and (name is not None or _strict)):
            raise NotConforming

        description: Any = _d.pop("description", UNSET)
        if type(description) is not str and (description is not UNSET and (description is not None or _strict)):
            raise NotConforming

        physical_location: Any = _d.pop("physical_location", UNSET)
        if type(physical_location) is not str and (
            physical_location is not UNSET and (physical_location is not None or _strict)
        ):
            raise NotConforming

        server: Any = _d.pop("server", UNSET)
        if type(server) is not str and (server is not UNSET and (server is not None or _strict)):
            raise NotConforming

        share_name: Any = _d.pop("share_name", UNSET)
        if type(share_name) is not str and (share_name is not UNSET and (share_name is not None or _strict)):
            raise NotConforming

        port: Any = _d.pop("port", UNSET)
        if type(port) is not str and (port is not UNSET and (port is not None or _strict)):
            raise NotConforming

        driver: Any = _d.pop("driver", UNSET)
        if type(driver) is not str and (driver is not UNSET and (driver is not None or _strict)):
            raise NotConforming

        is_local: Any = _d.pop("is_local", UNSET)
        if type(is_local) is not bool and (is_local is not UNSET and (is_local is not None or _strict)):
            raise NotConforming

        job_id: Any = _d.pop("job_id", UNSET)
        if type(job_id) is not str and (job_id is not UNSET and (job_id is not None or _strict)):
            raise NotConforming

        connectivity: Any = _d.pop("connectivity", UNSET)
        if type(connectivity) is not str and (connectivity is not UNSET and (connectivity is not None or _strict)):
            raise NotConforming

        custom_data: Any = _d.pop("custom_data", UNSET)
        if type(custom_data) is dict:
            custom_data = CustomData._from_json(custom_data, _strict)
        elif custom_data is not UNSET and (custom_data is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            name=name,
            description=description,
            physical_location=physical_location,
            server=server,
            share_name=share_name,
            port=port,
            driver=driver,
            is_local=is_local,
            job_id=job_id,
            connectivity=connectivity,
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
                Field("name", "name", STRING),
                Field("description", "description", STRING),
                Field("physical_location", "physical_location", STRING),
                Field("server", "server", STRING),
                Field("share_name", "share_name", STRING),
                Field("port", "port", STRING),
                Field("driver", "driver", STRING),
                Field("is_local", "is_local", BOOLEAN),
                Field("job_id", "job_id", STRING),
                Field("connectivity", "connectivity", STRING),
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
from ..models.custom_data import CustomData
