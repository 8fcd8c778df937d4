"""The operations tagged streaming: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import create_streaming_destination

__all__ = [
    "create_streaming_destination",
]
