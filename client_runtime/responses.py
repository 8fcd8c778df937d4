"""What the generated functions do to an httpx response before they read it: `settled()`.

httpx's Client wraps the stream of every response it sends in a `BoundSyncStream` / `BoundAsyncStream` that points
back at the response: a reference cycle. Reference counting never frees a cycle, so every response, its body
included, lived until the garbage collector's next full pass; walking 20,000 records in pages of 1,000 then held
up to 8 raw pages at once, and the peak grew with the number of pages (bench/ section e). Once httpx has read the
body (every generated function reads it whole), the wrapper has nothing left to do: a plain stream over the body
replaces it, the cycle is gone, and the body goes when the last reference to the response does.

Hand-written: httpx offers no way to drop the wrapper, and this is one assignment.
"""

from __future__ import annotations

import httpx

__all__ = ["settled"]


def settled(response: httpx.Response) -> httpx.Response:
    """`response` (read already), its stream replaced by one over its body that does not refer back to it."""
    response.stream = httpx.ByteStream(response.content)
    return response
