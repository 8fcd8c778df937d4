"""Hand-written runtime of the generated clients: auth flows, retries, rate limits, errors, secrets.

The generated packages import from here; see each module's docstring and specs/EXTENSIONS.md.
"""

from .connect import DEFAULT_TIMEOUT, Connection, resolve
from .credentials import Credentials
from .deadline import Deadline
from .errors import (
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
    raise_for_status,
    status_error,
    translate_transport_errors,
)
from .limits import RequestLimiter
from .profile import (
    IDEMPOTENT_METHODS,
    ApiProfile,
    AuthSpec,
    ErrorsInBody,
    Operation,
    RateLimits,
    Setting,
    TokenExchangeAuthSpec,
    TokenHeaderAuthSpec,
)
from .resilience import AsyncResilientTransport, ResilientTransport, RetryPolicy
from .secrets import Secret, redact
from .token_exchange import TokenExchangeAuth
from .token_header import TokenHeaderAuth

__all__ = [
    "DEFAULT_TIMEOUT",
    "IDEMPOTENT_METHODS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ApiProfile",
    "AsyncResilientTransport",
    "AuthSpec",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ErrorsInBody",
    "Connection",
    "Credentials",
    "Deadline",
    "ErrorsInBodyError",
    "InternalServerError",
    "MalformedResponseError",
    "ModelMismatchError",
    "NotFoundError",
    "Operation",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimits",
    "RequestLimiter",
    "ResponseTooLargeError",
    "ResilientTransport",
    "RetryPolicy",
    "Secret",
    "Setting",
    "TokenExchangeAuth",
    "TokenExchangeAuthSpec",
    "TokenExchangeError",
    "TokenHeaderAuth",
    "TokenHeaderAuthSpec",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "malformed",
    "raise_for_status",
    "redact",
    "resolve",
    "status_error",
    "translate_transport_errors",
]
