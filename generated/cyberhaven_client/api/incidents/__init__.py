"""The operations tagged incidents: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import get_incidents, list_incidents, update_incident

__all__ = [
    "get_incidents",
    "list_incidents",
    "update_incident",
]
