"""The operations tagged plugins: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import (
    create_plugin,
    delete_plugin,
    get_plugin,
    get_plugin_download_url,
    list_plugins,
    set_default_plugin,
    update_plugin,
)

__all__ = [
    "create_plugin",
    "delete_plugin",
    "get_plugin",
    "get_plugin_download_url",
    "list_plugins",
    "set_default_plugin",
    "update_plugin",
]
