"""Schemathesis 4 with its default checks against both mocks, in-process: every operation, positive and
negative data, coverage probes (missing/invalid auth, undeclared methods), response schema conformance.

Settings and credentials come from schemathesis.toml (Sevco's token header, Cyberhaven's token
exchange); schemathesis then knows the real credentials from generated ones, and its `ignored_auth`
check probes without and with bad ones. State is reset before every Hypothesis example (records,
faults, counters, rate windows), so examples do not depend on each other.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis

from mock_servers import MockController, create_app
from mock_servers.spec import spec_path
from tests.schemathesis_config import load_config

APPS = {api: create_app(api, seed=0) for api in ("sevco", "cyberhaven")}
MOCKS: dict[str, MockController] = {api: app.state.mock for api, app in APPS.items()}


def _schema(api: str) -> Any:
    schema = schemathesis.openapi.from_path(str(spec_path(api)), config=load_config())
    schema.app = APPS[api]
    return schema


sevco = _schema("sevco")
cyberhaven = _schema("cyberhaven")


@sevco.parametrize()  # type: ignore[untyped-decorator]
def test_sevco_conforms(case: Any) -> None:
    MOCKS["sevco"].reset()
    case.call_and_validate()


@cyberhaven.parametrize()  # type: ignore[untyped-decorator]
def test_cyberhaven_conforms(case: Any) -> None:
    MOCKS["cyberhaven"].reset(keep_tokens=True)  # the exchanged token outlives the example that got it
    case.call_and_validate()


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
