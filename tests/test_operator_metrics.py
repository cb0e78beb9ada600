"""What operators watch (#29): `GET /metrics` in the Prometheus text format for the configured addresses,
each named metric moving when its cause happens, and logs as one JSON object per line with the request id."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from app.domain import clock
from app.domain.outbox import RenderedMail, queue_mail
from app.http.files import attachment_path
from app.infra.settings import Settings
from app.models import Attachment, PlanTallyChange, WorkerReport
from app.models.enums import MailKind, ReportKind, Role
from tests.conftest import app_client
from tests.factories import staff_token
from tests.operations import run
from tests.plan_builder import submitted_plan
from tests.served import ServedApp


def sample(text: str, metric: str, **labels: str) -> float:
    """The value of one sample (0 when it is not there yet)."""
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == metric and all(found.labels.get(k) == v for k, v in labels.items()):
                return found.value
    return 0.0


async def scrape(client: httpx.AsyncClient) -> str:
    answer = await client.get("/metrics")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/plain")
    return answer.text


async def test_metrics_answer_only_the_configured_addresses(settings: Settings) -> None:
    async with app_client(settings) as local:
        assert (await local.get("/metrics")).status_code == 200
    async with app_client(settings, peer="10.1.2.3") as stranger:
        refused = await stranger.get("/metrics")
        assert refused.status_code == 403 and refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    async with app_client(settings.with_overrides(metrics_allow=("10.0.0.0/8",)), peer="10.1.2.3") as monitor:
        assert (await monitor.get("/metrics")).status_code == 200


async def test_each_metric_moves_when_its_cause_happens(settings: Settings) -> None:
    async with app_client(settings) as client:
        before = await scrape(client)
        await run(client, "SystemStatus")
        await client.post("/graphql", json={"query": "{ plans { totalCount } }"})  # not logged in
        await client.get("/admin/login")
        after = await scrape(client)
        named = {"kind": "graphql", "name": "SystemStatus", "status": "200"}
        assert sample(after, "shuro_http_requests_total", **named) == sample(before, "shuro_http_requests_total", **named) + 1
        assert sample(after, "shuro_http_request_seconds_count", kind="graphql", name="SystemStatus") >= 1
        assert sample(after, "shuro_http_requests_total", kind="admin", name="login", status="200") >= 1
        assert sample(after, "shuro_errors_total", code="UNAUTHENTICATED") == sample(before, "shuro_errors_total", code="UNAUTHENTICATED") + 1

        # The gauges read the rows: queue depth, cube, overdue reports, outbox.
        _, plan = await submitted_plan(settings.upload_dir, prefecture="13")
        await queue_mail(MailKind.REPORT_OVERDUE, "someone@example.jp", RenderedMail("件名", "本文"))
        gauges = await scrape(client)
        assert sample(gauges, "shuro_review_queue_depth", bureau="KANTO") == 1
        assert sample(gauges, "shuro_review_queue_depth", bureau="KINKI") == 0
        assert sample(gauges, "shuro_statistics_pending_cells") == await PlanTallyChange.all().count()
        assert sample(gauges, "shuro_outbox_backlog") >= 1
        assert sample(gauges, "shuro_overdue_reports") == 0
        await WorkerReport.create(plan_id=plan.id, worker_id=(await plan.workers.all())[0].id, kind=ReportKind.ACCEPTANCE,
                                  status="REQUIRED", due_on=clock.today() - timedelta(days=1))
        assert sample(await scrape(client), "shuro_overdue_reports") == 1

        # A file the store cannot give: counted as a storage error.
        row = await Attachment.get(plan_id=plan.id)
        (settings.upload_dir / row.storage_key[:2] / row.storage_key).unlink()
        _, mlit = await staff_token(Role.MLIT_STAFF)
        failing = sample(await scrape(client), "shuro_storage_errors_total", operation="read")
        answer = await client.get(attachment_path(row.id), headers={"Authorization": f"Bearer {mlit}"})
        assert answer.status_code == 503
        assert sample(await scrape(client), "shuro_storage_errors_total", operation="read") == failing + 1


def test_logs_are_json_lines_with_the_request_id(tmp_path: Path) -> None:
    with ServedApp(f"sqlite://{tmp_path / 'logs.sqlite3'}", tmp_path, SHURO_LOG_FORMAT="json") as served:
        answer = httpx.post(f"{served.base}/graphql", json={"query": "{ plans { totalCount } }"},
                            headers={"X-Request-Id": "request-from-test-0001"}, timeout=30)
        assert answer.headers["x-request-id"] == "request-from-test-0001"
        generated = httpx.get(f"{served.base}/health", timeout=30).headers["x-request-id"]
        served.stop()
        lines = [line for line in served.output().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"time", "level", "logger", "message", "request_id"} <= set(entry) for entry in entries)
    ours = [entry for entry in entries if entry["request_id"] == "request-from-test-0001"]
    assert any("UNAUTHENTICATED" in entry["message"] for entry in ours)  # the refusal, logged under the client's id
    assert any(entry["logger"] == "uvicorn.access" for entry in ours)
    assert any(entry["request_id"] == generated for entry in entries)
