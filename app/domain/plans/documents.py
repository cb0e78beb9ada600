"""Documents people print (G1, DOMAIN §2.3): the 認定証 (immigration asks for a copy before it grants
the worker's residence status), the copy of the plan as filed (申請書控え) and, for each certified
change application, its notice with the rows before and after. Which ones a viewer may print now,
and what each says — labelled and read as the one description of the plan's fields says, masked as
the viewer reads the plan. Every download is recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain import clock
from app.domain.errors import DomainError, ErrorCode
from app.domain.plans.draft import effective_salary
from app.domain.plans.fields import BY_PATH, JAC, LICENSES, PROXY, fields_of, japanese_date, license_text
from app.domain.plans.readable import readable_for
from app.domain.viewer import Viewer
from app.domain.visibility import MASK, plan_scope, visible_change_applications, visible_plans
from app.infra.pdf import Document, Section
from app.models import DocumentDownload, Plan, PlanEvent, PlanLicense, Worker
from app.models.enums import Bureau, ChangeStatus, DocumentKind, PlanAction, PlanStatus

ENDED_BY = {PlanStatus.REVOKED: PlanAction.REVOKE, PlanStatus.CANCELLED: PlanAction.APPROVE_CANCELLATION}
CERTIFIED_ONCE = (PlanStatus.CERTIFIED, *ENDED_BY)


@dataclass(frozen=True)
class Printable:
    kind: DocumentKind
    label: str
    issued_at: datetime | None
    change_application_id: int | None = None


def _day(moment: datetime | None) -> str:
    return japanese_date(clock.to_jst(moment).date()) if moment else "（未定）"


async def _last_certified_change(plan: Plan) -> datetime | None:
    event = await PlanEvent.filter(plan_id=plan.id, action=PlanAction.CHANGE_CERTIFIED).order_by("-at", "-id").first()
    return event.at if event else None


async def printable_documents(viewer: Viewer | None, plan: Plan) -> list[Printable]:
    """What this viewer may print of a plan it sees, now."""
    status = PlanStatus(plan.status)
    documents = []
    if status in CERTIFIED_ONCE and plan.certified_at is not None:
        documents.append(Printable(DocumentKind.CERTIFICATE, DocumentKind.CERTIFICATE.label, await _last_certified_change(plan) or plan.certified_at))
    documents.append(Printable(DocumentKind.APPLICATION_COPY, DocumentKind.APPLICATION_COPY.label, plan.applied_at))
    certified = visible_change_applications(viewer).filter(plan_id=plan.id, status=ChangeStatus.CERTIFIED).order_by("certified_at", "id")
    for change in await certified:
        documents.append(Printable(DocumentKind.CHANGE_CERTIFICATE, f"{DocumentKind.CHANGE_CERTIFICATE.label}（{_day(change.certified_at)}）",
                                   change.certified_at, change.id))
    return documents


def _not_found() -> DomainError:
    return DomainError(None, ErrorCode.NOT_FOUND, "指定された書類はありません。")


def _shown(row: Plan | Worker, path: str, mask: bool = False) -> str:
    """A described field of the row as people read it, masked where the viewer reads it masked."""
    spec = BY_PATH[path]
    value = getattr(row, spec.stored_as)
    return MASK if mask and spec.masked and value else spec.display(value)


def _value(plan: Plan, path: str) -> tuple[str, str]:
    return BY_PATH[path].label, _shown(plan, path)


async def _plan_sections(plan: Plan, mask: bool, certificate: bool) -> list[Section]:
    """The plan's items: on a certificate those it certifies (DOMAIN §4.7), on a copy everything filed."""
    licenses = await PlanLicense.filter(plan_id=plan.id).order_by("position", "id")
    workers = await Worker.filter(plan_id=plan.id).order_by("position", "id")
    prefecture = BY_PATH["headOfficePrefecture"].display(plan.head_office_prefecture)
    applicant = [
        _value(plan, "companyName"), _value(plan, "corporateNumber"), _value(plan, "representativeName"),
        (BY_PATH["headOfficeAddress"].label, f"{prefecture} {plan.head_office_address or ''}".strip()),
        *([] if certificate else [_value(plan, "phone"), _value(plan, "email")]),
        _value(plan, "ccusBusinessId"),
        *((f"{LICENSES.label}（{n}）", license_text(row)) for n, row in enumerate(licenses, 1)),
        (JAC.label, "、".join(BY_PATH[spec.path].display(getattr(plan, spec.stored_as)) for spec in fields_of(JAC)
                              if getattr(plan, spec.stored_as))),
        _value(plan, "fullTimeStaffCount"),
    ]
    terms = [
        ("受入人数", f"{plan.worker_count}人"),
        ("受入予定期間", f"{_value(plan, 'acceptanceStart')[1]} 〜 {_value(plan, 'acceptanceEnd')[1]}"),
        _value(plan, "basicMonthlySalary"), _value(plan, "hasBonus"), _value(plan, "bonusDescription"),
        *([] if certificate else [_value(plan, "foreignConstructionWorkerCount"), _value(plan, "domesticRecruitmentDescription")]),
    ]
    heads = ["workers.name", "workers.nationality", "workers.sex", "workers.jobCategory", "workers.workStart", "workers.salaryMode"]
    table = [[BY_PATH[p].label for p in heads[:4]] + ["就労予定期間", BY_PATH["workers.salaryMode"].label, "報酬月額"]]
    for worker in workers:
        name, nationality, sex, category = (_shown(worker, p, mask) for p in heads[:4])
        period = f"{_shown(worker, 'workers.workStart', mask)} 〜 {_shown(worker, 'workers.workEnd', mask)}"
        salary = effective_salary(plan, worker)
        table.append([name, nationality, sex, category, period, _shown(worker, "workers.salaryMode", mask),
                      BY_PATH["workers.salaryAmount"].display(salary)])
    sections = [Section("特定技能所属機関", rows=applicant), Section("受入れの条件", rows=terms),
                Section("1号特定技能外国人リスト", table=table, widths=(0.2, 0.12, 0.07, 0.12, 0.25, 0.09, 0.15))]
    if not certificate and any(getattr(plan, spec.stored_as) not in (None, "") for spec in fields_of(PROXY)):
        sections.append(Section(PROXY.label, rows=[_value(plan, spec.path) for spec in fields_of(PROXY)]))
    return sections


