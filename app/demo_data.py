"""`shuro seed-demo`: a realistic data set (Japanese names, every prefecture weighted like the
real distribution, every plan state with its history, attachments).

This is the one documented place that writes states and histories directly, in bulk: every
plan's history is a path that the transition table allows (`replay` checks each step against
app.domain.workflow, and a test checks the seeded data), so the result is as if the moves had
been made through the domain functions one by one.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from tortoise import connections
from tortoise.transactions import in_transaction

from app.domain.accounts.passwords import hash_password_blocking
from app.domain.accounts.sessions import viewer_of_company, viewer_of_staff
from app.domain.accounts.staff import create_staff
from app.domain.catalogue import DOCUMENT_ITEMS, prefectures
from app.domain.changes.applications import (
    apply_for_change,
    resubmit_change_application,
    review_change_application,
    withdraw_change_application,
)
from app.domain.changes.notifications import file_change_notification
from app.domain.clock import JST, months_after, to_jst, travelled_to
from app.domain.clock import now as clock_now
from app.domain.errors import DomainError
from app.domain.plans.tally import rebuild_tally
from app.domain.reports.cancellation import apply_for_plan_cancellation
from app.domain.reports.worker_reports import (
    apply_for_reemployment,
    report_discontinuation,
    report_retirement,
    report_transfer_to_type2,
    review_reemployment,
)
from app.domain.review.transitions import PLAN_TRANSITIONS
from app.domain.storage import FileStore, spooled
from app.models import CompanyAccount, Plan, StaffUser, Worker
from app.models.conditions import database_dialect
from app.models.enums import (
    Bureau,
    ChangeAction,
    DiscontinuationReason,
    JacMembershipKind,
    PlanAction,
    PlanStatus,
    ReportKind,
    ReportStatus,
    Role,
)

DEMO_PASSWORD = "Demo2026pass"
BATCH = 1000

# Paths through the transition table to each final state (FAQ 42), with their weights.
PATHS: list[tuple[int, list[PlanAction]]] = [
    (6, []),
    (12, [PlanAction.SUBMIT]),
    (3, [PlanAction.SUBMIT, PlanAction.WITHDRAW]),
    (15, [PlanAction.SUBMIT, PlanAction.ACCEPT]),
    (3, [PlanAction.SUBMIT, PlanAction.REMAND]),
    (3, [PlanAction.SUBMIT, PlanAction.ACCEPT, PlanAction.REMAND]),
    (34, [PlanAction.SUBMIT, PlanAction.ACCEPT, PlanAction.CERTIFY]),
    (8, [PlanAction.SUBMIT, PlanAction.REMAND, PlanAction.RESUBMIT, PlanAction.ACCEPT, PlanAction.CERTIFY]),
    (3, [PlanAction.SUBMIT, PlanAction.ACCEPT, PlanAction.REJECT]),
    (2, [PlanAction.SUBMIT, PlanAction.ACCEPT, PlanAction.CERTIFY, PlanAction.REVOKE]),
    (5, [PlanAction.SUBMIT, PlanAction.ACCEPT, PlanAction.CERTIFY, PlanAction.APPROVE_CANCELLATION]),
    (6, [PlanAction.SUBMIT, PlanAction.ACCEPT, PlanAction.REMAND, PlanAction.RESUBMIT, PlanAction.CERTIFY]),
]
# Where the head offices are: Kanto ≈ 40 % (DOMAIN §6: 埼玉, 神奈川, 東京, 愛知, 大阪, 千葉 lead).
PREFECTURE_WEIGHTS = {
    "11": 9, "14": 8, "13": 8, "23": 8, "27": 7, "12": 6, "08": 3, "09": 2, "10": 2, "19": 1, "20": 2,
    "22": 3, "21": 2, "24": 2, "28": 3, "26": 2, "25": 1, "29": 1, "30": 1, "18": 1, "40": 3, "43": 1,
    "34": 2, "33": 1, "04": 1, "07": 1, "15": 1, "17": 1, "16": 1, "01": 2, "47": 1,
}
NATIONALITIES = {"VN": 50, "PH": 12, "ID": 12, "CN": 8, "MM": 8, "KH": 4, "NP": 3, "TH": 3}
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水"]
GIVEN = ["太郎", "一郎", "健太", "大輔", "翔", "誠", "浩二", "直樹", "花子", "美咲", "由美", "恵子", "裕子", "陽子"]
COMPANY_STEMS = ["東和", "大成", "北辰", "三栄", "共進", "協和", "丸山", "光洋", "昭和", "新日本", "富士", "旭", "相互", "日進", "豊和", "信和"]
COMPANY_KINDS = ["建設", "工業", "組", "工務店", "土木", "設備工業", "興業", "鉄筋", "塗装", "電設"]
WORKER_NAMES = {
    "VN": ["NGUYEN VAN AN", "TRAN THI BINH", "LE VAN CUONG", "PHAM VAN DUC", "HOANG VAN EM"],
    "PH": ["SANTOS MARIA", "REYES JOSE", "CRUZ ANA"], "ID": ["BUDI SANTOSO", "AGUS SETIAWAN", "SITI RAHAYU"],
    "CN": ["WANG LEI", "LI NA", "ZHANG WEI"], "MM": ["AUNG KO", "THIN THIN", "KYAW ZAW"],
    "KH": ["SOK DARA", "CHAN SREY"], "NP": ["RAM THAPA", "SITA GURUNG"], "TH": ["SOMCHAI SUK", "NARIN WONG"],
}
PDF_TEMPLATE = "%PDF-1.4\n% shuro demo {n}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
REQUIRED_SINGLE = [i.code for i in DOCUMENT_ITEMS if i.required and not i.per_worker]
PER_WORKER = [i.code for i in DOCUMENT_ITEMS if i.required and i.per_worker]


def replay(path: Sequence[PlanAction], accepted_before: bool = False) -> list[tuple[PlanStatus, PlanStatus]]:
    """The (from, to) of each step of a path, refusing any step the transition table does not allow."""
    status, accepted, steps = PlanStatus.DRAFT, accepted_before, []
    for action in path:
        transition = PLAN_TRANSITIONS[action]
        if status not in transition.sources:
            raise ValueError(f"{action.value} is not allowed from {status.value}")
        target = (PlanStatus.UNDER_REVIEW if accepted else PlanStatus.APPLIED) if action is PlanAction.RESUBMIT else transition.target
        assert target is not None
        accepted = accepted or action is PlanAction.ACCEPT
        steps.append((status, target))
        status = target
    return steps


@dataclass
class Tables:
    """Rows to insert, by table, with explicit ids."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)


