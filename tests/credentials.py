"""The mock servers' test credentials (mock_servers/data/*.yaml), under the environment names the
generated connect() and schemathesis.toml read."""

from __future__ import annotations

SEVCO_KEY = "sevco-test-key"
SEVCO_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtb2NrIn0.sevco-mock-jwt"  # sent as `Authorization: Bearer <jwt>`
SEVCO_ORG = "00000000-0000-0000-0000-000000000000"
CYBERHAVEN_KEY = "cyberhaven-test-key"

MOCK_ENVIRONMENT = {
    "SEVCO_API_KEY": SEVCO_KEY,
    "SEVCO_JWT": SEVCO_JWT,
    "SEVCO_ORG_ID": SEVCO_ORG,
    "CYBERHAVEN_API_KEY": CYBERHAVEN_KEY,
}
