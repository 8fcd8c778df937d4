from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_info import AppInfo
    from ..models.cloud_app import CloudApp
    from ..models.cloud_file import CloudFile
    from ..models.email_info import EmailInfo
    from ..models.file_info import FileInfo
    from ..models.local_file import LocalFile
    from ..models.location_data import LocationData
    from ..models.matched_policy import MatchedPolicy
    from ..models.network_share import NetworkShare
    from ..models.printer import Printer
    from ..models.removable_storage import RemovableStorage
    from ..models.web_info import WebInfo


T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """Where data was (source) or went (destination). Which sub-objects are present depends on `object_type`. Real payloads
    carry more (email_attachment, cloud_share_recipient, im_message, source_code_repo, labels, issues, update_event,
    cloud_connector, ...); they are kept.

        Attributes:
            id (str | Unset):
            display_name (str | Unset):
            datastore_id (str | Unset):
            dataset_sensitivity (str | Unset): Sensitivity of the data here, in the prefixed spelling (`sensitivity_high`,
                `sensitivity_unspecified`, ...), unlike DatasetSensitivity.
            dataset_ids (list[str] | Unset):
            object_type (str | Unset): e.g. `file`, `website`, `removable_storage`.
            state (str | Unset):
            data (LocationData | Unset): Classification labels of the data at a location.
            app (AppInfo | Unset): The application that accessed the data.
            file (FileInfo | Unset): File attributes.
            local_file (LocalFile | Unset): A file on the endpoint's local disk.
            network_share (NetworkShare | Unset): A file on a network share.
            email (EmailInfo | Unset): An email the data was attached to or read from.
            web (WebInfo | Unset): A website the data came from or went to.
            cloud_app (CloudApp | Unset): A cloud application and the account used in it.
            cloud_file (CloudFile | Unset): A file stored in a cloud app.
            printer (Printer | Unset): A printer the data was printed on.
            removable_storage (RemovableStorage | Unset): A removable device (USB drive, ...).
            matched_policies (list[MatchedPolicy] | Unset):
            discovered_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    datastore_id: str | Unset = UNSET
    dataset_sensitivity: str | Unset = UNSET
    dataset_ids: list[str] | Unset = UNSET
    object_type: str | Unset = UNSET
    state: str | Unset = UNSET
    data: LocationData | Unset = UNSET
    app: AppInfo | Unset = UNSET
    file: FileInfo | Unset = UNSET
    local_file: LocalFile | Unset = UNSET
    network_share: NetworkShare | Unset = UNSET
    email: EmailInfo | Unset = UNSET
    web: WebInfo | Unset = UNSET
    cloud_app: CloudApp | Unset = UNSET
    cloud_file: CloudFile | Unset = UNSET
    printer: Printer | Unset = UNSET
    removable_storage: RemovableStorage | Unset = UNSET
    matched_policies: list[MatchedPolicy] | Unset = UNSET
    discovered_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        datastore_id = self.datastore_id

        dataset_sensitivity = self.dataset_sensitivity

        dataset_ids: list[str] | Unset = UNSET
        if not isinstance(self.dataset_ids, Unset):
            dataset_ids = self.dataset_ids

        object_type = self.object_type

        state = self.state

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        local_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local_file, Unset):
            local_file = self.local_file.to_dict()

        network_share: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_share, Unset):
            network_share = self.network_share.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        web: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web, Unset):
            web = self.web.to_dict()

        cloud_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_app, Unset):
            cloud_app = self.cloud_app.to_dict()

        cloud_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_file, Unset):
            cloud_file = self.cloud_file.to_dict()

        printer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.printer, Unset):
            printer = self.printer.to_dict()

        removable_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.removable_storage, Unset):
            removable_storage = self.removable_storage.to_dict()

        matched_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.matched_policies, Unset):
            matched_policies = []
            for matched_policies_item_data in self.matched_policies:
                matched_policies_item = matched_policies_item_data.to_dict()
                matched_policies.append(matched_policies_item)

        discovered_at: None | str | Unset
        if isinstance(self.discovered_at, Unset):
            discovered_at = UNSET
        elif isinstance(self.discovered_at, datetime.datetime):
            discovered_at = self.discovered_at.isoformat()
        else:
            discovered_at = self.discovered_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if datastore_id is not UNSET:
            field_dict["datastore_id"] = datastore_id
        if dataset_sensitivity is not UNSET:
            field_dict["dataset_sensitivity"] = dataset_sensitivity
        if dataset_ids is not UNSET:
            field_dict["dataset_ids"] = dataset_ids
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if state is not UNSET:
            field_dict["state"] = state
        if data is not UNSET:
            field_dict["data"] = data
        if app is not UNSET:
            field_dict["app"] = app
        if file is not UNSET:
            field_dict["file"] = file
        if local_file is not UNSET:
            field_dict["local_file"] = local_file
        if network_share is not UNSET:
            field_dict["network_share"] = network_share
        if email is not UNSET:
            field_dict["email"] = email
        if web is not UNSET:
            field_dict["web"] = web
        if cloud_app is not UNSET:
            field_dict["cloud_app"] = cloud_app
        if cloud_file is not UNSET:
            field_dict["cloud_file"] = cloud_file
        if printer is not UNSET:
            field_dict["printer"] = printer
        if removable_storage is not UNSET:
            field_dict["removable_storage"] = removable_storage
        if matched_policies is not UNSET:
            field_dict["matched_policies"] = matched_policies
        if discovered_at is not UNSET:
            field_dict["discovered_at"] = discovered_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_info import AppInfo  # noqa: PLC0415
        from ..models.cloud_app import CloudApp  # noqa: PLC0415
        from ..models.cloud_file import CloudFile  # noqa: PLC0415
        from ..models.email_info import EmailInfo  # noqa: PLC0415
        from ..models.file_info import FileInfo  # noqa: PLC0415
        from ..models.local_file import LocalFile  # noqa: PLC0415
        from ..models.location_data import LocationData  # noqa: PLC0415
        from ..models.matched_policy import MatchedPolicy  # noqa: PLC0415
        from ..models.network_share import NetworkShare  # noqa: PLC0415
        from ..models.printer import Printer  # noqa: PLC0415
        from ..models.removable_storage import RemovableStorage  # noqa: PLC0415
        from ..models.web_info import WebInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        display_name = d.pop("display_name", UNSET)

        datastore_id = d.pop("datastore_id", UNSET)

        dataset_sensitivity = d.pop("dataset_sensitivity", UNSET)

        dataset_ids = cast(list[str], d.pop("dataset_ids", UNSET))

        object_type = d.pop("object_type", UNSET)

        state = d.pop("state", UNSET)

        _data = d.pop("data", UNSET)
        data: LocationData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = LocationData.from_dict(_data)

        _app = d.pop("app", UNSET)
        app: AppInfo | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = AppInfo.from_dict(_app)

        _file = d.pop("file", UNSET)
        file: FileInfo | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = FileInfo.from_dict(_file)

        _local_file = d.pop("local_file", UNSET)
        local_file: LocalFile | Unset
        if isinstance(_local_file, Unset):
            local_file = UNSET
        else:
            local_file = LocalFile.from_dict(_local_file)

        _network_share = d.pop("network_share", UNSET)
        network_share: NetworkShare | Unset
        if isinstance(_network_share, Unset):
            network_share = UNSET
        else:
            network_share = NetworkShare.from_dict(_network_share)

        _email = d.pop("email", UNSET)
        email: EmailInfo | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = EmailInfo.from_dict(_email)

        _web = d.pop("web", UNSET)
        web: WebInfo | Unset
        if isinstance(_web, Unset):
            web = UNSET
        else:
            web = WebInfo.from_dict(_web)

        _cloud_app = d.pop("cloud_app", UNSET)
        cloud_app: CloudApp | Unset
        if isinstance(_cloud_app, Unset):
            cloud_app = UNSET
        else:
            cloud_app = CloudApp.from_dict(_cloud_app)

        _cloud_file = d.pop("cloud_file", UNSET)
        cloud_file: CloudFile | Unset
        if isinstance(_cloud_file, Unset):
            cloud_file = UNSET
        else:
            cloud_file = CloudFile.from_dict(_cloud_file)

        _printer = d.pop("printer", UNSET)
        printer: Printer | Unset
        if isinstance(_printer, Unset):
            printer = UNSET
        else:
            printer = Printer.from_dict(_printer)

        _removable_storage = d.pop("removable_storage", UNSET)
        removable_storage: RemovableStorage | Unset
        if isinstance(_removable_storage, Unset):
            removable_storage = UNSET
        else:
            removable_storage = RemovableStorage.from_dict(_removable_storage)

        _matched_policies = d.pop("matched_policies", UNSET)
        matched_policies: list[MatchedPolicy] | Unset = UNSET
        if _matched_policies is not UNSET:
            matched_policies = []
            for matched_policies_item_data in _matched_policies:
                matched_policies_item = MatchedPolicy.from_dict(matched_policies_item_data)

                matched_policies.append(matched_policies_item)

        def _parse_discovered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                discovered_at_type_0 = datetime.datetime.fromisoformat(data)

                return discovered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        discovered_at = _parse_discovered_at(d.pop("discovered_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        location = cls(
            id=id,
            display_name=display_name,
            datastore_id=datastore_id,
            dataset_sensitivity=dataset_sensitivity,
            dataset_ids=dataset_ids,
            object_type=object_type,
            state=state,
            data=data,
            app=app,
            file=file,
            local_file=local_file,
            network_share=network_share,
            email=email,
            web=web,
            cloud_app=cloud_app,
            cloud_file=cloud_file,
            printer=printer,
            removable_storage=removable_storage,
            matched_policies=matched_policies,
            discovered_at=discovered_at,
            updated_at=updated_at,
        )

        location.additional_properties = d
        return location

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
