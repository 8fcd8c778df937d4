"""Schemathesis extensions named in schemathesis.toml (`hooks = "tests.schemathesis_hooks"`), loaded
by the pytest runs and by the CLI run of `make contract-deep` alike."""

from __future__ import annotations

from typing import Any

import schemathesis


@schemathesis.check
def missing_credentials_rejected(ctx: Any, response: Any, case: Any) -> bool | None:
    """Stands in for `missing_required_header` on Sevco. That check insists on 401 for a missing
    `Authorization`, but Sevco answers a request without credentials with 403 (VENDOR_APIS.md, and
    specs/sevco.yaml says so on ApiToken and the 403 response), and the mock is faithful to the vendor.
    Here: no Authorization -> 401 or 403, never a success."""
    if "authorization" not in {name.lower() for name in response.request.headers}:
        assert response.status_code in (401, 403), f"no credentials, yet {response.status_code}"
    return None