class IdSource:
    def __init__(self, start: dict[str, int]) -> None:
        self.last = dict(start)

    def next(self, table: str) -> int:
        self.last[table] = self.last.get(table, 0) + 1
        return self.last[table]


@dataclass
class SeedSummary:
    companies: int
    plans: int
    workers: int
    events: int
    attachments: int
    by_status: dict[str, int]


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _company(rng: random.Random, n: int, ids: IdSource, tables: Tables, password_hash: str, now: datetime, pdf_keys: list[tuple[str, int, str]]) -> tuple[str, int, int, int]:
    prefecture = _weighted(rng, PREFECTURE_WEIGHTS)
    prefecture_info = prefectures()[prefecture]
    name = f"株式会社{rng.choice(COMPANY_STEMS)}{rng.choice(COMPANY_KINDS)}" if rng.random() < 0.7 else f"{rng.choice(COMPANY_STEMS)}{rng.choice(COMPANY_KINDS)}株式会社"
    company_id = ids.next("company_account")
    number = f"{(n * 7919) % 999999 + 1:06d}"
    tables.add("company_account", {
        "id": company_id, "login_id": f"demo-{n:06d}", "license_authority": "GOVERNOR", "license_prefecture": prefecture,
        "license_number": number, "license_key": f"GOVERNOR:{prefecture}:{number}:{n}",
        "license_text": f"{prefecture_info.name}知事許可(般-{rng.randint(1, 9)})第{int(number)}号", "company_name": name,
        "email": f"demo-{n:06d}@example.jp", "password_hash": password_hash, "password_changed_at": now,
        "status": "ACTIVE", "version": 1, "created_at": now,
    })
    _, path = rng.choices(PATHS, weights=[w for w, _ in PATHS])[0]
    steps = replay(path)
    status = steps[-1][1] if steps else PlanStatus.DRAFT
    plan_id = ids.next("plan")
    started = now - timedelta(days=rng.randint(20, 540), minutes=rng.randint(0, 1440))
    moment = started
    plan: dict[str, Any] = {
        "id": plan_id, "company_id": company_id, "status": status.value, "version": 1 + len(steps) + 1,
        "application_number": None, "applied_at": None, "queued_at": None, "first_accepted_at": None,
        "certificate_number": None, "certified_at": None, "remand_comment": None, "bureau": prefecture_info.bureau.value,
        "corporate_number": f"{rng.randint(10**12, 10**13 - 1)}", "company_name": name,
        "representative_name": f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}", "head_office_prefecture": prefecture,
        "head_office_address": f"{prefecture_info.name}中央{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
        "phone": f"0{rng.randint(3, 99)}-{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}", "email": f"plan-{n:06d}@example.jp",
        "ccus_business_id": f"{rng.randint(10**13, 10**14 - 1)}",
        "jac_kind": rng.choice([JacMembershipKind.MEMBER_ORGANIZATION.value, JacMembershipKind.SUPPORTING_MEMBER.value]),
        "jac_organization_name": "一般社団法人日本建設業連合会", "full_time_staff_count": rng.randint(8, 120),
        "foreign_construction_worker_count": 0, "domestic_recruitment_description": "ハローワークで求人しました。",
        "basic_monthly_salary": rng.randrange(200_000, 320_000, 5_000), "has_bonus": False, "bonus_description": None,
        "worker_count": 0, "acceptance_start": None, "acceptance_end": None, "proxy_name": None, "proxy_organization": None, "proxy_email": None,
        "proxy_phone": None, "proxy_has_power_of_attorney": None, "consent_declaration": True, "consent_data_sharing": True,
        "created_at": started, "updated_at": started,
    }
    events = 0
    # The steps spread over the time since the plan was started: every event lies in the past.
    step = (now - started) / (len(steps) + 1)
    for action, (from_status, to_status) in zip(path, steps, strict=True):
        days, _minutes = rng.randint(1, 30), rng.randint(0, 600)  # drawn as before, so the rest of the data stays the same
        moment += step * (0.3 + 0.7 * (days - 1) / 29)
        event_id = ids.next("plan_event")
        internal = PLAN_TRANSITIONS[action].comment_internal
        comment = {PlanAction.REMAND: "賃金の根拠資料を添付してください。", PlanAction.REJECT: "報酬が基準を満たしません。",
                   PlanAction.REVOKE: "報告義務違反のため。"}.get(action)
        role = Role.COMPANY if action in (PlanAction.SUBMIT, PlanAction.WITHDRAW, PlanAction.RESUBMIT) else (
            Role.MLIT_STAFF if action in (PlanAction.REVOKE, PlanAction.APPROVE_CANCELLATION) else Role.BUREAU_STAFF)
        tables.add("plan_event", {
            "id": event_id, "plan_id": plan_id, "at": moment, "action": action.value, "from_status": from_status.value,
            "to_status": to_status.value, "actor_role": role.value, "actor_company_id": company_id if role is Role.COMPANY else None,
            "actor_staff_id": None, "comment": comment, "comment_is_internal": internal,
        })
        events += 1
        if action is PlanAction.SUBMIT:
            plan.update(applied_at=moment, queued_at=moment, application_number=f"{to_jst(moment):%Y%m%d}-{event_id:06d}")
        elif action is PlanAction.RESUBMIT:
            plan["queued_at"] = moment
        elif action is PlanAction.ACCEPT:
            plan["first_accepted_at"] = plan["first_accepted_at"] or moment
        elif action is PlanAction.REMAND:
            plan["remand_comment"] = comment
        elif action is PlanAction.CERTIFY:
            plan.update(certified_at=moment, certificate_number=f"TK-{to_jst(moment):%Y%m%d}-{event_id:06d}")
        plan["updated_at"] = moment
    tables.add("plan_license", {"id": ids.next("plan_license"), "plan_id": plan_id, "position": 0, "authority": "GOVERNOR",
                                "prefecture": prefecture, "grade": "GENERAL", "number": number,
                                "valid_until": (now + timedelta(days=rng.randint(200, 1800))).date()})
    worker_count = rng.choices([1, 2, 3, 4, 5, 6], weights=[10, 15, 20, 20, 20, 15])[0]
    starts: list[date] = []
    ends: list[date] = []
    employment = "WORKING" if status in (PlanStatus.CERTIFIED,) and rng.random() < 0.7 else "PLANNED"
    for position in range(worker_count):
        nationality = _weighted(rng, NATIONALITIES)
        work_start = (started + timedelta(days=rng.randint(60, 200))).date()
        work_end = work_start + timedelta(days=365 * rng.randint(1, 5) - 1)
        starts.append(work_start)
        ends.append(work_end)
        worker_id = ids.next("worker")
        different = rng.random() < 0.15
        worker_employment = employment
        if status is PlanStatus.CERTIFIED:
            worker_employment, report = _acceptance_report(worker_id, plan_id, work_start, now)
            tables.add("worker_report", {"id": ids.next("worker_report"), **report})
        tables.add("worker", {
            "id": worker_id, "plan_id": plan_id, "position": position, "name": rng.choice(WORKER_NAMES[nationality]),
            "nationality": nationality, "birth_date": date(rng.randint(1980, 2004), rng.randint(1, 12), rng.randint(1, 28)),
            "sex": "MALE" if rng.random() < 0.85 else "FEMALE", "job_category": rng.choices(["CIVIL", "BUILDING", "LIFELINE"], weights=[59, 35, 6])[0],
            "work_start": work_start, "work_end": work_end, "salary_mode": "DIFFERENT" if different else "SAME",
            "salary_amount": plan["basic_monthly_salary"] + 10_000 if different else None,
            "ccus_worker_id": f"{rng.randint(10**13, 10**14 - 1)}", "ccus_worker_id_reason": None,
            "residence_card_number": f"AB{worker_id % 10**8:08d}CD" if worker_employment == "WORKING" else None,
            "employment_status": worker_employment, "version": 1, "created_at": started,
        })
        for code in PER_WORKER:
            key, size, sha256 = rng.choice(pdf_keys)
            tables.add("attachment", {"id": ids.next("attachment"), "plan_id": plan_id, "document_item_id": code, "worker_id": worker_id,
                                      "is_bulk": False, "file_name": f"{code.lower()}_{position + 1}.pdf", "content_type": "application/pdf",
                                      "size": size, "sha256": sha256, "storage_key": key, "uploaded_at": started})
    plan["acceptance_start"], plan["acceptance_end"] = min(starts), max(ends)
    plan["worker_count"] = worker_count
    tables.add("plan", plan)
    key, size, sha256 = rng.choice(pdf_keys)
    bulk_id = ids.next("attachment")
    tables.add("attachment", {"id": bulk_id, "plan_id": plan_id, "document_item_id": None, "worker_id": None, "is_bulk": True,
                              "file_name": "添付書類一式.pdf", "content_type": "application/pdf", "size": size, "sha256": sha256,
                              "storage_key": key, "uploaded_at": started})
    for code in REQUIRED_SINGLE:
        tables.add("attachment_coverage", {"id": ids.next("attachment_coverage"), "attachment_id": bulk_id, "document_item_id": code})
    return status.value, worker_count, events, 1 + worker_count * len(PER_WORKER)


