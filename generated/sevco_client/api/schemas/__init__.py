"""The operations tagged schemas: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import (
    create_source_schemas,
    delete_source_schemas,
    get_config_schema,
    get_source_schemas,
    list_config_schemas,
    update_source_schemas,
)

__all__ = [
    "create_source_schemas",
    "delete_source_schemas",
    "get_config_schema",
    "get_source_schemas",
    "list_config_schemas",
    "update_source_schemas",
]
