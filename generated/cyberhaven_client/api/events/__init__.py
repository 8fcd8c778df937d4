"""The operations tagged events: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import get_event_details, get_event_lineage

__all__ = [
    "get_event_details",
    "get_event_lineage",
]
