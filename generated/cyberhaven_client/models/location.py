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
    ListOf,
    ModelOf,
    ModelShape,
    NotConforming,
    Nullable,
    null_item,
    parse_date_time,
    parse_model,
)

from ..types import UNSET, Unset


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
        """This object as JSON: what the server sent (unknown fields included), or what a request sends."""
        _out: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not UNSET:
            _out["id"] = _v
        _v = self.display_name
        if _v is not UNSET:
            _out["display_name"] = _v
        _v = self.datastore_id
        if _v is not UNSET:
            _out["datastore_id"] = _v
        _v = self.dataset_sensitivity
        if _v is not UNSET:
            _out["dataset_sensitivity"] = _v
        _v = self.dataset_ids
        if _v is not UNSET:
            _out["dataset_ids"] = _v
        _v = self.object_type
        if _v is not UNSET:
            _out["object_type"] = _v
        _v = self.state
        if _v is not UNSET:
            _out["state"] = _v
        _v = self.data
        if _v is not UNSET:
            _out["data"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.app
        if _v is not UNSET:
            _out["app"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.file
        if _v is not UNSET:
            _out["file"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.local_file
        if _v is not UNSET:
            _out["local_file"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.network_share
        if _v is not UNSET:
            _out["network_share"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.email
        if _v is not UNSET:
            _out["email"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.web
        if _v is not UNSET:
            _out["web"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.cloud_app
        if _v is not UNSET:
            _out["cloud_app"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.cloud_file
        if _v is not UNSET:
            _out["cloud_file"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.printer
        if _v is not UNSET:
            _out["printer"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.removable_storage
        if _v is not UNSET:
            _out["removable_storage"] = _v.to_dict() if hasattr(_v, "to_dict") else _v
        _v = self.matched_policies
        if _v is not UNSET:
            _out["matched_policies"] = (
                [_i.to_dict() if hasattr(_i, "to_dict") else _i for _i in _v] if type(_v) is list else _v
            )
        _v = self.discovered_at
        if _v is not UNSET:
            _out["discovered_at"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
        _v = self.updated_at
        if _v is not UNSET:
            _out["updated_at"] = _v.isoformat() if isinstance(_v, datetime.datetime) else _v
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
        if type(id) is not str and (id is not UNSET and (id is not None or _strict)):
            raise NotConforming

        display_name: Any = _d.pop("display_name", UNSET)
        if type(display_name) is not str and (display_name is not UNSET and (display_name is not None or _strict)):
            raise NotConforming

        datastore_id: Any = _d.pop("datastore_id", UNSET)
        if type(datastore_id) is not str and (datastore_id is not UNSET and (datastore_id is not None or _strict)):
            raise NotConforming

        dataset_sensitivity: Any = _d.pop("dataset_sensitivity", UNSET)
        if type(dataset_sensitivity) is not str and (
            dataset_sensitivity is not UNSET and (dataset_sensitivity is not None or _strict)
        ):
            raise NotConforming

        dataset_ids: Any = _d.pop("dataset_ids", UNSET)
        if type(dataset_ids) is list:
            for _i in dataset_ids:
                if type(_i) is not str and (_i is not None or _strict):
                    raise NotConforming
        elif dataset_ids is not UNSET and (dataset_ids is not None or _strict):
            raise NotConforming

        object_type: Any = _d.pop("object_type", UNSET)
        if type(object_type) is not str and (object_type is not UNSET and (object_type is not None or _strict)):
            raise NotConforming

        state: Any = _d.pop("state", UNSET)
        if type(state) is not str and (state is not UNSET and (state is not None or _strict)):
            raise NotConforming

        data: Any = _d.pop("data", UNSET)
        if type(data) is dict:
            data = LocationData._from_json(data, _strict)
        elif data is not UNSET and (data is not None or _strict):
            raise NotConforming

        app: Any = _d.pop("app", UNSET)
        if type(app) is dict:
            app = AppInfo._from_json(app, _strict)
        elif app is not UNSET and (app is not None or _strict):
            raise NotConforming

        file: Any = _d.pop("file", UNSET)
        if type(file) is dict:
            file = FileInfo._from_json(file, _strict)
        elif file is not UNSET and (file is not None or _strict):
            raise NotConforming

        local_file: Any = _d.pop("local_file", UNSET)
        if type(local_file) is dict:
            local_file = LocalFile._from_json(local_file, _strict)
        elif local_file is not UNSET and (local_file is not None or _strict):
            raise NotConforming

        network_share: Any = _d.pop("network_share", UNSET)
        if type(network_share) is dict:
            network_share = NetworkShare._from_json(network_share, _strict)
        elif network_share is not UNSET and (network_share is not None or _strict):
            raise NotConforming

        email: Any = _d.pop("email", UNSET)
        if type(email) is dict:
            email = EmailInfo._from_json(email, _strict)
        elif email is not UNSET and (email is not None or _strict):
            raise NotConforming

        web: Any = _d.pop("web", UNSET)
        if type(web) is dict:
            web = WebInfo._from_json(web, _strict)
        elif web is not UNSET and (web is not None or _strict):
            raise NotConforming

        cloud_app: Any = _d.pop("cloud_app", UNSET)
        if type(cloud_app) is dict:
            cloud_app = CloudApp._from_json(cloud_app, _strict)
        elif cloud_app is not UNSET and (cloud_app is not None or _strict):
            raise NotConforming

        cloud_file: Any = _d.pop("cloud_file", UNSET)
        if type(cloud_file) is dict:
            cloud_file = CloudFile._from_json(cloud_file, _strict)
        elif cloud_file is not UNSET and (cloud_file is not None or _strict):
            raise NotConforming

        printer: Any = _d.pop("printer", UNSET)
        if type(printer) is dict:
            printer = Printer._from_json(printer, _strict)
        elif printer is not UNSET and (printer is not None or _strict):
            raise NotConforming

        removable_storage: Any = _d.pop("removable_storage", UNSET)
        if type(removable_storage) is dict:
            removable_storage = RemovableStorage._from_json(removable_storage, _strict)
        elif removable_storage is not UNSET and (removable_storage is not None or _strict):
            raise NotConforming

        matched_policies: Any = _d.pop("matched_policies", UNSET)
        if type(matched_policies) is list:
            matched_policies = [
                MatchedPolicy._from_json(_i, _strict) if type(_i) is dict else null_item(_i, _strict)
                for _i in matched_policies
            ]
        elif matched_policies is not UNSET and (matched_policies is not None or _strict):
            raise NotConforming

        discovered_at: Any = _d.pop("discovered_at", UNSET)
        if type(discovered_at) is str:
            discovered_at = parse_date_time(discovered_at)
        elif discovered_at is not UNSET and discovered_at is not None:
            raise NotConforming

        updated_at: Any = _d.pop("updated_at", UNSET)
        if type(updated_at) is str:
            updated_at = parse_date_time(updated_at)
        elif updated_at is not UNSET and updated_at is not None:
            raise NotConforming

        # Any: the checks above let null through where lenient, which the attribute types do not list
        _new: Any = cls
        _model: Self = _new(
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
        if _d:  # else the model keeps its own empty dict: `_d`, emptied by the pops, still has room for every field
            _model.additional_properties = _d
        return _model

    @staticmethod
    def _json_shape() -> ModelShape:
        """What the spec declares for each field, for the careful path of from_dict."""
        return ModelShape(
            fields=(
                Field("id", "id", STRING),
                Field("display_name", "display_name", STRING),
                Field("datastore_id", "datastore_id", STRING),
                Field("dataset_sensitivity", "dataset_sensitivity", STRING),
                Field("dataset_ids", "dataset_ids", ListOf(STRING)),
                Field("object_type", "object_type", STRING),
                Field("state", "state", STRING),
                Field("data", "data", ModelOf(LocationData)),
                Field("app", "app", ModelOf(AppInfo)),
                Field("file", "file", ModelOf(FileInfo)),
                Field("local_file", "local_file", ModelOf(LocalFile)),
                Field("network_share", "network_share", ModelOf(NetworkShare)),
                Field("email", "email", ModelOf(EmailInfo)),
                Field("web", "web", ModelOf(WebInfo)),
                Field("cloud_app", "cloud_app", ModelOf(CloudApp)),
                Field("cloud_file", "cloud_file", ModelOf(CloudFile)),
                Field("printer", "printer", ModelOf(Printer)),
                Field("removable_storage", "removable_storage", ModelOf(RemovableStorage)),
                Field("matched_policies", "matched_policies", ListOf(ModelOf(MatchedPolicy))),
                Field("discovered_at", "discovered_at", Nullable(DATE_TIME)),
                Field("updated_at", "updated_at", Nullable(DATE_TIME)),
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
