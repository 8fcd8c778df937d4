"""The exit status of every command, one per class of failure, and which error gets which.

The table is shown by `--help` and in README.md ("Exit status"); tests/cli keeps the README equal to
`markdown_table()`. 10-19 are kept free for the drift statuses of a `contract-check` command (issue #16).
"""

from __future__ import annotations

import enum

from auth_plugins.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    InvalidArgumentError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    TokenExchangeError,
)
from client_runtime.paging import PaginationError

__all__ = ["RESERVED", "ExitCode", "exit_code", "markdown_table", "rows"]


class ExitCode(enum.IntEnum):
    OK = 0
    INTERNAL = 1
    USAGE = 2
    CONFIGURATION = 3
    AUTH = 4
    NOT_FOUND = 5
    UNAVAILABLE = 6
    MALFORMED = 7
    REFUSED = 8
    INTERRUPTED = 130
    BROKEN_PIPE = 141

    @property
    def meaning(self) -> str:
        return _MEANINGS[self]


_MEANINGS = {
    ExitCode.OK: "success",
    ExitCode.INTERNAL: "a failure the CLI does not expect (a bug: run again with `--debug` and report it)",
    ExitCode.USAGE: "a bad command, option, argument or `--body`; an argument the spec refuses (nothing was sent)",
    ExitCode.CONFIGURATION: "a setting missing or invalid: the message names its environment variable",
    ExitCode.AUTH: "authentication or permission: the key or token refused (401), the permission missing (403)",
    ExitCode.NOT_FOUND: "not found (404)",
    ExitCode.UNAVAILABLE: "rate-limited (429) or unavailable (5xx, timeout, no connection) after the retries",
    ExitCode.MALFORMED: "a malformed answer: not JSON, not fitting the spec, over the size limit, a looping cursor",
    ExitCode.REFUSED: "the server refused the request (400, 409, 422) or answered a status the spec does not list",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C); a pull prints the `--cursor` to resume from",
    ExitCode.BROKEN_PIPE: "the reader of the output went away (e.g. `| head`); nothing more is printed",
}

# Kept free for the drift statuses of `contract-check` (issue #16): never used for the errors above.
RESERVED = range(10, 20)


def exit_code(error: BaseException) -> ExitCode:
    """The exit status for an error a command raised."""
    if isinstance(error, InvalidArgumentError):
        return ExitCode.USAGE
    if isinstance(error, ConfigurationError):
        return ExitCode.CONFIGURATION
    if isinstance(error, TokenExchangeError) and (error.status_code == 429 or error.status_code >= 500):
        return ExitCode.UNAVAILABLE  # the token endpoint was down or busy: the key itself was not refused
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return ExitCode.AUTH
    if isinstance(error, NotFoundError):
        return ExitCode.NOT_FOUND
    if isinstance(error, RateLimitError | InternalServerError | APIConnectionError):
        return ExitCode.UNAVAILABLE
    if isinstance(error, MalformedResponseError | ResponseTooLargeError | PaginationError):
        return ExitCode.MALFORMED
    if isinstance(error, APIStatusError):
        return ExitCode.REFUSED
    return ExitCode.INTERNAL  # ClientClosedError, and anything not an APIError


def rows() -> list[tuple[str, str]]:
    """(status, meaning) in order, the reserved range included: what `--help` and the README show."""
    found = [(str(code.value), code.meaning) for code in ExitCode]
    found.insert(-2, (f"{RESERVED.start}-{RESERVED.stop - 1}", "kept free for the drift statuses of `contract-check`"))
    return found


def markdown_table() -> str:
    """The exit statuses as the README shows them."""
    return (
        "\n".join(["| status | meaning |", "|---|---|", *(f"| {code} | {meaning} |" for code, meaning in rows())])
        + "\n"
    )
