"""The operations tagged authentication: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import exchange_api_key

__all__ = [
    "exchange_api_key",
]
