"""Every problem that would stop a submission (B9), each tied to its field, found at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain import clock
from app.domain.catalogue import DOCUMENT_ITEMS
from app.domain.errors import ErrorCode, Problem
from app.domain.plans.fields import BY_PATH, PROXY, Area, Format, PlanField, fields_of
from app.domain.plans.rows import licenses_of, workers_of
from app.models import Attachment, Plan, PlanLicense, Worker
from app.models.enums import JacMembershipKind, LicenseAuthority, SalaryMode

MAX_STAY_YEARS = 5  # 特定技能1号の通算在留期間 (DOMAIN §1.5)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class _Checks:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str | None, code: ErrorCode, message: str) -> None:
        self.problems.append(Problem(field, code, message))

    def required(self, path: str, value: object, spec: PlanField) -> bool:
        if spec.format is Format.BOOLEAN and spec.required and value is not True:
            self.add(path, ErrorCode.REQUIRED, f"{spec.label}に同意してください。")
            return False
        if value is None or value == "":
            verb = "選んで" if spec.options is not None or spec.format is Format.BOOLEAN else "入力して"
            self.add(path, ErrorCode.REQUIRED, f"{spec.label}を{verb}ください。")
            return False
        return True

    def fields(self, specs: tuple[PlanField, ...], row: Plan | PlanLicense | Worker, prefix: str = "") -> None:
        """Every described field of the row: required ones given, given ones well formed."""
        for spec in specs:
            value = getattr(row, spec.stored_as)
            path = prefix + (spec.name if prefix else spec.path)
            if spec.required and not self.required(path, value, spec):
                continue
            if value is None or value == "":
                continue
            if not spec.well_formed(value):
                self.add(path, ErrorCode.INVALID, spec.format_message())
            elif spec.minimum is not None and value < spec.minimum:
                self.add(path, ErrorCode.INVALID, f"{spec.label}は{spec.display(spec.minimum)}以上で入力してください。")

    def required_when(self, condition: bool, path: str, value: object) -> None:
        if condition:
            self.required(path, value, BY_PATH[_described_path(path)])


def _described_path(path: str) -> str:
    """`workers.3.salaryAmount` → `workers.salaryAmount`."""
    return ".".join(part for part in path.split(".") if not part.isdigit())


def _company(plan: Plan, c: _Checks) -> None:
    c.fields(fields_of(Area.PLAN), plan)
    c.required_when(plan.jac_kind == JacMembershipKind.MEMBER_ORGANIZATION, "jacMembership.organizationName", plan.jac_organization_name)
    c.required_when(bool(plan.has_bonus), "bonusDescription", plan.bonus_description)


def _licenses(licenses: list[PlanLicense], c: _Checks) -> None:
    if not licenses:
        c.add("licenses", ErrorCode.REQUIRED, "建設業許可を1件以上入力してください（受けている許可はすべて申告します）。")
    today = clock.to_jst(clock.now()).date()
    for i, row in enumerate(licenses):
        path = f"licenses.{i}"
        c.fields(fields_of(Area.LICENSE), row, f"{path}.")
        c.required_when(row.authority == LicenseAuthority.GOVERNOR, f"{path}.prefecture", row.prefecture)
        if row.authority == LicenseAuthority.MINISTER and row.prefecture:
            c.add(f"{path}.prefecture", ErrorCode.INVALID, "国土交通大臣許可には都道府県を指定しません。")
        if row.valid_until and row.valid_until < today:
            c.add(f"{path}.validUntil", ErrorCode.INVALID, "有効期間が満了した建設業許可では申請できません。")


def _workers(plan: Plan, workers: list[Worker], c: _Checks) -> None:
    if not workers:
        c.add("workers", ErrorCode.REQUIRED, "1号特定技能外国人を1人以上登録してください。")
    for i, w in enumerate(workers):
        path = f"workers.{i}"
        c.fields(fields_of(Area.WORKER), w, f"{path}.")
        if w.work_start and w.work_end:
            if w.work_end < w.work_start:
                c.add(f"{path}.workEnd", ErrorCode.INVALID, "就労予定期間の終了日は開始日以降にしてください。")
            elif w.work_end > _add_years(w.work_start, MAX_STAY_YEARS):
                c.add(f"{path}.workEnd", ErrorCode.INVALID, "就労予定期間は通算在留期間の上限（5年）を超えられません。")
        if w.work_start and w.birth_date and w.birth_date > _add_years(w.work_start, -18):
            c.add(f"{path}.birthDate", ErrorCode.INVALID, "就労開始時点で18歳以上である必要があります。")
        c.required_when(w.salary_mode == SalaryMode.DIFFERENT, f"{path}.salaryAmount", w.salary_amount)
        if w.ccus_worker_id and w.ccus_worker_id_reason:
            c.add(f"{path}.ccusWorkerIdReason", ErrorCode.INVALID, "技能者IDを入力した場合は、入力しない理由を選ばないでください。")
        elif not w.ccus_worker_id and not w.ccus_worker_id_reason:
            c.add(f"{path}.ccusWorkerId", ErrorCode.REQUIRED, "技能者ID（登録申請中は0を14桁）を入力するか、入力しない理由を選んでください。")


def _period_and_capacity(plan: Plan, workers: list[Worker], c: _Checks) -> None:
    starts = [w.work_start for w in workers if w.work_start]
    ends = [w.work_end for w in workers if w.work_end]
    if plan.acceptance_start and starts and plan.acceptance_start != min(starts):
        c.add("acceptanceStart", ErrorCode.INVALID,
              f"受入予定期間の開始日は、外国人の就労開始日のうち最も早い日（{min(starts):%Y-%m-%d}）にしてください。")
    if plan.acceptance_end and ends and plan.acceptance_end != max(ends):
        c.add("acceptanceEnd", ErrorCode.INVALID,
              f"受入予定期間の終了日は、外国人の就労終了日のうち最も遅い日（{max(ends):%Y-%m-%d}）にしてください。")
    if plan.full_time_staff_count:
        foreign = len(workers) + (plan.foreign_construction_worker_count or 0)
        if foreign > plan.full_time_staff_count:
            c.add("workers", ErrorCode.LIMIT_EXCEEDED,
                  f"受け入れる外国人の数（{foreign}人）が常勤職員数（{plan.full_time_staff_count}人）を超えています。")


def _proxy(plan: Plan, c: _Checks) -> None:
    """A proxy, once any of its details is given, needs its name, contact and 代理権 (B3)."""
    given = any(getattr(plan, spec.stored_as) not in (None, "") for spec in fields_of(PROXY))
    for spec in fields_of(PROXY):
        if spec.required_when:
            c.required_when(given, spec.path, getattr(plan, spec.stored_as))


@dataclass(frozen=True)
class PlanRows:
    """What a plan's problems are found in besides its own row: its licences, workers and files."""

    licenses: list[PlanLicense]
    workers: list[Worker]
    singles: list[tuple[str, int | None]]  # (document item, worker) of each file filed for one item
    covered: set[str]  # the items bulk files cover


