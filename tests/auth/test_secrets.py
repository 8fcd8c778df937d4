"""Secret: hidden in repr/str, revealed only on demand, redacted from any text while alive."""

from __future__ import annotations

import copy
import gc
import json
import pickle
import threading
from urllib.parse import quote

import pytest

from auth_plugins import Secret, redact, secrets

from .fakes import canary


def test_repr_and_str_hide_the_value() -> None:
    value = canary("KEY")
    secret = Secret(value)
    assert repr(secret) == "Secret('***')"
    assert str(secret) == "Secret('***')"
    assert f"{secret}" == "Secret('***')"
    assert value not in repr([secret, {"k": secret}])
    assert secret.reveal() == value


def test_redact_replaces_every_live_secret() -> None:
    first, second = canary("A"), canary("B")
    kept = [Secret(first), Secret(second)]
    text = f"key={first} token={second} again {first}"
    assert redact(text) == "key=*** token=*** again ***"
    assert kept  # alive until here


def test_redact_catches_json_and_url_encoded_forms() -> None:
    value = canary("KEY") + '/"+ &x'
    kept = Secret(value)
    assert value not in redact(json.dumps({"api_key": value}))
    assert json.dumps(value)[1:-1] not in redact(json.dumps({"api_key": value}))
    assert quote(value, safe="") not in redact(f"https://x.test/?key={quote(value, safe='')}")
    assert kept.reveal() == value


def test_a_dead_secret_is_no_longer_redacted() -> None:
    value = canary("ROTATED")
    secret = Secret(value)
    assert redact(value) == "***"
    del secret
    gc.collect()
    assert redact(value) == value


def test_two_secrets_with_one_value_keep_it_registered_until_both_die() -> None:
    value = canary("SHARED")
    first, second = Secret(value), Secret(value)
    del first
    gc.collect()
    assert redact(value) == "***"
    assert second == Secret(value)


def test_blank_values_are_not_registered() -> None:
    kept = [Secret(""), Secret("   ")]
    assert redact("plain text stays") == "plain text stays"
    assert len(kept) == 2


def test_a_secret_cannot_be_pickled_and_copies_are_itself() -> None:
    secret = Secret(canary("KEY"))
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    assert copy.copy(secret) is secret
    assert copy.deepcopy(secret) is secret


def test_a_secret_dying_while_another_registers_does_not_deadlock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Finalizers run wherever garbage collection happens, including inside the registry's critical
    section on the same thread: releasing a secret there must not wait for the registry's lock."""
    victims = [Secret(canary("victim"))]
    victim_value = victims[0].reveal()
    real_forms = secrets._forms

    def forms_dropping_the_victim(value: str) -> set[str]:
        victims.clear()  # the last reference goes: its finalizer runs right here, mid-registration
        return real_forms(value)

    monkeypatch.setattr(secrets, "_forms", forms_dropping_the_victim)
    registering = threading.Thread(target=Secret, args=(canary("newcomer"),), daemon=True)
    registering.start()
    registering.join(timeout=5)
    monkeypatch.undo()

    assert not registering.is_alive(), "Secret() deadlocked on the registry lock"
    assert redact(victim_value) == victim_value  # the victim's release was applied, not lost
