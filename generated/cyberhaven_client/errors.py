"""The errors every function under `api/` raises: one hierarchy, defined in auth_plugins.errors."""

from typing import NoReturn

import httpx
from auth_plugins.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ErrorsInBodyError,
    InternalServerError,
    InvalidArgumentError,
    MalformedResponseError,
    ModelMismatchError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    TokenExchangeError,
    UnexpectedStatusError,
    UnprocessableEntityError,
    malformed,
    scrubbed,
    status_error,
    translate_transport_errors,
    transport_error,
)

from .profile import PROFILE

# openapi-python-client's name for an undocumented status.
UnexpectedStatus = UnexpectedStatusError


def raise_status_error(operation: str, response: httpx.Response) -> NoReturn:
    """Raise the typed error for a status the operation does not document as a success."""
    raise status_error(response, operation=operation, message_pointer=PROFILE.error_message_pointer)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ErrorsInBodyError",
    "InternalServerError",
    "InvalidArgumentError",
    "MalformedResponseError",
    "ModelMismatchError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "TokenExchangeError",
    "UnexpectedStatus",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "malformed",
    "raise_status_error",
    "scrubbed",
    "translate_transport_errors",
    "transport_error",
]