async def _ended(plan: Plan) -> tuple[str, datetime] | None:
    action = ENDED_BY.get(PlanStatus(plan.status))
    if action is None:
        return None
    event = await PlanEvent.filter(plan_id=plan.id, action=action).order_by("-at").first()
    return (PlanStatus(plan.status).label, event.at) if event else None


async def _certificate(plan: Plan, mask: bool) -> Document:
    if PlanStatus(plan.status) not in CERTIFIED_ONCE or plan.certified_at is None:
        raise _not_found()
    changed = await _last_certified_change(plan)
    bureau = Bureau(plan.bureau).label if plan.bureau else ""
    ended = await _ended(plan)
    lines = [f"認定番号 {plan.certificate_number}", f"認定日 {_day(plan.certified_at)}", f"申請番号 {plan.application_number}",
             *([f"変更認定日 {_day(changed)}（変更後の内容を記載）"] if changed else []), f"認定した機関 {bureau}",
             *([f"{ended[0]}日 {_day(ended[1])}"] if ended else [])]
    return Document("建設特定技能受入計画認定証", lines, await _plan_sections(plan, mask, certificate=True),
                    _day(clock.now()), stamp="取消" if ended else None)


async def _application_copy(plan: Plan, mask: bool) -> Document:
    draft = PlanStatus(plan.status) is PlanStatus.DRAFT
    lines = [f"申請番号 {plan.application_number or '（未申請）'}", f"申請日 {_day(plan.applied_at)}",
             f"申請状態 {PlanStatus(plan.status).label}"]
    return Document("建設特定技能受入計画認定申請書（控え）", lines, await _plan_sections(plan, mask, certificate=False),
                    _day(clock.now()), stamp="一時保存" if draft else None)


async def _change_certificate(viewer: Viewer | None, plan: Plan, change_id: int | None) -> Document:
    change = await visible_change_applications(viewer).get_or_none(id=change_id or 0, plan_id=plan.id, status=ChangeStatus.CERTIFIED)
    if change is None:
        raise _not_found()
    names = {w.id: w.name for w in await Worker.filter(plan_id=plan.id) if w.name}
    rows = [[row.label, row.before_text, row.after_text] for row in readable_for(viewer, change.diff, names)]
    lines = [f"認定番号 {plan.certificate_number}", f"申請番号 {plan.application_number}", f"変更申請日 {_day(change.applied_at)}",
             f"変更認定日 {_day(change.certified_at)}"]
    return Document("建設特定技能受入計画変更申請認定通知書", lines,
                    [Section("商号又は名称", rows=[_value(plan, "companyName")]),
                     Section("変更の内容", table=[["項目", "変更前", "変更後"], *rows], widths=(0.34, 0.33, 0.33))],
                    _day(clock.now()))


async def printable_document(viewer: Viewer | None, plan_id: int, kind: DocumentKind, change_id: int | None = None) -> Document:
    """The document, under the visibility of the plan (404 for what the viewer may not see); the
    download is recorded."""
    plan = await visible_plans(viewer).get_or_none(id=plan_id)
    if viewer is None or plan is None:
        raise _not_found()
    mask = plan_scope(viewer).mask_personal_data
    if kind is DocumentKind.CERTIFICATE:
        document = await _certificate(plan, mask)
    elif kind is DocumentKind.APPLICATION_COPY:
        document = await _application_copy(plan, mask)
    else:
        document = await _change_certificate(viewer, plan, change_id)
    await DocumentDownload.create(at=clock.now(), actor_role=viewer.role, company_id=viewer.company_id, staff_id=viewer.staff_id,
                                  plan_id=plan.id, kind=kind, change_application_id=change_id)
    return document
