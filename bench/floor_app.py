"""The benchmark's server: the product app plus two plain Starlette JSON routes that read the same
data as the GraphQL queries measured, written for the benchmark only (the floor to compare with).
Never part of the product."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.domain.accounts.sessions import resolve_session
from app.domain.plans.draft import current_plan
from app.domain.visibility import visible_plans
from app.http.app import create_app
from app.http.bearer import bearer_token
from app.infra.settings import load_settings
from app.models import Attachment, Worker
from app.models.enums import PlanStatus, SessionChannel


def _plan_json(plan, workers, attachments=None) -> dict:  # type: ignore[no-untyped-def]
    data = {
        "id": plan.id, "applicationNumber": plan.application_number, "status": plan.status.value,
        "companyName": plan.company_name, "queuedAt": plan.queued_at.isoformat() if plan.queued_at else None,
        "workers": [{"id": w.id, "name": w.name, "nationality": w.nationality} for w in workers],
    }
    if attachments is not None:
        data["attachments"] = [{"id": a.id, "fileName": a.file_name, "size": a.size} for a in attachments]
    return data


async def queue(request: Request) -> JSONResponse:
    viewer = await resolve_session(bearer_token(request), SessionChannel.API)
    visible = visible_plans(viewer).filter(queued_at__isnull=False, status=PlanStatus.UNDER_REVIEW.value)
    total = await visible.count()  # the GraphQL query asks for totalCount too
    plans = await visible.order_by("queued_at", "id").limit(50)
    workers: dict[int, list] = {}
    for w in await Worker.filter(plan_id__in=[p.id for p in plans]).order_by("position", "id"):
        workers.setdefault(w.plan_id, []).append(w)
    return JSONResponse({"totalCount": total, "plans": [_plan_json(p, workers.get(p.id, [])) for p in plans]})


async def my_plan(request: Request) -> JSONResponse:
    viewer = await resolve_session(bearer_token(request), SessionChannel.API)
    plan = await current_plan(viewer.company_id) if viewer else None
    if plan is None:
        return JSONResponse({"plan": None})
    workers = await Worker.filter(plan_id=plan.id).order_by("position", "id")
    attachments = await Attachment.filter(plan_id=plan.id).order_by("id")
    return JSONResponse({"plan": _plan_json(plan, workers, attachments)})


# The reminder and mail jobs stay off: the benchmark measures requests, not a first reminder round
# over 100 000 seeded plans holding SQLite's one writer lock.
app = create_app(load_settings().with_overrides(outbox_sender=False))
app.router.routes.extend([Route("/bench/queue", queue), Route("/bench/my-plan", my_plan)])