def _acceptance_report(worker_id: int, plan_id: int, work_start: date, now: datetime) -> tuple[str, dict[str, Any]]:
    """The acceptance report of a certified plan's worker (D4): most sent once the work started, some
    registered and never sent (FAQ 43), some 取下 (FAQ 35), some still owed (overdue when past due).
    Its own random source, so that the rest of the demo data stays as it was."""
    rng = random.Random(worker_id)
    today = to_jst(now).date()
    row: dict[str, Any] = {"plan_id": plan_id, "worker_id": worker_id, "kind": ReportKind.ACCEPTANCE.value, "version": 1,
                           "due_on": months_after(work_start), "created_at": now, "updated_at": now, "status": ReportStatus.REQUIRED.value,
                           **dict.fromkeys(("registered_at", "reported_at", "employment_status", "residence_card_number", "landing_date",
                                            "work_start_date", "residence_expiry", "ccus_card_missing_reason"))}
    if work_start + timedelta(days=7) > today:
        return "PLANNED", row
    draw = rng.random()
    registered = min(now, datetime.combine(work_start + timedelta(days=rng.randint(3, 25)), time(10), JST))
    if draw < 0.9:
        employment = "WORKING" if draw < 0.82 else "CANCELLED"
        row.update(status=ReportStatus.REGISTERED.value if 0.72 <= draw < 0.82 else ReportStatus.REPORTED.value,
                   registered_at=registered, employment_status=employment)
        if row["status"] == ReportStatus.REPORTED.value:
            row["reported_at"] = registered
        if employment == "WORKING":
            row.update(residence_card_number=f"AB{worker_id % 10**8:08d}CD", landing_date=work_start - timedelta(days=3),
                       work_start_date=work_start, residence_expiry=work_start + timedelta(days=365),
                       ccus_card_missing_reason="カード交付待ち")
        return employment, row
    return "PLANNED", row  # still owed: overdue once past its due date