async def plan_rows(plan_id: int) -> PlanRows:
    # The files in one statement: a single file with its item, a bulk file once per item it covers.
    files = await Attachment.filter(plan_id=plan_id).values_list("is_bulk", "document_item_id", "worker_id", "coverage__document_item_id")
    return PlanRows(
        await licenses_of([plan_id]),
        await workers_of([plan_id]),
        [(item, worker) for bulk, item, worker, _ in files if not bulk],
        {covered for bulk, _, _, covered in files if bulk and covered},
    )


def _attachments(plan: Plan, workers: list[Worker], singles: list[tuple[str, int | None]], covered: set[str], c: _Checks) -> None:
    for item in DOCUMENT_ITEMS:
        required = item.required or (item.code == "POWER_OF_ATTORNEY" and bool(plan.proxy_has_power_of_attorney))
        if not required or item.code in covered:
            continue
        if item.per_worker:
            for i, worker in enumerate(workers):
                if (item.code, worker.id) not in singles:
                    c.add(f"workers.{i}.attachments.{item.code}", ErrorCode.REQUIRED,
                          f"{worker.name or f'{i + 1}人目の外国人'}の「{item.name}」を添付してください。")
        elif not any(code == item.code for code, _ in singles):
            c.add(f"attachments.{item.code}", ErrorCode.REQUIRED, f"書類No.{item.number}「{item.name}」を添付してください。")


def problems_in(plan: Plan, rows: PlanRows) -> list[Problem]:
    c = _Checks()
    _company(plan, c)
    _licenses(rows.licenses, c)
    _workers(plan, rows.workers, c)
    _period_and_capacity(plan, rows.workers, c)
    _proxy(plan, c)
    _attachments(plan, rows.workers, rows.singles, rows.covered, c)
    return c.problems


async def plan_problems(plan: Plan) -> list[Problem]:
    return problems_in(plan, await plan_rows(plan.id))
