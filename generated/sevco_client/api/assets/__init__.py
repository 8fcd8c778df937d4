"""The operations tagged assets: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import facet_devices, query_asset_users, query_devices, query_exposures

__all__ = [
    "facet_devices",
    "query_asset_users",
    "query_devices",
    "query_exposures",
]
