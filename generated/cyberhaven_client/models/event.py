from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime.parsing import (
    DATE_TIME,
    STRING,
    Field,
    ModelOf,
    ModelShape,
    NotConforming,
    parse_date_time,
    parse_model,
)

from ..types import UNSET, Unset


@_attrs_define
class Event:
    """One data-movement event.

    Attributes:
        id (str):
        timestamp (datetime.datetime | Unset):
        user (UserRef | Unset): The user who acted (on an incident or an event).
        action (EventAction | Unset): What the user did, where and how it was handled.
        source (Location | Unset): Where data was (source) or went (destination). Which sub-objects are present depends
            on `object_type`. Real payloads carry more (email_attachment, cloud_share_recipient, im_message,
            source_code_repo, labels, issues, update_event, cloud_connector, ...); they are kept.
        destination (Location | Unset): Where data was (source) or went (destination). Which sub-objects are present
            depends on `object_type`. Real payloads carry more (email_attachment, cloud_share_recipient, im_message,
            source_code_repo, labels, issues, update_event, cloud_connector, ...); they are kept.
    """

    id: str
    timestamp: datetime.datetime | Unset = UNSET
    user: UserRef | Unset = UNSET
    action: EventAction | Unset = UNSET
    source: Location | Unset = UNSET
    destination: Location | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.timestamp
        if _v is not UNSET:
            _out["timestamp"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.user
        if _v is not UNSET:
            _out["user"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.action
        if _v is not UNSET:
            _out["action"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.source
        if _v is not UNSET:
            _out["source"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.destination
        if _v is not UNSET:
            _out["destination"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
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

        timestamp: Any = _d.pop("timestamp", UNSET)
        if type(timestamp) is str:
            timestamp = parse_date_time(timestamp)
        elif timestamp is not UNSET and (timestamp is not None or _strict):
            raise NotConforming

        user: Any = _d.pop("user", UNSET)
        if type(user) is dict:
            user = UserRef._from_json(user, _strict)
        elif user is not UNSET and (user is not None or _strict):
            raise NotConforming

        action: Any = _d.pop("action", UNSET)
        if type(action) is dict:
            action = EventAction._from_json(action, _strict)
        elif action is not UNSET and (action is not None or _strict):
            raise NotConforming

        source: Any = _d.pop("source", UNSET)
        if type(source) is dict:
            source = Location._from_json(source, _strict)
        elif source is not UNSET and (source is not None or _strict):
            raise NotConforming

        destination: Any = _d.pop("destination", UNSET)
        if type(destination) is dict:
            destination = Location._from_json(destination, _strict)
        elif destination is not UNSET and (destination is not None or _strict):
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
            id=id,
            timestamp=timestamp,
            user=user,
            action=action,
            source=source,
            destination=destination,
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
                Field("timestamp", "timestamp", DATE_TIME),
                Field("user", "user", ModelOf(UserRef)),
                Field("action", "action", ModelOf(EventAction)),
                Field("source", "source", ModelOf(Location)),
                Field("destination", "destination", ModelOf(Location)),
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
from ..models.event_action import EventAction
from ..models.location import Location
from ..models.user_ref import UserRef
