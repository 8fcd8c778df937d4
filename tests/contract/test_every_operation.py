"""Client conforms to server: every operation of both specs, through connect() and the real auth
plugins, over HTTP on loopback to the mock; each answer parses and fits the spec."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.generated_models import to_plain

from .recipes import RECIPES, Context
from .spec_tools import APIS, operation_ids, response_problems

CASES = [(api, operation_id) for api in APIS for operation_id in operation_ids(api)]


def test_every_spec_operation_has_a_contract_test() -> None:
    for api in APIS:
        missing = set(operation_ids(api)) - set(RECIPES[api])
        assert not missing, f"{api} operations without a recipe in tests/contract/recipes.py: {sorted(missing)}"
        assert set(RECIPES[api]) <= set(operation_ids(api)), "a recipe names an operation the spec lacks"


@pytest.mark.parametrize(("api", "operation_id"), CASES, ids=[f"{a}-{o}" for a, o in CASES])
def test_operation_through_generated_client(api: str, operation_id: str, connected: Callable[..., Context]) -> None:
    response = RECIPES[api][operation_id](connected(api))

    assert 200 <= response.status_code < 300
    if not response.headers.get("content-type", "application/json").endswith("json"):  # a binary download
        assert response.parsed.payload.read() == response.content != b""
        return
    body = json.loads(response.content) if response.content else None
    assert response_problems(api, operation_id, int(response.status_code), body) == []
    if body is not None:
        assert response.parsed is not None
        assert _keys_kept(to_plain(response.parsed), body), "the model dropped fields the server sent"


def _keys_kept(plain: Any, body: Any) -> bool:
    """Every key of the server's body (at any depth, list items included) survives in to_dict()."""
    if isinstance(body, dict):
        return isinstance(plain, dict) and all(key in plain and _keys_kept(plain[key], v) for key, v in body.items())
    if isinstance(body, list):
        return isinstance(plain, list) and len(plain) == len(body) and all(map(_keys_kept, plain, body))
    return True
