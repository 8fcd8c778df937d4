"""Which settings of an API become options of its command line, and which stay in the environment only."""

from __future__ import annotations

import types

import attrs
import cyberhaven_client

from auth_plugins.profile import Setting, TokenHeaderAuthSpec
from cli_runtime.connection import connection_options, environment_help
from cli_runtime.spec import Api


def _package(connect: object, profile: object) -> types.ModuleType:
    """A stand-in for a generated package: its `connect()` and `PROFILE` are all the connection options read."""
    package = types.ModuleType("stand_in_client")
    package.connect = connect  # type: ignore[attr-defined]
    package.PROFILE = profile  # type: ignore[attr-defined]
    return package


def _connect(*, api_key: str | None = None, access_token: str | None = None, tenant: str | None = None) -> None:
    """Args:
    tenant: the tenant."""


def test_the_credential_of_every_security_alternative_stays_off_the_command_line() -> None:
    # A second scheme whose token setting the spec forgot to mark secret: still a credential, so no --access-token
    # (a key on the command line is seen by every user of the machine).
    token = Setting("access_token", env=("X_ACCESS_TOKEN",), description="A ready token.")
    profile = attrs.evolve(
        cyberhaven_client.PROFILE,
        settings=(*cyberhaven_client.PROFILE.settings, token),
        auth_alternatives=(TokenHeaderAuthSpec(token_setting="access_token"),),
    )
    api = Api("x", _package(_connect, profile), ())

    assert [option.flag for option in connection_options(api)] == ["tenant"]
    assert "X_ACCESS_TOKEN (secret: from the environment only)" in environment_help(api)


def _documented_connect(*, base_url: str | None = None, timeout: float | None = None, transport: object = None) -> None:
    """Open a client.

    Args:
        base_url: the URL.
        timeout: seconds to wait,
            over two lines.
        transport: an httpx transport (not a command-line type).

    Raises:
        ConfigurationError: a setting is missing.
    """


def test_connect_keywords_become_options_with_the_help_of_their_docstring_entry() -> None:
    api = Api("x", _package(_documented_connect, cyberhaven_client.PROFILE), ())

    options = {option.flag: option for option in connection_options(api)}

    assert set(options) == {"base-url", "timeout"}
    assert options["timeout"].type is float
    assert options["timeout"].help == "seconds to wait, over two lines."
