"""Every default a user of the generated clients meets, in one place.

Each value here is documented in README.md ("Settings and knobs"); change it here and nowhere else.
Modules import these names; a test or a caller overrides them through the documented arguments
(`connect(timeout=...)`, `RetryPolicy(...)`, `RateLimits(...)`), never by editing another module.
"""

from __future__ import annotations

from typing import Final

import httpx

# -- time --
TIMEOUT_SECONDS: Final = 30.0  # per httpx phase (read, write, pool) unless connect(timeout=...) says otherwise
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

# -- error messages --
ERROR_SNIPPET_CHARS: Final = 200  # at most this much of a server's message goes into an exception
MISMATCH_VALUE_CHARS: Final = 40  # a string that does not fit its model is quoted in messages up to this length
