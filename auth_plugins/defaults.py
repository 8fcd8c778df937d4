"""Every default a user of the generated clients meets, in one place.

Each value here is documented in README.md ("Settings and knobs"); change it here and nowhere else.
Modules import these names; a test or a caller overrides them through the documented arguments
(`connect(timeout=..., max_response_bytes=...)`, `RetryPolicy(...)`, `RateLimits(...)`), never by editing
another module.
"""

from __future__ import annotations

from typing import Final

import httpx

# -- time --
# Per httpx phase (connect, read, write, pool), and the deadline of a whole call: the largest phase bounds every
# wait, attempt, backoff and the whole body of one call (see auth_plugins/deadline.py).
TIMEOUT_SECONDS: Final = 30.0
CONNECT_TIMEOUT_SECONDS: Final = 10.0
DEFAULT_TIMEOUT: Final = httpx.Timeout(TIMEOUT_SECONDS, connect=CONNECT_TIMEOUT_SECONDS)

# -- retries (RetryPolicy) --
RETRY_MAX_ATTEMPTS: Final = 4  # attempts in all, the first one included
RETRY_INITIAL_DELAY: Final = 0.5  # seconds before the second attempt, doubled each time
RETRY_MAX_DELAY: Final = 30.0  # seconds; a server asking for longer is not waited for
RETRY_JITTER: Final = 0.5  # fraction of each backoff taken off at random
RETRY_STATUSES: Final = frozenset({429, 502, 503, 504})

# -- rate limits (RequestLimiter) --
RATE_WINDOW_SECONDS: Final = 60  # the window `requests-per-minute` counts in
RATE_WINDOW_MARGIN_SECONDS: Final = 1  # added to the window: a send at 60.0 s may reach the server sooner
# While the server reports its budget (X-RateLimit-Remaining and -Reset) the client follows it instead of its own
# window. Once the server's window has reset, one send goes first to learn what the new one allows (the server may
# count in fixed or moving windows); the others wait until it is settled however slow its answer, asking again
# every RATE_POLL_SECONDS. RATE_PROBE_SECONDS only bounds a probe whose settle never comes (a worker killed while
# sending it): then another send may go first.
RATE_PROBE_SECONDS: Final = 10.0
RATE_POLL_SECONDS: Final = 0.02

# -- connections --
# The size of the connection pool connect() builds, and the number of requests the transport lets hold a
# connection at once: a request waits for a connection in the transport (bounded by its deadline, its token
# attached after the wait), never in httpx's pool. httpx's own defaults.
MAX_CONNECTIONS: Final = 100
MAX_KEEPALIVE_CONNECTIONS: Final = 20

# -- response bodies --
# The most bytes a response body may have, as received and again once decompressed (gzip, deflate); over it the
# call raises ResponseTooLargeError. Far above any page either API sends; connect(max_response_bytes=...) to change.
MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
# A record walk (`for record in pager`) parses a page this large or larger one record at a time from its bytes
# (client_runtime/streaming.py), so it never holds the page's models at once; a smaller page is parsed whole,
# which costs less CPU (one json.loads instead of two ijson passes) and, at this size, little memory.
STREAM_MIN_PAGE_BYTES: Final = 64 * 1024
# The most one socket read asks for (httpcore asks for 64 KiB). Each read's bytes are held three times while a body
# comes in (the read, h11's buffer, the body being joined), so this bounds what reading a page holds beyond the page
# itself: ~100 KB instead of ~200 KB, whichever way the server's writes happen to split (bench/ section e).
READ_CHUNK_BYTES: Final = 32 * 1024

# -- error messages --
ERROR_SNIPPET_CHARS: Final = 200  # at most this much of a server's message goes into an exception
ERROR_BODY_PREFIX_BYTES: Final = 64 * 1024  # an error message reads at most this much of a body
MISMATCH_VALUE_CHARS: Final = 40  # a string that does not fit its model is quoted in messages up to this length

# -- mock servers --
MOCK_MAX_REQUEST_BYTES: Final = 8 * 1024 * 1024  # a larger request body gets 413

# -- shared state on Redis/Valkey (shared_state.RedisState): many workers on one key --
SHARED_STATE_KEY_PREFIX: Final = "security-api-clients"  # every entry is named `<prefix>:<kind>:<key fingerprint>...`
SHARED_STATE_CONNECT_TIMEOUT_SECONDS: Final = 0.5  # to open a connection to Redis; then the in-process fallback
SHARED_STATE_SOCKET_TIMEOUT_SECONDS: Final = 1.0  # for one Redis command's answer; then the in-process fallback
SHARED_STATE_RETRY_SECONDS: Final = 5.0  # after Redis failed, it is tried again this long after (in-process meanwhile)
SHARED_STATE_WORKERS: Final = 8  # processes sharing a key: without Redis each keeps 1/workers of the key's budget
SHARED_STATE_LEASE_SECONDS: Final = 10.0  # an in-flight slot of a killed worker is free again after at most this
SHARED_STATE_LOCK_SECONDS: Final = 30.0  # the token-exchange lock expires after this if its holder dies
SHARED_STATE_POLL_SECONDS: Final = 0.02  # how often a worker waiting for a lock or a slot asks Redis again

# -- the command line (cli_runtime; `cyberhaven`, `sevco`) --
CLI_CELL_CHARS: Final = 40  # a table cell longer than this is cut short, ending in "…" (JSON, NDJSON, CSV never are)
CLI_DERIVED_COLUMNS: Final = 6  # a table of records whose spec declares no x-cli.columns shows their first N scalars
CLI_PROGRESS_REFRESH_PER_SECOND: Final = 4  # how often the progress line of a long pull is redrawn (stderr, a tty)

# -- contract check (python -m contract_check / api-contract-check): a read-only run against a live tenant --
CONTRACT_CHECK_TIME_BUDGET_SECONDS: Final = 300.0  # the whole run; operations not reached by then are "not run"
CONTRACT_CHECK_PAGE_SIZE: Final = 5  # records asked for per page (within what the spec allows)
