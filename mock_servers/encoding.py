"""JSON out: orjson, with the JSON of each served record made once.

A list response is mostly records. `Projection` is a record as the mock sends it (a dict, so it is validated and
templated like any value) that keeps its own JSON once encoded; `dump_json` splices that JSON into the body
instead of encoding the record again. What orjson refuses (integers beyond 64 bits) goes through the standard
library, so every body the mock served before is still served.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS


class Projection(dict[str, Any]):
    """A record as sent. Never changed once made: the engine caches it and reuses it across responses."""

    __slots__ = ("_json",)
    _json: bytes

    def json(self) -> bytes:
        try:
            return self._json
        except AttributeError:
            self._json = _encode(self)  # a dict subclass: orjson writes it as a dict
            return self._json


def dump_json(value: Any) -> bytes:
    """The JSON bytes of a response body."""
    try:
        return orjson.dumps(value, default=_spliced, option=_OPTIONS | orjson.OPT_PASSTHROUGH_SUBCLASS)
    except TypeError:
        return _standard(value)


def _spliced(value: Any) -> Any:
    """orjson's `default`: a Projection's own JSON; other subclasses of dict, list, str, int as their base type."""
    if isinstance(value, Projection):
        return orjson.Fragment(value.json())
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list):
        return list(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def _encode(value: Any) -> bytes:
    try:
        return orjson.dumps(value, option=_OPTIONS)
    except TypeError:
        return _standard(value)


def _standard(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
