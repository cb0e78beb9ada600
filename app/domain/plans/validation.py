"""Every problem that would stop a submission (B9), each tied to its field, found at once."""

from __future__ import annotations

import re
from datetime import date

from app.domain import clock
from app.domain.catalogue import DOCUMENT_ITEMS
from app.domain.errors import ErrorCode, Problem
from app.domain.text import is_email
from app.models import Attachment, AttachmentCoverage, Plan, PlanLicense, Worker
from app.models.enums import JacMembershipKind, LicenseAuthority, SalaryMode

MAX_STAY_YEARS = 5  # 特定技能1号の通算在留期間 (DOMAIN §1.5)
_DIGITS = {13: re.compile(r"^\d{13}$"), 14: re.compile(r"^\d{14}$")}
_PHONE = re.compile(r"^0\d{1,4}-?\d{1,4}-?\d{3,4}$")
_LICENSE_NUMBER = re.compile(r"^\d{1,6}$")


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

    def required(self, field: str, value: object, label: str) -> bool:
        if value is None or value == "":
            self.add(field, ErrorCode.REQUIRED, f"{label}を入力してください。")
            return False
        return True


def _company(plan: Plan, c: _Checks) -> None:
    if c.required("corporateNumber", plan.corporate_number, "法人番号") and not _DIGITS[13].match(plan.corporate_number or ""):
        c.add("corporateNumber", ErrorCode.INVALID, "法人番号は13桁の数字で入力してください（個人事業主は0を13桁）。")
    c.required("companyName", plan.company_name, "商号又は名称")
    c.required("representativeName", plan.representative_name, "代表者の氏名")
    c.required("headOfficePrefecture", plan.head_office_prefecture, "主たる営業所の都道府県")
    c.required("headOfficeAddress", plan.head_office_address, "主たる営業所の所在地")
    if c.required("phone", plan.phone, "電話番号") and not _PHONE.match(plan.phone or ""):
        c.add("phone", ErrorCode.INVALID, "電話番号は市外局番から数字とハイフンで入力してください（例: 03-1234-5678）。")
    if c.required("email", plan.email, "メールアドレス") and not is_email(plan.email or ""):
        c.add("email", ErrorCode.INVALID, "メールアドレスの形式が正しくありません。")
    if c.required("ccusBusinessId", plan.ccus_business_id, "建設キャリアアップシステム事業者ID") and not _DIGITS[14].match(plan.ccus_business_id or ""):
        c.add("ccusBusinessId", ErrorCode.INVALID, "建設キャリアアップシステム事業者IDは14桁の数字で入力してください。")
    if c.required("jacMembership.kind", plan.jac_kind, "所属団体の区分") and plan.jac_kind == JacMembershipKind.MEMBER_ORGANIZATION:
        c.required("jacMembership.organizationName", plan.jac_organization_name, "所属する正会員団体名")
    if c.required("fullTimeStaffCount", plan.full_time_staff_count, "常勤職員数") and (plan.full_time_staff_count or 0) < 1:
        c.add("fullTimeStaffCount", ErrorCode.INVALID, "常勤職員数は1人以上で入力してください。")
    if c.required("basicMonthlySalary", plan.basic_monthly_salary, "基本給（月額）") and (plan.basic_monthly_salary or 0) < 1:
        c.add("basicMonthlySalary", ErrorCode.INVALID, "基本給（月額）は1円以上で入力してください。")
    if plan.has_bonus:
        c.required("bonusDescription", plan.bonus_description, "賞与の内容")


def _licenses(licenses: list[PlanLicense], c: _Checks) -> None:
    if not licenses:
        c.add("licenses", ErrorCode.REQUIRED, "建設業許可を1件以上入力してください（受けている許可はすべて申告します）。")
    today = clock.to_jst(clock.now()).date()
    for i, row in enumerate(licenses):
        path = f"licenses.{i}"
        c.required(f"{path}.authority", row.authority, "許可行政庁")
        if row.authority == LicenseAuthority.GOVERNOR:
            c.required(f"{path}.prefecture", row.prefecture, "許可した都道府県")
        elif row.authority == LicenseAuthority.MINISTER and row.prefecture:
            c.add(f"{path}.prefecture", ErrorCode.INVALID, "国土交通大臣許可には都道府県を指定しません。")
        c.required(f"{path}.grade", row.grade, "一般・特定の別")
        if c.required(f"{path}.number", row.number, "許可番号") and not _LICENSE_NUMBER.match(row.number or ""):
            c.add(f"{path}.number", ErrorCode.INVALID, "許可番号は6桁以内の数字で入力してください。")
        if c.required(f"{path}.validUntil", row.valid_until, "許可の有効期間の満了日") and row.valid_until < today:
            c.add(f"{path}.validUntil", ErrorCode.INVALID, "有効期間が満了した建設業許可では申請できません。")


