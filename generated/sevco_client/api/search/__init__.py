"""The operations tagged search: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import create_query_report, save_device_query, save_user_query

__all__ = [
    "create_query_report",
    "save_device_query",
    "save_user_query",
]