# Tables in foreign-key order.
ORDER = ["company_account", "plan", "plan_license", "worker", "worker_report", "plan_event", "attachment", "attachment_coverage"]


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


async def _insert(dialect: str, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    client = connections.get(dialect)
    columns = list(rows[0])
    if dialect == "postgres":
        async with client.acquire_connection() as connection:
            await connection.copy_records_to_table(table, records=[tuple(r[c] for c in columns) for r in rows], columns=columns)
        return
    placeholders = ", ".join("?" for _ in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    await client.execute_many(f'INSERT INTO "{table}" ({names}) VALUES ({placeholders})', [[_sqlite_value(r[c]) for c in columns] for r in rows])


async def _max_ids(dialect: str) -> dict[str, int]:
    client = connections.get(dialect)
    result = {}
    for table in ORDER:
        _, rows = await client.execute_query(f'SELECT MAX("id") AS m FROM "{table}"')
        result[table] = rows[0]["m"] or 0
    return result


async def _demo_staff() -> list[str]:
    logins = []
    wanted = [(f"demo-{b.value.lower()}", Role.BUREAU_STAFF, b) for b in Bureau] + [
        ("demo-mlit", Role.MLIT_STAFF, None), ("demo-jac", Role.IMPLEMENTING_ORG, None), ("demo-analyst", Role.ANALYST, None)]
    for login_id, role, bureau in wanted:
        if not await StaffUser.filter(login_id=login_id).exists():
            await create_staff(login_id, role, DEMO_PASSWORD, bureau=bureau, display_name=f"デモ {role.label}")
        logins.append(login_id)
    return logins


CHANGE_PATHS: tuple[tuple[ChangeAction, ...], ...] = (
    (), (ChangeAction.ACCEPT,), (ChangeAction.REMAND,), (ChangeAction.ACCEPT, ChangeAction.CERTIFY), (ChangeAction.WITHDRAW,),
    (ChangeAction.ACCEPT, ChangeAction.REMAND, ChangeAction.RESUBMIT),
)


class Timeline:
    """Moments for one case, from a start in its plan's certified life towards now, a few days apart
    (#26: a demo's queue has a real past, not everything dated at seeding)."""

    def __init__(self, rng: random.Random, since: datetime | None) -> None:
        now = clock_now()
        since = max(since or now - timedelta(days=540), now - timedelta(days=540))
        self.rng, self.end = rng, now - timedelta(hours=1)
        self.moment = min(since + (now - since) * rng.uniform(0.05, 0.85), self.end)

    def next(self) -> datetime:
        self.moment = min(self.moment + timedelta(days=self.rng.randint(1, 14), hours=self.rng.randint(0, 9)), self.end)
        return self.moment


def _change_of(rng: random.Random, plan: Plan, workers: list[Worker], index: int) -> dict[str, Any]:
    """A different kind of certificate item each time: names, the address, salary, staff, a worker's pay."""
    kinds: list[dict[str, Any]] = [
        {"representative_name": f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"},
        {"company_name": f"{(plan.company_name or '').replace('株式会社', '')}ホールディングス株式会社"},
        {"head_office_address": f"{rng.choice(['中央', '港', '北', '南'])}区{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"},
        {"basic_monthly_salary": (plan.basic_monthly_salary or 220_000) + 10_000 * rng.randint(1, 3)},
        {"full_time_staff_count": (plan.full_time_staff_count or 10) + rng.randint(1, 5)},
        {"workers": [{"id": w.id, **({"salary_mode": "DIFFERENT", "salary_amount": (plan.basic_monthly_salary or 220_000) + 15_000}
                                      if position == 0 else {})} for position, w in enumerate(workers)]},
    ]
    return kinds[index % len(kinds)]


NOTIFICATIONS = ("phone", "domestic_recruitment_description")


async def _seed_changes(rng: random.Random, plans: int = 24) -> None:
    """Change applications in every state, touching every kind of certificate item, and some change
    notifications on certified demo plans, made through the domain's own moves (so they follow the
    transition table), dated over the plans' certified lives."""
    reviewer = viewer_of_staff(await StaffUser.get(login_id="demo-mlit"))
    certified = await Plan.filter(status=PlanStatus.CERTIFIED, change_applications__id__isnull=True).order_by("id").limit(plans)
    for index, plan in enumerate(certified):
        company = viewer_of_company(await CompanyAccount.get(id=plan.company_id))
        timeline = Timeline(rng, plan.certified_at)
        if index % 4 == 3:
            notified = NOTIFICATIONS[index // 4 % len(NOTIFICATIONS)]
            value = f"03-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}" if notified == "phone" else "ハローワークと自社サイトで募集した。"
            with travelled_to(timeline.next()):
                await file_change_notification(company, {notified: value})
            continue
        workers = await Worker.filter(plan_id=plan.id).order_by("position")
        with travelled_to(timeline.next()):
            try:
                application = await apply_for_change(company, _change_of(rng, plan, workers, index))
            except DomainError:  # a change this plan's data refuses: the plainest one instead
                application = await apply_for_change(company, {"representative_name": f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"})
        for action in CHANGE_PATHS[index % len(CHANGE_PATHS)]:
            with travelled_to(timeline.next()):
                if action is ChangeAction.WITHDRAW:
                    application = await withdraw_change_application(company, application.id)
                elif action is ChangeAction.RESUBMIT:
                    application = await resubmit_change_application(company, application.id)
                else:
                    comment = "変更を証する書類を添付してください。" if action is ChangeAction.REMAND else ""
                    application = await review_change_application(reviewer, application.id, action, comment)


REEMPLOYMENT_PATHS: tuple[tuple[ChangeAction, ...], ...] = (
    (), (ChangeAction.ACCEPT,), (ChangeAction.REMAND,), (ChangeAction.ACCEPT, ChangeAction.CERTIFY),
)


async def _seed_reports(rng: random.Random, workers: int = 20) -> None:
    """The other worker reports, 再雇用申請 in every review state and 計画取消申請 (pending for MLIT),
    through the domain's own moves on working workers of certified demo plans, dated over the plans'
    certified lives."""
    reviewer = viewer_of_staff(await StaffUser.get(login_id="demo-mlit"))
    seen: set[int] = set()
    candidates = await Worker.filter(plan__status=PlanStatus.CERTIFIED, employment_status="WORKING").order_by("id").limit(workers * 3)
    chosen = [w for w in candidates if not (w.plan_id in seen or seen.add(w.plan_id))][:workers]  # one per plan
    for index, worker in enumerate(chosen):
        plan = await Plan.get(id=worker.plan_id)
        company = viewer_of_company(await CompanyAccount.get(id=plan.company_id))
        timeline = Timeline(rng, plan.certified_at)
        filed = timeline.next()
        today = to_jst(filed).date()
        left = today - timedelta(days=rng.randint(1, 20))
        kind = index % 5
        with travelled_to(filed):
            if kind == 0:
                await report_retirement(company, worker.id, left)
            elif kind == 1:
                await report_transfer_to_type2(company, worker.id, left)
            elif kind == 2:
                await report_discontinuation(company, worker.id, left, DiscontinuationReason.WORKER_MISSING, "無断欠勤が続き、連絡が取れなくなった。")
            elif kind == 3:
                report = await apply_for_reemployment(company, worker.id, left, today + timedelta(days=rng.randint(20, 90)), "一時帰国のため")
            else:
                await apply_for_plan_cancellation(company, rng.choice(CANCELLATION_REASONS))
        if kind == 3:
            for action in REEMPLOYMENT_PATHS[(index // 5) % len(REEMPLOYMENT_PATHS)]:
                comment = "退職日を証する書類を確認できません。" if action is ChangeAction.REMAND else ""
                with travelled_to(timeline.next()):
                    report = await review_reemployment(reviewer, report.id, action, comment)


CANCELLATION_REASONS = ("受注の減少により外国人の受入れを終了するため。", "事業を廃止するため。", "全員が他社へ転職したため。")


async def seed_demo(companies: int, storage: FileStore, progress: Callable[[str, int, int], None] | None = None, seed: int = 2026) -> SeedSummary:
    dialect = database_dialect()  # also the connection's name (app.infra.database)
    rng = random.Random(seed)
    now = clock_now()
    pdf_keys = []  # a few stored files that the demo's attachment rows share
    for n in range(8):
        data = PDF_TEMPLATE.format(n=n).encode()
        async with spooled(_Bytes(data), len(data)) as upload:
            pdf_keys.append((await storage.put(upload), upload.size, upload.sha256))
    password_hash = hash_password_blocking(DEMO_PASSWORD)
    await _demo_staff()
    offset = await CompanyAccount.filter(login_id__startswith="demo-").count()
    ids = IdSource(await _max_ids(dialect))
    summary = SeedSummary(0, 0, 0, 0, 0, {})
    done = 0
    while done < companies:
        size = min(BATCH, companies - done)
        tables = Tables()
        for n in range(offset + done + 1, offset + done + size + 1):
            status, workers, events, attachments = _company(rng, n, ids, tables, password_hash, now, pdf_keys)
            summary.by_status[status] = summary.by_status.get(status, 0) + 1
            summary.workers += workers
            summary.events += events
            summary.attachments += attachments
        async with in_transaction(dialect):
            for table in ORDER:
                await _insert(dialect, table, tables.rows.get(table, []))
        done += size
        if progress:
            progress("事業者・受入計画の投入", done, companies)
    client = connections.get(dialect)
    if dialect == "postgres":
        for table in ORDER:
            await client.execute_query(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM \"{table}\"))")
    await _seed_changes(rng)
    await _seed_reports(rng)
    if progress:
        progress("集計（キューブ）の再計算", 0, 1)
    await rebuild_tally()  # the triggers noted nearly every cell: counting all at once is quicker
    if progress:
        progress("集計（キューブ）の再計算", 1, 1)
    # After a bulk load the planner's statistics are stale; without them it picks poor plans. VACUUM
    # marks the pages all-visible, so counts read the indexes alone from the start (not only once
    # autovacuum has come by, which would otherwise land in the middle of a benchmark).
    await client.execute_script("VACUUM ANALYZE" if dialect == "postgres" else "ANALYZE")
    summary.companies = summary.plans = companies
    return summary


class _Bytes:
    def __init__(self, data: bytes) -> None:
        self.data = data

    async def read(self, size: int = -1) -> bytes:
        chunk, self.data = self.data, b""
        return chunk
