"""What generation says of a spec, as the tests of the `x-` extensions read it."""

from __future__ import annotations

from typing import Any

from generator.validate import problems


def problems_at(spec: dict[str, Any]) -> dict[str, str]:
    """JSON pointer -> every message validation gives there, joined with "; " ({} for a valid spec)."""
    found: dict[str, str] = {}
    for where, message in problems(spec):
        found[where] = f"{found[where]}; {message}" if where in found else message
    return found
