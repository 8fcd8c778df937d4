from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_action import EventAction
    from ..models.location import Location
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Event")


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
        id = self.id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if user is not UNSET:
            field_dict["user"] = user
        if action is not UNSET:
            field_dict["action"] = action
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_action import EventAction  # noqa: PLC0415
        from ..models.location import Location  # noqa: PLC0415
        from ..models.user_ref import UserRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _user = d.pop("user", UNSET)
        user: UserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserRef.from_dict(_user)

        _action = d.pop("action", UNSET)
        action: EventAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = EventAction.from_dict(_action)

        _source = d.pop("source", UNSET)
        source: Location | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = Location.from_dict(_source)

        _destination = d.pop("destination", UNSET)
        destination: Location | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = Location.from_dict(_destination)

        event = cls(
            id=id,
            timestamp=timestamp,
            user=user,
            action=action,
            source=source,
            destination=destination,
        )

        event.additional_properties = d
        return event

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
