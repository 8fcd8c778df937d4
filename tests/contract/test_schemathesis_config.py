"""schemathesis.toml against the specs it serves: auth that matches each security scheme, and output
that keeps credentials and the org id out of CI logs."""

from __future__ import annotations

import os
from typing import Any

from schemathesis.config import ApiKeyAuthConfig, SchemathesisConfig
from schemathesis.core.output.sanitization import sanitize_value

from tests.credentials import CYBERHAVEN_KEY, MOCK_ENVIRONMENT, SEVCO_KEY, SEVCO_ORG
from tests.schemathesis_config import load_config

from .spec_tools import spec


def _scheme(api: str) -> tuple[str, dict[str, Any]]:
    (name,) = spec(api)["security"][0]
    return name, spec(api)["components"]["securitySchemes"][name]


def test_sevco_sends_the_token_header_and_org_the_spec_names() -> None:
    project = load_config().projects.get(spec("sevco"))
    name, scheme = _scheme("sevco")

    configured = project.auth.openapi.schemes[name]
    assert isinstance(configured, ApiKeyAuthConfig)
    assert configured.api_key == f"{scheme['x-token-prefix']} {SEVCO_KEY}"
    assert scheme["in"] == "header"
    assert project.headers == {header: SEVCO_ORG for header in scheme["x-extra-headers"]}


def test_cyberhaven_exchanges_the_key_where_the_spec_says() -> None:
    project = load_config().projects.get(spec("cyberhaven"))
    name, scheme = _scheme("cyberhaven")
    exchange, dynamic = scheme["x-token-exchange"], project.auth.dynamic.schemes[name]

    assert dynamic.path == exchange["path"]
    assert dynamic.payload == {exchange["request-field"]: CYBERHAVEN_KEY}
    assert dynamic.extract_selector == f"/{exchange['response-field']}"
    assert 401 in dynamic.retry_on  # an expired token is exchanged again, as the client does


def test_loading_the_config_leaves_the_environment_alone() -> None:
    before = {name: os.environ.get(name) for name in MOCK_ENVIRONMENT}
    load_config()
    assert {name: os.environ.get(name) for name in MOCK_ENVIRONMENT} == before


def test_credentials_and_org_are_filtered_from_output() -> None:
    config: SchemathesisConfig = load_config()
    headers = {"Authorization": f"Token {SEVCO_KEY}", "x-sevco-target-org": SEVCO_ORG, "Accept": "application/json"}
    body = {"api_key": CYBERHAVEN_KEY, "access_token": "abc", "page": 2}

    sanitize_value(headers, config=config.output.sanitization)
    sanitize_value(body, config=config.output.sanitization)

    assert headers == {"Authorization": "[Filtered]", "x-sevco-target-org": "[Filtered]", "Accept": "application/json"}
    assert body == {"api_key": "[Filtered]", "access_token": "[Filtered]", "page": 2}
