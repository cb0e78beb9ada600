"""The routes operators use (#29): `GET /health` (live), `GET /health/ready` (the database and the file
store answer), and `GET /metrics` (Prometheus text format, for the addresses in SHURO_METRICS_ALLOW)."""

from __future__ import annotations

import ipaddress
import logging

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from tortoise import connections

from app.domain.notices.watch import service_gauges
from app.domain.storage import StorageError
from app.http.client_address import client_address
from app.infra.metrics import CUBE_PENDING, OUTBOX_BACKLOG, OUTBOX_OLDEST, OVERDUE_REPORTS, QUEUE_DEPTH, REGISTRY

log = logging.getLogger(__name__)


async def _database_answers(request: Request) -> bool:
    try:
        await connections.get(request.app.state.connection_name).execute_query("SELECT 1")
    except Exception:  # the database does not answer: say so, never the details
        log.exception("health check: the database does not answer")
        return False
    return True


async def health(request: Request) -> JSONResponse:
    if not await _database_answers(request):
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})


async def ready(request: Request) -> JSONResponse:
    """Ready to serve: the database answers and the file store can be written (503 with the reason)."""
    if not await _database_answers(request):
        return JSONResponse({"status": "unavailable", "reason": "データベースが応答しません。"}, status_code=503)
    try:
        await request.app.state.storage.check()
    except StorageError as error:
        log.error("health check: %s", error)
        return JSONResponse({"status": "unavailable", "reason": "添付ファイルの保存先が使えません。"}, status_code=503)
    return JSONResponse({"status": "ok"})


def allowed(address: str | None, networks: tuple[str, ...]) -> bool:
    if address is None:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(network, strict=False) for network in networks)


async def metrics(request: Request) -> Response:
    settings = request.app.state.settings
    if not allowed(client_address(request, settings.trusted_proxies), settings.metrics_allow):
        return JSONResponse({"errors": [{"message": "このアドレスからは参照できません（SHURO_METRICS_ALLOW）。",
                                         "extensions": {"code": "FORBIDDEN"}}]}, status_code=403)
    gauges = await service_gauges()
    OUTBOX_BACKLOG.set(gauges.outbox_backlog)
    OUTBOX_OLDEST.set(gauges.oldest_unsent_seconds)
    OVERDUE_REPORTS.set(gauges.overdue_reports)
    CUBE_PENDING.set(gauges.cube_pending_cells)
    for bureau, depth in gauges.queue_depth.items():
        QUEUE_DEPTH.labels(bureau=bureau).set(depth)
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
