from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_content_attributes import ActionContentAttributes
    from ..models.custom_data import CustomData


T = TypeVar("T", bound="ActionContent")


@_attrs_define
class ActionContent:
    """Content inspection results of the data moved.

    Attributes:
        tags (list[str] | Unset):
        attributes (ActionContentAttributes | Unset): Content attributes (counts, scores, ...); any JSON values.
        upload_filename (str | Unset):
        inspected (bool | Unset): Whether the content was inspected.
        custom_data (CustomData | Unset): Free-form key/value data attached by the tenant (custom attributes). Any JSON
            values.
    """

    tags: list[str] | Unset = UNSET
    attributes: ActionContentAttributes | Unset = UNSET
    upload_filename: str | Unset = UNSET
    inspected: bool | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        upload_filename = self.upload_filename

        inspected = self.inspected

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if upload_filename is not UNSET:
            field_dict["upload_filename"] = upload_filename
        if inspected is not UNSET:
            field_dict["inspected"] = inspected
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_content_attributes import ActionContentAttributes  # noqa: PLC0415
        from ..models.custom_data import CustomData  # noqa: PLC0415

        d = dict(src_dict)
        tags = cast(list[str], d.pop("tags", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: ActionContentAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ActionContentAttributes.from_dict(_attributes)

        upload_filename = d.pop("upload_filename", UNSET)

        inspected = d.pop("inspected", UNSET)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = CustomData.from_dict(_custom_data)

        action_content = cls(
            tags=tags,
            attributes=attributes,
            upload_filename=upload_filename,
            inspected=inspected,
            custom_data=custom_data,
        )

        action_content.additional_properties = d
        return action_content

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
