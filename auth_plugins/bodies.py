"""Response bodies within bounds: at most `max_response_bytes` as received, and again once decompressed.

The transport reads every body itself (resilience.py) into a `BodyBuffer`, which stops at the limit and at the call's
deadline, and hands httpx the *decoded* bytes with `Content-Encoding` removed from the headers: httpx would
otherwise decode them again, without any bound (its decoders expand a 48 KB gzip bomb to 50 MB in one call).
`decode()` inflates gzip and deflate in steps of at most `_STEP` bytes of output (zlib's `max_length`), so memory
stays near the limit, never a multiple of the body. The transport asks only for the encodings it can bound
(`ACCEPT_ENCODING`); any other one in an answer is a MalformedResponseError.

Hand-written: httpx's decoders take no limit, and no maintained library bounds an httpx body.
"""

from __future__ import annotations

import io
import time
import zlib
from typing import Final

import httpx

from .deadline import Deadline
from .errors import MalformedResponseError, ResponseTooLargeError

__all__ = ["ACCEPT_ENCODING", "BodyBuffer", "decode"]

ACCEPT_ENCODING: Final = "gzip, deflate"
_ACCEPTED: Final = frozenset({"gzip, deflate", "gzip", "deflate", "identity"})
_STEP: Final = 256 * 1024  # bytes of decompressed output per zlib call
_GZIP: Final = frozenset({"gzip", "x-gzip"})


def accepted_encoding(requested: str | None) -> str | None:
    """The Accept-Encoding header to send instead of `requested`, or None to keep it (one we can bound)."""
    return None if requested is None or requested in _ACCEPTED else ACCEPT_ENCODING


class BodyBuffer:
    """The bytes of one body as they arrive: ResponseTooLargeError past `limit`, APITimeoutError past the deadline.

    A body that came in one chunk is that chunk, as it came; a longer one goes into a BytesIO, not a list joined at
    the end: its getvalue() hands over the buffer without a copy, so a body costs its size once."""

    __slots__ = ("_buffer", "_deadline", "_first", "_label", "_limit", "_size", "_status_code")

    def __init__(self, *, limit: int, deadline: Deadline, label: str, status_code: int) -> None:
        self._first: bytes | None = None
        self._buffer: io.BytesIO | None = None
        self._size = 0
        self._limit = limit
        self._deadline = deadline
        self._label = label
        self._status_code = status_code

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            raise too_large(self._label, self._status_code, self._limit, "as received")
        if self._buffer is not None:
            self._buffer.write(chunk)
        elif self._first is None:
            self._first = bytes(chunk)  # no copy of a bytes object
        else:
            self._buffer = io.BytesIO()
            self._buffer.write(self._first)
            self._buffer.write(chunk)
            self._first = None
        if time.monotonic() >= self._deadline.at:
            raise self._deadline.exceeded(self._label, "receiving the response body")

    def value(self) -> bytes:
        if self._buffer is not None:
            return self._buffer.getvalue()
        return self._first if self._first is not None else b""


def too_large(label: str, status_code: int, limit: int, how: str) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"{label}: the response body (HTTP {status_code}) is larger {how} than max_response_bytes={limit:,} bytes; "
        "reading stopped there (connect(max_response_bytes=...) to raise it)",
        limit=limit,
        status_code=status_code,
        operation=label,
    )


def decode(response: httpx.Response, raw: bytes, content_encoding: str, *, label: str, limit: int) -> bytes:
    """`raw` undone of `content_encoding` (last applied, first undone), at most `limit` bytes.

    A body that cannot be decoded is a MalformedResponseError whose `.response` holds it as it came."""
    codings = [coding.strip().lower() for coding in content_encoding.split(",") if coding.strip()]
    body = raw
    try:
        for coding in reversed(codings):
            if coding == "identity":
                continue
            if coding in _GZIP:
                body = _inflate(body, zlib.MAX_WBITS | 16, response.status_code, label, limit, coding)
            elif coding == "deflate":
                body = _inflate_deflate(body, response.status_code, label, limit)
            else:
                raise _Undecodable(f"Content-Encoding {coding!r} is not supported (asked: {ACCEPT_ENCODING})")
    except _Undecodable as exc:
        response.stream = httpx.ByteStream(raw)
        response.read()
        raise MalformedResponseError(
            f"{label}: malformed response (HTTP {response.status_code}): {exc}", response=response, operation=label
        ) from None
    return body


class _Undecodable(Exception):
    pass


def _inflate_deflate(body: bytes, status_code: int, label: str, limit: int) -> bytes:
    # "deflate" is zlib-wrapped by the RFC, raw in the wild (httpx's DeflateDecoder tries both the same way)
    try:
        return _inflate(body, zlib.MAX_WBITS, status_code, label, limit, "deflate")
    except _Undecodable:
        return _inflate(body, -zlib.MAX_WBITS, status_code, label, limit, "deflate")


def _inflate(data: bytes, wbits: int, status_code: int, label: str, limit: int, coding: str) -> bytes:
    inflater = zlib.decompressobj(wbits)
    out = io.BytesIO()
    size = 0
    try:
        piece = inflater.decompress(data, _STEP)
        while True:
            size += len(piece)
            if size > limit:
                raise too_large(label, status_code, limit, f"once decompressed ({coding})")
            out.write(piece)
            # more to come: input left over, or a full step (zlib may hold output for input it already took)
            if inflater.eof or not (inflater.unconsumed_tail or len(piece) == _STEP):
                break
            piece = inflater.decompress(inflater.unconsumed_tail, _STEP)
        tail = inflater.flush()
    except zlib.error as exc:
        raise _Undecodable(f"Content-Encoding {coding}, but the body is not {coding} data ({exc})") from None
    if size + len(tail) > limit:
        raise too_large(label, status_code, limit, f"once decompressed ({coding})")
    out.write(tail)
    return out.getvalue()
