"""Reports that need the company's attention (D4, FAQ 43): registered but not sent, and past their
due date. The same conditions serve the company's flags, the staff filters and the reminder mails."""

from __future__ import annotations

from datetime import date
from typing import Any

from tortoise.expressions import Q

from app.domain import clock
from app.models import WorkerReport
from app.models.enums import EmploymentStatus, ReportKind, ReportStatus

# A report stops being owed when the worker left the plan another way (退職, 2号移行, 継続不可).
OWED_FROM = (EmploymentStatus.PLANNED, EmploymentStatus.WORKING, EmploymentStatus.CANCELLED)


def unsent() -> Q:
    return Q(kind=ReportKind.ACCEPTANCE, status=ReportStatus.REGISTERED)


def overdue(today: date | None = None) -> Q:
    return Q(kind=ReportKind.ACCEPTANCE, status__in=[ReportStatus.REQUIRED, ReportStatus.REGISTERED],
             due_on__lt=today or clock.today(), worker__employment_status__in=list(OWED_FROM))


def is_overdue(report: Any, employment_status: str, today: date | None = None) -> bool:
    """`overdue()` for one report read from either ORM, given its worker's 従事状況."""
    return (report.kind == ReportKind.ACCEPTANCE and report.status in (ReportStatus.REQUIRED, ReportStatus.REGISTERED)
            and report.due_on is not None and report.due_on < (today or clock.today()) and employment_status in OWED_FROM)


def pending() -> Q:
    """Registered but unsent, or overdue: what `Plan.pendingReports` lists."""
    return unsent() | overdue()


async def plans_with(condition: Q) -> list[int]:
    return list(await WorkerReport.filter(condition).distinct().values_list("plan_id", flat=True))
