"""The operations tagged endpoints: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import list_endpoints

__all__ = [
    "list_endpoints",
]
