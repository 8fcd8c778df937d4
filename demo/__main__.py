"""`make demo`: the main job end to end against the embedded mock servers.

Starts both mocks on 127.0.0.1 (real uvicorn, free ports), connects the generated clients through
connect() with the real auth plugins, and does what a SIEM/SOAR pipeline does: pull every incident
and device page by page, triage the critical incidents, and report what the servers saw.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import cyberhaven_client
import sevco_client
from cyberhaven_client.api.incidents import update_incident
from cyberhaven_client.models import ListIncidentsRequest, UpdateIncidentRequest
from cyberhaven_client.paginate import aiterate_list_incidents, iterate_list_incidents
from sevco_client.api.admin import list_orgs
from sevco_client.models import AssetQueryRequest
from sevco_client.paginate import iterate_query_devices

from mock_servers import create_app, serve_in_thread

SEVCO_KEY, SEVCO_ORG = "sevco-test-key", "00000000-0000-0000-0000-000000000000"
CYBERHAVEN_KEY = "cyberhaven-test-key"


def sevco_job(base_url: str) -> None:
    with sevco_client.connect(api_key=SEVCO_KEY, org_id=SEVCO_ORG, base_url=base_url) as client:
        orgs = list_orgs.sync(client=client).orgs
        print(f"sevco: {len(orgs)} orgs, first {orgs[0].org_name!r}")
        query = AssetQueryRequest.from_dict(
            {"query": {"combinator": "and", "rules": []}, "pagination": {"per_page": 50}}
        )
        devices = list(iterate_query_devices(client=client, body=query))
        by_os = Counter(str(d.attributes.os) if d.attributes else "unknown" for d in devices)
        print(f"sevco: {len(devices)} devices, by OS: {dict(by_os.most_common(4))}")


def cyberhaven_job(base_url: str) -> None:
    with cyberhaven_client.connect(api_key=CYBERHAVEN_KEY, base_url=base_url) as client:
        body = ListIncidentsRequest.from_dict({"page_request": {"size": 100}})
        incidents = list(iterate_list_incidents(client=client, body=body))
        severities = Counter(str(i.policy.severity) if i.policy else "unknown" for i in incidents)
        print(f"cyberhaven: {len(incidents)} incidents, by policy severity: {dict(severities)}")
        critical = [i for i in incidents if i.policy and str(i.policy.severity) == "critical" and i.status == "open"]
        for incident in critical[:3]:
            triage = UpdateIncidentRequest.from_dict(
                {"status": "closed", "close_reason": "valid", "close_note": "demo"}
            )
            update_incident.sync(str(incident.id), client=client, body=triage)
        print(f"cyberhaven: closed {min(3, len(critical))} of {len(critical)} open critical incidents")


async def cyberhaven_async_job(base_url: str) -> None:
    client = cyberhaven_client.connect(api_key=CYBERHAVEN_KEY, base_url=base_url)
    async with client:
        count = 0
        async for _ in aiterate_list_incidents(client=client, body=ListIncidentsRequest()):
            count += 1
        print(f"cyberhaven (async): {count} incidents")


def main() -> None:
    sevco_app, cyberhaven_app = create_app("sevco"), create_app("cyberhaven")
    with serve_in_thread(sevco_app) as sevco_url, serve_in_thread(cyberhaven_app) as cyberhaven_url:
        print(f"mock sevco at {sevco_url}, mock cyberhaven at {cyberhaven_url}")
        sevco_job(sevco_url)
        cyberhaven_job(cyberhaven_url)
        asyncio.run(cyberhaven_async_job(cyberhaven_url))
        stats = cyberhaven_app.state.mock.stats()
        print(
            f"cyberhaven server saw: {stats['token_exchanges']} token exchange(s), "
            f"{sum(stats['requests'].values())} requests, peak concurrency {max(stats['peak_concurrency'].values())}, "
            f"{stats['rate_limited']} answered 429"
        )


if __name__ == "__main__":
    main()
