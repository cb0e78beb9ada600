"""CSV exports for staff and analysts over HTTP (F3): `GET /export/plans.csv` and
`/export/workers.csv` with the bearer token of `login`, filtered like `plans`, streamed, and
recorded (who, when, which filter)."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from app.domain.accounts.sessions import resolve_session
from app.domain.audit import record_export
from app.domain.errors import DomainError
from app.domain.plans import export as plan_export
from app.domain.plans.search import PlanSearch, check_search
from app.http.bearer import bearer_token
from app.http.export_statements import Export, csv_chunks, plans_statement, workers_statement
from app.models.enums import Bureau, ExportChannel, JobCategory, PlanStatus, SessionChannel

EXPORTS = {
    "plans": Export(plan_export.PLAN_HEADER, plans_statement),
    "workers": Export(plan_export.WORKER_HEADER, workers_statement),
}


class BadFilter(ValueError):
    pass


def _many(request: Request, name: str) -> list[str]:
    return [part.strip() for value in request.query_params.getlist(name) for part in value.split(",") if part.strip()]


def _date(request: Request, name: str) -> date | None:
    text = request.query_params.get(name)
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise BadFilter(f"{name} は YYYY-MM-DD で指定してください。") from None


def search_from_query(request: Request) -> PlanSearch:
    try:
        return check_search(PlanSearch(
            statuses=tuple(PlanStatus(v) for v in _many(request, "statuses")),
            bureaus=tuple(Bureau(v) for v in _many(request, "bureaus")),
            prefectures=tuple(_many(request, "prefectures")),
            applied_from=_date(request, "appliedFrom"),
            applied_to=_date(request, "appliedTo"),
            company_name=request.query_params.get("companyName") or None,
            corporate_number=request.query_params.get("corporateNumber") or None,
            license_number=request.query_params.get("licenseNumber") or None,
            job_categories=tuple(JobCategory(v) for v in _many(request, "jobCategories")),
            nationalities=tuple(_many(request, "nationalities")),
        ))
    except DomainError as error:
        raise BadFilter(" ".join(p.message for p in error.problems)) from None
    except ValueError as error:
        if isinstance(error, BadFilter):
            raise
        raise BadFilter("絞り込み条件の値が正しくありません。") from None


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"errors": [{"message": message, "extensions": {"code": code}}]}, status_code=status)


async def export_csv(request: Request) -> Response:
    target = request.path_params["target"]
    if target not in EXPORTS:
        return _error(404, "NOT_FOUND", "そのような出力はありません。")
    viewer = await resolve_session(bearer_token(request), SessionChannel.API)
    if viewer is None:
        return _error(401, "UNAUTHENTICATED", "ログインしてください。")
    if not viewer.is_staff:
        return _error(403, "FORBIDDEN", "この操作を行う権限がありません。")
    try:
        search = search_from_query(request)
    except BadFilter as error:
        return _error(400, "BAD_USER_INPUT", str(error))
    count = await plan_export.count_plans(viewer, search)
    await record_export(viewer, ExportChannel.API, target, urlencode(sorted(request.query_params.multi_items())) or "（条件なし）", count)
    return StreamingResponse(
        csv_chunks(EXPORTS[target], viewer, search),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{target}.csv"', "X-Content-Type-Options": "nosniff",
                 "Cache-Control": "no-store"},
    )
