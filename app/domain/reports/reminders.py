"""The reminder and overdue mails of acceptance reports (D4, FAQ 43): a report registered but not sent
three days later is reminded once; a report past its due date is mailed once. Run periodically by the
served process (and `shuro send-reminders`); each report is claimed by a conditional update, so two
processes never mail the same report twice."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.outbox import RenderedMail, queue_mail
from app.domain.plans.mails import recipients
from app.domain.reports.mails import report_overdue, report_reminder
from app.domain.reports.pending import overdue, unsent
from app.models import Plan, WorkerReport
from app.models.enums import MailKind

REMIND_AFTER = timedelta(days=3)
INTERVAL_SECONDS = 600  # how often the served process looks for what is due


async def _claimed(reports: list[WorkerReport], column: str) -> dict[int, list[WorkerReport]]:
    now = clock.now()
    by_plan: dict[int, list[WorkerReport]] = defaultdict(list)
    for report in reports:
        if await WorkerReport.filter(id=report.id, **{f"{column}__isnull": True}).update(**{column: now}) == 1:
            by_plan[report.plan_id].append(report)
    return by_plan


def _reminder(plan: Plan, reports: list[WorkerReport]) -> RenderedMail:
    return report_reminder(plan, [r.worker.name or "外国人" for r in reports])


def _overdue_notice(plan: Plan, reports: list[WorkerReport]) -> RenderedMail:
    return report_overdue(plan, [(r.worker.name or "外国人", r.due_on) for r in reports])


async def queue_report_reminders() -> int:
    """Queue every reminder and overdue mail now due; returns how many mails were queued."""
    queued = 0
    rounds = (  # (what is due, the column that says it was mailed, the mail)
        (Q(unsent(), registered_at__lte=clock.now() - REMIND_AFTER), "reminder_mailed_at", MailKind.REPORT_REMINDER, _reminder),
        (overdue(), "overdue_mailed_at", MailKind.REPORT_OVERDUE, _overdue_notice),
    )
    for due, column, kind, render in rounds:
        reports = await WorkerReport.filter(due, **{f"{column}__isnull": True}).prefetch_related("worker").order_by("id")
        async with in_transaction():
            for plan_id, claimed in (await _claimed(reports, column)).items():
                plan = await Plan.get(id=plan_id)
                mail = render(plan, claimed)
                for address in await recipients(plan):
                    await queue_mail(kind, address, mail)
                    queued += 1
    return queued
