"""The operations tagged integration_platform: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import (
    create_access_config,
    create_integration_config,
    list_access_schemas,
    list_integration_executions,
    list_integration_schemas,
)

__all__ = [
    "create_access_config",
    "create_integration_config",
    "list_access_schemas",
    "list_integration_executions",
    "list_integration_schemas",
]
