"""Mock conforms to spec, statefully: schemathesis walks the specs' OpenAPI links (list/get incidents ->
update_incident and get_event_lineage; list or create users and sources -> get one) against both
mocks served over loopback, with every default check on every step.

Settings and credentials come from schemathesis.toml: Sevco's token header, and for Cyberhaven an
access token from the exchange endpoint. Each scenario starts from the seeded state.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis

from mock_servers.spec import spec_path
from tests.schemathesis_config import load_config

from .conftest import Server
from .spec_tools import APIS, link_targets


def _state_machine(api: str, server: Server, followed: set[str]) -> Any:
    schema = schemathesis.openapi.from_path(str(spec_path(api)), config=load_config())
    schema.config.update(base_url=server.url)

    class Scenario(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            server.mock.reset(keep_tokens=True)  # the exchanged token outlives the scenario that got it

        def step(self, input: Any) -> Any:
            output = super().step(input)
            declared = input.transition is not None and not input.transition.is_inferred and input.is_applied
            if declared and 200 <= output.response.status_code < 300:
                followed.add(input.case.operation.definition.raw["operationId"])
            return output

    return schema, hypothesis.seed(schema.config.seed)(Scenario)  # the toml's seed, as for stateless runs


@pytest.mark.parametrize("api", APIS)
def test_links_hold_against_mock(api: str, servers: dict[str, Server]) -> None:
    followed: set[str] = set()  # operations reached through a link the spec declares, with a 2xx
    schema, scenario = _state_machine(api, servers[api], followed)

    scenario.run(settings=schema.config.get_hypothesis_settings(phase="stateful"))

    assert link_targets(api) <= followed, f"declared links that never led to a success: {link_targets(api) - followed}"
