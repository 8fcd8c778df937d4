"""`python -m bench.paging_probe --url URL --key KEY --collection endpoints --size N [--variant V]`: walk every
record of a paged Cyberhaven collection once and print, as one JSON line, the peak of Python memory allocated
during the walk (tracemalloc), the time of a second walk (untraced) and the bytes of one page. V: `walker` (the
generated walker), `resource` (the resource client), `pages` (its `.pages()`, whole pages parsed). Run in a
process of its own per measurement, so that nothing else shares its heap.

It also prints what one page costs once parsed whole, the floor under a walk through `.pages()`: the peak of
`json.loads` on its bytes (the decoded text and the parsed objects) and the memory its models hold.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Iterable, Sequence
from typing import Any

import cyberhaven_client
import httpx
from cyberhaven_client import paginate
from cyberhaven_client.api.endpoints import list_endpoints
from cyberhaven_client.models import (
    ListEndpointsRequest,
    ListEndpointsResponse,
    ListIncidentsRequest,
    ListIncidentsResponse,
)

from auth_plugins import RateLimits

PATHS = {"incidents": "/v2/incidents/list", "endpoints": "/v2/endpoints/list"}
MODELS: dict[str, Any] = {"incidents": ListIncidentsResponse, "endpoints": ListEndpointsResponse}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.paging_probe", description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--collection", choices=sorted(PATHS), required=True)
    parser.add_argument("--size", type=int, required=True, help="records per page")
    parser.add_argument("--variant", choices=["walker", "resource", "pages"], default="walker")
    args = parser.parse_args(argv)
    body = {"page_request": {"size": args.size}}
    page = _page(args.url, args.key, PATHS[args.collection], body)
    page_bytes, floor = len(page), _parsed(page, MODELS[args.collection])
    del page
    with cyberhaven_client.connect(api_key=args.key, base_url=args.url, rate_limits=RateLimits()) as client:
        # warm-up outside the measurement: the token, the connection, the model modules
        list_endpoints.sync(client=client, body=ListEndpointsRequest.from_dict({"page_request": {"size": 1}}))
        records = _records(client, args.collection, args.variant, body)
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        started = time.perf_counter()
        count = sum(1 for _ in records)
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] - before
        tracemalloc.stop()
        again = _records(client, args.collection, args.variant, body)
        started = time.perf_counter()
        assert sum(1 for _ in again) == count
        untraced = time.perf_counter() - started
    outcome = {
        "records": count,
        "peak_bytes": peak,
        "page_bytes": page_bytes,
        "seconds": seconds,
        "untraced_seconds": untraced,
        **floor,
    }
    print(json.dumps(outcome))
    return 0


def _parsed(page: bytes, model: Any) -> dict[str, int]:
    """What one page costs parsed: json.loads' peak (decoded text and parsed objects), and its models once built
    (their strings shared with the parsed objects, which are then dropped)."""
    gc.collect()
    tracemalloc.start()
    data = json.loads(page)
    loads_peak = tracemalloc.get_traced_memory()[1]
    models = model.from_dict(data)
    del data
    models_held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del models
    return {"loads_peak_bytes": loads_peak, "models_bytes": models_held}


def _page(url: str, key: str, path: str, body: dict[str, Any]) -> bytes:
    """The first page as sent, fetched with bare httpx."""
    with httpx.Client(base_url=url, timeout=60.0) as http:
        exchange = http.post("/v2/auth/token/access", json={"api_key": key})
        exchange.raise_for_status()
        page = http.post(path, json=body, headers={"Authorization": f"Bearer {exchange.json()['access_token']}"})
        page.raise_for_status()
        return page.content


def _records(client: Any, collection: str, variant: str, body: dict[str, Any]) -> Iterable[Any]:
    if variant == "walker":
        if collection == "incidents":
            return paginate.iterate_list_incidents(client=client, body=ListIncidentsRequest.from_dict(body))
        return paginate.iterate_list_endpoints(client=client, body=ListEndpointsRequest.from_dict(body))
    pager = getattr(client, collection).list(page_request=body["page_request"])  # the resource client
    if variant == "pages":  # whole pages parsed: the baseline of the walk time
        return (record for page in pager.pages() for record in page.records)
    records: Iterable[Any] = pager
    return records


if __name__ == "__main__":
    sys.exit(main())
