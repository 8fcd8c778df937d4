"""Functions a ProcessPoolExecutor worker runs (importable by a spawned interpreter)."""

from __future__ import annotations

import sevco_client
from sevco_client.api.admin import list_orgs


def list_orgs_with(url: str, key: str, org: str) -> object:
    """A call in the worker process; the server answers 401 echoing the credentials, so this raises."""
    client = sevco_client.connect(api_key=key, org_id=org, base_url=url)
    return list_orgs.sync(client=client)
