"""`<prog> token`: does the API key work, and how long does a token last? Never shows the key or the token.

For an API whose spec declares a token exchange (`x-token-exchange`): the key is exchanged once through the
exchange operation's own resource method (the same settings, retries, limits and deadline as every call), and
the answer's lifetime is reported. The token is registered as a secret the moment it arrives, so no line of this
run can show it, and it is not kept.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Annotated

import httpx
import typer

from auth_plugins.connect import setting_values
from auth_plugins.errors import MalformedResponseError
from auth_plugins.profile import TokenExchangeAuthSpec

from .session import Session
from .spec import Api, Command

__all__ = ["applies", "token"]


def applies(api: Api) -> bool:
    """The command exists for APIs that exchange a key for tokens."""
    return isinstance(api.profile.auth, TokenExchangeAuthSpec)


def token(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as one JSON object.")] = False,
) -> None:
    """Check the API key: exchange it for a token, say that it works and when the token expires.

    Neither the key nor the token is ever printed. Exit status 0 when the key works, 4 when it is refused."""
    session = Session.of(ctx)
    api = session.api
    spec = api.profile.auth
    assert isinstance(spec, TokenExchangeAuthSpec)
    exchange = _exchange_command(api, spec)
    client = session.client()  # checks every setting first: a missing key is a configuration error
    key = setting_values(api.profile, {k: v for k, v in session.given.items() if k in _setting_names(api)})[
        spec.key_setting
    ]
    assert key is not None  # connect() refused a missing key already
    method = getattr(getattr(client.with_raw_response, exchange.resource), exchange.method)
    sent_at = time.time()
    raw = method(**{exchange.body_fields[spec.request_field]: key})
    document = json.loads(raw.content)
    value = document.get(spec.response_field) if isinstance(document, dict) else None
    if isinstance(value, str) and value:
        session.keep_secret(value)
    else:
        raise MalformedResponseError(
            f"{exchange.operation_id}: the answer has no {spec.response_field!r} token",
            response=httpx.Response(raw.status_code, headers=raw.headers),
            operation=exchange.operation_id,
        )
    lifetime = document.get(spec.expires_in_field)
    said = isinstance(lifetime, int | float) and not isinstance(lifetime, bool) and lifetime > 0
    seconds = float(lifetime) if said else spec.default_lifetime
    expires = datetime.fromtimestamp(sent_at + seconds, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    host = session.host()
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "api": api.name,
                    "host": host,
                    "key_works": True,
                    "expires_in": seconds,
                    "expires_at": expires,
                    "lifetime_from_answer": said,
                }
            )
        )
        return
    source = "" if said else " (the answer did not say; the spec's default lifetime)"
    typer.echo(
        f"{api.title}: the API key works: {host} issued a token valid for {seconds:.0f} s{source}, until {expires}."
    )


def _exchange_command(api: Api, spec: TokenExchangeAuthSpec) -> Command:
    wanted = f"POST {spec.path}"
    for command in api.commands:
        if command.http == wanted:
            return command
    raise RuntimeError(f"no command for the token exchange {wanted}")  # the generator guarantees one


def _setting_names(api: Api) -> set[str]:
    return {setting.name for setting in api.profile.settings}
