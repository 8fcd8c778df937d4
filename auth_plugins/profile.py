"""What the runtime needs to know about one vendor API, read from its spec's `x-` extensions.

The generator renders one `ApiProfile` per API into `generated/<package>/profile.py`; the auth flows,
the resilience transport and `connect()` read only this object, never the spec file, so an installed
client needs no YAML at run time. See specs/EXTENSIONS.md for the extensions each field comes from.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@frozen
class Setting:
    """One keyword argument of `connect()`, e.g. `api_key`, read from the environment when omitted."""

    name: str
    env: tuple[str, ...] = ()
    secret: bool = False
    default: str | None = None
    description: str = ""


@frozen
class TokenHeaderAuthSpec:
    """`x-auth-plugin: token-header`: a static key in a header, plus extra headers from settings."""

    token_setting: str
    header: str = "Authorization"
    prefix: str = "Token"
    extra_headers: Mapping[str, str] = field(factory=dict)  # header name -> setting name


@frozen
class TokenExchangeAuthSpec:
    """`x-auth-plugin: token-exchange`: a long-lived key exchanged for short-lived bearer tokens."""

    path: str
    key_setting: str
    request_field: str
    response_field: str
    expires_in_field: str
    default_lifetime: float
    refresh_margin: float
    header: str = "Authorization"
    prefix: str = "Bearer"


AuthSpec = TokenHeaderAuthSpec | TokenExchangeAuthSpec


def credential_setting(spec: AuthSpec) -> str:
    """The setting that holds the scheme's credential (a key or token: secret whatever the spec says)."""
    return spec.token_setting if isinstance(spec, TokenHeaderAuthSpec) else spec.key_setting


@frozen
class ErrorsInBody:
    """`x-errors-in-body`: successful bodies that report failures in a list of `{code, message}` entries.

    An entry whose code is not one of `ok_codes` is a failure: it is logged; and when the body also lacks
    the documented payload (`payload`, a JSON pointer), the call raises ErrorsInBodyError instead of
    returning an empty success. Applies to `operations`, those whose success body declares the list."""

    errors: str  # JSON pointer of the list in a 2xx body, e.g. /errors
    code: str  # field of an entry holding its code
    message: str  # field of an entry holding its message
    ok_codes: tuple[object, ...]
    payload: str  # JSON pointer of the documented payload, e.g. /resources
    operations: frozenset[str] = frozenset()


@frozen
class RateLimits:
    """`x-rate-limits`: None means the vendor declares no limit of that kind.

    `requests_per_minute` is the key's budget: the client follows the server's own reports of it once it sends them.
    `own_requests_per_minute` (never from the spec) is a hard cap of this client's: a plain moving window the
    server's reports never widen, to leave room for other users of the key."""

    requests_per_minute: int | None = None
    max_concurrent_per_operation: int | None = None
    own_requests_per_minute: int | None = None


@frozen
class Operation:
    """One operation of the spec, as the transport needs it."""

    operation_id: str
    method: str
    path: str
    safe_to_retry: bool  # idempotent method, or a POST/PATCH marked `x-safe-to-retry: true`
    authenticated: bool = True  # False for an operation declared `security: []` (sent without credentials)


@frozen
class ApiProfile:
    name: str
    title: str
    server_url: str  # servers[0].url, may hold {variables} filled from settings
    settings: tuple[Setting, ...]
    auth: AuthSpec
    rate_limits: RateLimits
    operations: Mapping[str, Operation]
    error_message_pointer: str | None  # JSON pointer to the server's message in an error body
    spec_sha256: str
    # Further `security` alternatives of the document, in its order; connect() uses the first scheme
    # whose credential setting is given (see auth_plugins.connect).
    auth_alternatives: tuple[AuthSpec, ...] = ()
    errors_in_body: ErrorsInBody | None = None
    # The runtime's own environment variables are `<env_prefix>_...` (`CYBERHAVEN_SHARED_STATE_URL`); None: none.
    env_prefix: str | None = None

    @property
    def public_operations(self) -> frozenset[str]:
        """The ids of the operations sent without credentials (`security: []`)."""
        return frozenset(op.operation_id for op in self.operations.values() if not op.authenticated)

    @property
    def credential_settings(self) -> frozenset[str]:
        """The credential settings of every `security` alternative (see `credential_setting`)."""
        return frozenset(credential_setting(spec) for spec in (self.auth, *self.auth_alternatives))

    def is_secret(self, name: str) -> bool:
        """Whether setting `name` is a secret (held as a `Secret`, kept off command lines, which other users of a
        machine see): marked `secret` in the spec, or any scheme's credential, whatever the spec says."""
        return name in self.credential_settings or any(s.name == name and s.secret for s in self.settings)

    def setting(self, name: str) -> Setting:
        for setting in self.settings:
            if setting.name == name:
                return setting
        raise KeyError(name)
