"""The operations tagged assets_v_1: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import list_asset_users_v1, list_devices_v1

__all__ = [
    "list_asset_users_v1",
    "list_devices_v1",
]
