"""The operations tagged admin: one module each, with `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`."""

from . import (
    assign_user_role,
    create_org,
    create_user,
    delete_org,
    delete_user,
    get_org_api_key,
    get_org_service_account,
    get_token_claims,
    get_user,
    list_orgs,
    list_roles,
    list_users,
    remove_user_role,
)

__all__ = [
    "assign_user_role",
    "create_org",
    "create_user",
    "delete_org",
    "delete_user",
    "get_org_api_key",
    "get_org_service_account",
    "get_token_claims",
    "get_user",
    "list_orgs",
    "list_roles",
    "list_users",
    "remove_user_role",
]
