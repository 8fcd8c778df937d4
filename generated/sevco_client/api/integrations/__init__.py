"""The operations tagged integrations: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import (
    create_source,
    create_source_config,
    delete_source,
    get_source,
    get_source_config,
    list_source_audits,
    list_source_configs,
    list_sources,
    update_source,
)

__all__ = [
    "create_source",
    "create_source_config",
    "delete_source",
    "get_source",
    "get_source_config",
    "list_source_audits",
    "list_source_configs",
    "list_sources",
    "update_source",
]
