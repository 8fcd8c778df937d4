"""The operations tagged runners: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import (
    create_runner,
    delete_runner,
    download_runner,
    execute_on_runner,
    get_runner,
    get_runner_config,
    list_runners,
    ping_runner,
    update_runner,
)

__all__ = [
    "create_runner",
    "delete_runner",
    "download_runner",
    "execute_on_runner",
    "get_runner",
    "get_runner_config",
    "list_runners",
    "ping_runner",
    "update_runner",
]
