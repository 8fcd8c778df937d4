"""Pagination end to end: walking every page through the client returns every seeded record exactly once."""

from __future__ import annotations

from collections.abc import Callable

from cyberhaven_client.api.incidents import list_incidents
from cyberhaven_client.models import ListIncidentsRequest
from cyberhaven_client.paginate import aiterate_list_incidents, iterate_list_incidents
from cyberhaven_client.types import Unset as CyberhavenUnset
from sevco_client.api.assets import query_devices
from sevco_client.models import AssetQueryRequest
from sevco_client.paginate import iterate_list_devices_v1, iterate_query_devices
from sevco_client.types import Unset as SevcoUnset

from .recipes import Context

ALL_DEVICES = {"query": {"combinator": "and", "rules": []}}


def _incident_total(ctx: Context) -> int:
    first = list_incidents.sync(client=ctx.client, body=ListIncidentsRequest.from_dict({"page_request": {"size": 1}}))
    assert not isinstance(first.page_response, CyberhavenUnset)
    assert isinstance(first.page_response.total, int)
    return first.page_response.total


def test_all_incidents_once_each(connected: Callable[..., Context]) -> None:
    ctx = connected("cyberhaven")
    total = _incident_total(ctx)
    body = ListIncidentsRequest.from_dict({"page_request": {"size": 37}})  # not a divisor of the total

    ids = [incident.id for incident in iterate_list_incidents(client=ctx.client, body=body)]

    assert total >= 100
    assert len(ids) == total
    assert len(set(ids)) == total


async def test_all_incidents_once_each_async(connected: Callable[..., Context]) -> None:
    ctx = connected("cyberhaven")
    total = _incident_total(ctx)
    body = ListIncidentsRequest.from_dict({"page_request": {"size": 50}})

    ids = [incident.id async for incident in aiterate_list_incidents(client=ctx.client, body=body)]

    assert sorted(ids) == sorted(set(ids))
    assert len(ids) == total
    await ctx.client.aclose()


def test_all_devices_once_each(connected: Callable[..., Context]) -> None:
    ctx = connected("sevco")
    first = query_devices.sync(
        client=ctx.client, body=AssetQueryRequest.from_dict({**ALL_DEVICES, "pagination": {"page": 0, "per_page": 1}})
    )
    assert not isinstance(first.pagination, SevcoUnset)
    assert isinstance(first.pagination.total, int)
    total = first.pagination.total
    body = AssetQueryRequest.from_dict({**ALL_DEVICES, "pagination": {"per_page": 30}})

    ids = [device.id for device in iterate_query_devices(client=ctx.client, body=body)]

    assert total >= 100
    assert len(ids) == total
    assert len(set(ids)) == total


def test_v1_device_pages_match_the_v3_query(connected: Callable[..., Context]) -> None:
    ctx = connected("sevco")
    v1_ids = [device.id for device in iterate_list_devices_v1(client=ctx.client, per_page=40)]
    v3_ids = [d.id for d in iterate_query_devices(client=ctx.client, body=AssetQueryRequest.from_dict(ALL_DEVICES))]
    assert len(v1_ids) == len(set(v1_ids))
    assert set(v1_ids) == set(v3_ids)