def _workers(plan: Plan, workers: list[Worker], c: _Checks) -> None:
    if not workers:
        c.add("workers", ErrorCode.REQUIRED, "1号特定技能外国人を1人以上登録してください。")
    for i, w in enumerate(workers):
        path = f"workers.{i}"
        c.required(f"{path}.name", w.name, "氏名")
        if c.required(f"{path}.nationality", w.nationality, "国籍・地域") and w.nationality == "JP":
            c.add(f"{path}.nationality", ErrorCode.INVALID, "国籍・地域に日本は指定できません。")
        c.required(f"{path}.birthDate", w.birth_date, "生年月日")
        c.required(f"{path}.sex", w.sex, "性別")
        c.required(f"{path}.jobCategory", w.job_category, "業務区分")
        starts = c.required(f"{path}.workStart", w.work_start, "就労予定期間の開始日")
        ends = c.required(f"{path}.workEnd", w.work_end, "就労予定期間の終了日")
        if starts and ends:
            if w.work_end < w.work_start:
                c.add(f"{path}.workEnd", ErrorCode.INVALID, "就労予定期間の終了日は開始日以降にしてください。")
            elif w.work_end > _add_years(w.work_start, MAX_STAY_YEARS):
                c.add(f"{path}.workEnd", ErrorCode.INVALID, "就労予定期間は通算在留期間の上限（5年）を超えられません。")
        if starts and w.birth_date and w.birth_date > _add_years(w.work_start, -18):
            c.add(f"{path}.birthDate", ErrorCode.INVALID, "就労開始時点で18歳以上である必要があります。")
        if w.salary_mode == SalaryMode.DIFFERENT:
            if c.required(f"{path}.salaryAmount", w.salary_amount, "報酬月額（日本人と異なる場合）") and (w.salary_amount or 0) < 1:
                c.add(f"{path}.salaryAmount", ErrorCode.INVALID, "報酬月額は1円以上で入力してください。")
        if w.ccus_worker_id and w.ccus_worker_id_reason:
            c.add(f"{path}.ccusWorkerIdReason", ErrorCode.INVALID, "技能者IDを入力した場合は、入力しない理由を選ばないでください。")
        elif w.ccus_worker_id:
            if not _DIGITS[14].match(w.ccus_worker_id):
                c.add(f"{path}.ccusWorkerId", ErrorCode.INVALID, "技能者IDは14桁の数字で入力してください（登録申請中は0を14桁）。")
        elif not w.ccus_worker_id_reason:
            c.add(f"{path}.ccusWorkerId", ErrorCode.REQUIRED, "技能者ID（登録申請中は0を14桁）を入力するか、入力しない理由を選んでください。")


def _period_and_capacity(plan: Plan, workers: list[Worker], c: _Checks) -> None:
    c.required("acceptanceStart", plan.acceptance_start, "受入予定期間の開始日")
    c.required("acceptanceEnd", plan.acceptance_end, "受入予定期間の終了日")
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


def _proxy_and_consents(plan: Plan, c: _Checks) -> None:
    given = any(v not in (None, "") for v in (plan.proxy_name, plan.proxy_organization, plan.proxy_email, plan.proxy_phone))
    if given or plan.proxy_has_power_of_attorney is not None:
        c.required("proxy.name", plan.proxy_name, "代理申請者の氏名")
        if c.required("proxy.email", plan.proxy_email, "代理申請者のメールアドレス") and not is_email(plan.proxy_email or ""):
            c.add("proxy.email", ErrorCode.INVALID, "代理申請者のメールアドレスの形式が正しくありません。")
        c.required("proxy.phone", plan.proxy_phone, "代理申請者の電話番号")
        if plan.proxy_has_power_of_attorney is None:
            c.add("proxy.hasPowerOfAttorney", ErrorCode.REQUIRED, "代理権の有無を選んでください。")
    if not plan.consent_declaration:
        c.add("consents.declaration", ErrorCode.REQUIRED, "申請内容が真実であることの宣誓に同意してください。")
    if not plan.consent_data_sharing:
        c.add("consents.dataSharing", ErrorCode.REQUIRED, "認定証の内容の情報提供に同意してください。")


async def _attachments(plan: Plan, workers: list[Worker], c: _Checks) -> None:
    singles = await Attachment.filter(plan_id=plan.id, is_bulk=False).values_list("document_item_id", "worker_id")
    covered = set(
        await AttachmentCoverage.filter(attachment__plan_id=plan.id).values_list("document_item_id", flat=True)
    )
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


async def plan_problems(plan: Plan) -> list[Problem]:
    licenses = await PlanLicense.filter(plan_id=plan.id).order_by("position", "id")
    workers = await Worker.filter(plan_id=plan.id).order_by("position", "id")
    c = _Checks()
    _company(plan, c)
    _licenses(licenses, c)
    _workers(plan, workers, c)
    _period_and_capacity(plan, workers, c)
    _proxy_and_consents(plan, c)
    await _attachments(plan, workers, c)
    return c.problems
