"""Per-request DataLoaders (DESIGN.md rule 6): a list of plans loads each relation in one query,
so the number of SQL statements does not grow with the rows returned."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from strawberry.dataloader import DataLoader
from tortoise.expressions import Q

from app.domain.plans.rows import licenses_of, workers_of
from app.domain.reports.pending import pending
from app.domain.statement_templates import KeptQueries
from app.domain.viewer import Viewer
from app.domain.visibility import reviewed_report_visible
from app.models import Attachment, AttachmentCoverage, ChangeApplication, CompanyAccount, PlanEvent, PlanLicense, Worker, WorkerReport

# The other relations every plan payload loads: their statements are kept per number of keys (#28).
KEPT = KeptQueries()


def _group(rows: Iterable[Any], key: str, keys: Sequence[int]) -> list[list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return [grouped.get(k, []) for k in keys]


async def _licenses(plan_ids: list[int]) -> list[list[PlanLicense]]:
    return _group(await licenses_of(plan_ids), "plan_id", plan_ids)


async def _workers(plan_ids: list[int]) -> list[list[Worker]]:
    return _group(await workers_of(plan_ids), "plan_id", plan_ids)


async def _attachments(plan_ids: list[int]) -> list[list[Attachment]]:
    rows = await KEPT.rows(Attachment, "attachments", lambda *ids: Attachment.filter(plan_id__in=ids, staged=False).order_by("id"), *plan_ids)
    return _group(rows, "plan_id", plan_ids)


async def _staged_attachments(plan_ids: list[int]) -> list[list[Attachment]]:
    rows = await Attachment.filter(plan_id__in=plan_ids, staged=True, change_application_id__isnull=True).order_by("id")
    return _group(rows, "plan_id", plan_ids)


async def _change_attachments(application_ids: list[int]) -> list[list[Attachment]]:
    rows = await KEPT.rows(Attachment, "change attachments", lambda *ids: Attachment.filter(change_application_id__in=ids).order_by("id"),
                           *application_ids)
    return _group(rows, "change_application_id", application_ids)


async def _coverage(attachment_ids: list[int]) -> list[list[str]]:
    rows = await KEPT.rows(AttachmentCoverage, "coverage", lambda *ids: AttachmentCoverage.filter(attachment_id__in=ids).order_by("id"),
                           *attachment_ids)
    grouped: dict[int, list[str]] = defaultdict(list)
    for row in rows:
        grouped[row.attachment_id].append(row.document_item_id)
    return [grouped.get(k, []) for k in attachment_ids]


async def _events(plan_ids: list[int]) -> list[list[PlanEvent]]:
    rows = await KEPT.rows(PlanEvent, "events", lambda *ids: PlanEvent.filter(plan_id__in=ids).order_by("at", "id"), *plan_ids)
    return _group(rows, "plan_id", plan_ids)


async def _change_applications(plan_ids: list[int]) -> list[list[ChangeApplication]]:
    return _group(await ChangeApplication.filter(plan_id__in=plan_ids).order_by("-id"), "plan_id", plan_ids)


def _worker_reports(visible: Q) -> Callable[[list[int]], Awaitable[list[list[WorkerReport]]]]:
    async def load(worker_ids: list[int]) -> list[list[WorkerReport]]:
        return _group(await WorkerReport.filter(visible, worker_id__in=worker_ids).order_by("id"), "worker_id", worker_ids)
    return load


async def _workers_by_id(worker_ids: list[int]) -> list[Worker | None]:
    by_id = {w.id: w for w in await Worker.filter(id__in=worker_ids)}
    return [by_id.get(k) for k in worker_ids]


async def _pending_reports(plan_ids: list[int]) -> list[list[WorkerReport]]:
    rows = await WorkerReport.filter(pending(), plan_id__in=plan_ids).order_by("due_on", "id")
    return _group(rows, "plan_id", plan_ids)


async def _companies(company_ids: list[int]) -> list[CompanyAccount | None]:
    by_id = {c.id: c for c in await CompanyAccount.filter(id__in=company_ids)}
    return [by_id.get(k) for k in company_ids]


@dataclass
class Loaders:
    """One request's loaders, for the viewer who asks (some rows depend on it)."""

    viewer: Viewer | None = None

    licenses: DataLoader[int, list[PlanLicense]] = field(default_factory=lambda: DataLoader(load_fn=_licenses))
    workers: DataLoader[int, list[Worker]] = field(default_factory=lambda: DataLoader(load_fn=_workers))
    attachments: DataLoader[int, list[Attachment]] = field(default_factory=lambda: DataLoader(load_fn=_attachments))
    staged_attachments: DataLoader[int, list[Attachment]] = field(default_factory=lambda: DataLoader(load_fn=_staged_attachments))
    change_attachments: DataLoader[int, list[Attachment]] = field(default_factory=lambda: DataLoader(load_fn=_change_attachments))
    worker: DataLoader[int, Worker | None] = field(default_factory=lambda: DataLoader(load_fn=_workers_by_id))
    pending_reports: DataLoader[int, list[WorkerReport]] = field(default_factory=lambda: DataLoader(load_fn=_pending_reports))
    coverage: DataLoader[int, list[str]] = field(default_factory=lambda: DataLoader(load_fn=_coverage))
    events: DataLoader[int, list[PlanEvent]] = field(default_factory=lambda: DataLoader(load_fn=_events))
    companies: DataLoader[int, CompanyAccount | None] = field(default_factory=lambda: DataLoader(load_fn=_companies))
    change_applications: DataLoader[int, list[ChangeApplication]] = field(default_factory=lambda: DataLoader(load_fn=_change_applications))

    def __post_init__(self) -> None:
        # A remanded 再雇用申請 is with the company (C4, `visibility.reviewed_report_visible`).
        self.worker_reports: DataLoader[int, list[WorkerReport]] = DataLoader(load_fn=_worker_reports(reviewed_report_visible(self.viewer)))
