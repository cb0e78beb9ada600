"""Searching plans for staff and analysts (F2, F3): filters on top of the viewer's scope, in SQL,
ordered as the review queue (oldest queue time first, DOMAIN §2.1)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from pypika_tortoise.queries import Query, Table
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from app.domain.catalogue import prefectures
from app.domain.clock import JST, utc
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.licenses import parse_license
from app.domain.reports.pending import overdue, unsent
from app.domain.text import char_count, forbidden_character_in
from app.domain.viewer import Viewer
from app.domain.visibility import visible_plans
from app.models import Plan, PlanLicense, Worker, WorkerReport
from app.models.conditions import Condition, database_dialect, has_row, name_may_contain, unindexed
from app.models.enums import Bureau, JobCategory, PlanStatus


@dataclass(frozen=True)
class PlanSearch:
    statuses: tuple[PlanStatus, ...] = ()
    bureaus: tuple[Bureau, ...] = ()
    prefectures: tuple[str, ...] = ()
    applied_from: date | None = None  # Japan dates, inclusive
    applied_to: date | None = None
    company_name: str | None = None  # part of the name
    corporate_number: str | None = None
    license_number: str | None = None
    job_categories: tuple[JobCategory, ...] = field(default=())
    nationalities: tuple[str, ...] = field(default=())
    has_unsent_reports: bool | None = None  # 受入報告を登録したまま報告していない外国人がいる (D4)
    has_overdue_reports: bool | None = None  # 報告期限を過ぎた受入報告がある


COMPANY_NAME_MAX = 200
# Searched application dates: wide of any real one, narrow enough that Japan time and the next day exist.
EARLIEST_DAY, LATEST_DAY = date(1900, 1, 1), date(9998, 12, 31)
_CORPORATE_NUMBER = re.compile(r"^\d{13}$")
_LICENSE_NUMBER = re.compile(r"^\d{1,6}$")
_NATIONALITY = re.compile(r"^[A-Za-z]{2}$")


def _bad_text(value: str | None) -> bool:
    return value is not None and forbidden_character_in(value)


def check_search(search: PlanSearch) -> PlanSearch:
    """The search as the database is asked it, or every problem with its values at once (field
    paths relative to the filter). A licence number may be given as digits or as printed."""
    problems: list[Problem] = []
    known = prefectures()
    for index, code in enumerate(search.prefectures):
        if code not in known:
            problems.append(Problem(f"prefectures.{index}", ErrorCode.INVALID, "都道府県は都道府県コード（01〜47）で指定してください。"))
    for index, code in enumerate(search.nationalities):
        if not _NATIONALITY.match(code):
            problems.append(Problem(f"nationalities.{index}", ErrorCode.INVALID, "国籍・地域は ISO 3166 の英字2文字（例: VN）で指定してください。"))
    company_name = search.company_name.strip() if search.company_name else None
    if _bad_text(company_name):
        problems.append(Problem("companyName", ErrorCode.INVALID, "商号又は名称に使用できない文字が含まれています。"))
    elif company_name and char_count(company_name) > COMPANY_NAME_MAX:
        problems.append(Problem("companyName", ErrorCode.TOO_LONG, f"商号又は名称は{COMPANY_NAME_MAX}文字以内で指定してください。"))
    corporate_number = search.corporate_number.strip() if search.corporate_number else None
    if corporate_number and not _CORPORATE_NUMBER.match(corporate_number):
        problems.append(Problem("corporateNumber", ErrorCode.INVALID, "法人番号は13桁の数字で指定してください。"))
    license_number = search.license_number.strip() if search.license_number else None
    if license_number and not _LICENSE_NUMBER.match(license_number):
        try:
            license_number = parse_license(license_number).number
        except DomainError:
            problems.append(Problem("licenseNumber", ErrorCode.INVALID,
                                    "許可番号は数字（例: 123456）か、許可証のとおり（例: 東京都知事許可(般-5)第123456号）で指定してください。"))
    for name, label, day in (("appliedFrom", "始まり", search.applied_from), ("appliedTo", "終わり", search.applied_to)):
        if day is not None and not EARLIEST_DAY <= day <= LATEST_DAY:
            problems.append(Problem(name, ErrorCode.INVALID,
                                    f"申請日の{label}は{EARLIEST_DAY:%Y-%m-%d}から{LATEST_DAY:%Y-%m-%d}までの日付で指定してください。"))
    if search.applied_from and search.applied_to and search.applied_from > search.applied_to:
        problems.append(Problem("appliedTo", ErrorCode.INVALID, "申請日の終わりは始まり以降の日付で指定してください。"))
    if problems:
        raise DomainError.of(problems)
    return replace(
        search,
        company_name=company_name or None,
        corporate_number=corporate_number or None,
        license_number=license_number or None,
        nationalities=tuple(n.upper() for n in search.nationalities),
    )


def _start_of(day: date) -> datetime:
    """The first moment of a Japan date, in UTC (the offset datetimes are stored in)."""
    return utc(datetime.combine(day, time.min, JST))


def search_plans(viewer: Viewer | None, search: PlanSearch) -> QuerySet[Plan]:
    plans = visible_plans(viewer)
    # SQLite's planner would narrow by these conditions' indexes and sort everything found; without
    # them it walks the queue's index and stops at a page (#28). PostgreSQL weighs both itself.
    dialect = database_dialect()
    sqlite = dialect == "sqlite"

    def narrowing(column: str, lookup: str, value: object) -> Q:
        return unindexed(column, lookup, value) if sqlite else Q(**{f"{column}__{lookup}": value})

    if search.statuses:
        plans = plans.filter(status__in=[s.value for s in search.statuses])
    for column, values in (("bureau", [b.value for b in search.bureaus]), ("head_office_prefecture", list(search.prefectures))):
        if values:
            plans = plans.filter(narrowing(column, "in", values))
    if search.applied_from:
        start = _start_of(search.applied_from)
        # Said again of the queue time, which is never earlier (a constraint since migration 15): the
        # queue's index then starts at the date instead of the oldest plan.
        plans = plans.filter(narrowing("applied_at", "gte", start), queued_at__gte=start)
    if search.applied_to:
        end = _start_of(search.applied_to + timedelta(days=1))
        plans = plans.filter(narrowing("applied_at", "lt", end))
    if search.company_name:
        part = search.company_name.strip()
        plans = plans.filter(company_name__icontains=part)
        if (candidates := name_may_contain(part, dialect)) is not None:  # found by an index, each checked by the LIKE above
            plans = plans.filter(candidates)
    if search.corporate_number:
        plans = plans.filter(corporate_number=search.corporate_number.strip())
    if search.license_number:
        number = search.license_number.strip().lstrip("0") or "0"
        plans = plans.filter(id__in=Subquery(_subquery_license(number)))
    if workers := worker_values(search):
        plans = plans.filter(has_row("worker", "plan_id", workers) if sqlite
                             else Q(id__in=Subquery(Worker.filter(**{f"{c}__in": v for c, v in workers.items()}).values("plan_id"))))
    for wanted, condition in ((search.has_unsent_reports, unsent), (search.has_overdue_reports, overdue)):
        if wanted is not None:
            with_reports = Subquery(WorkerReport.filter(condition()).values("plan_id"))
            plans = plans.filter(id__in=with_reports) if wanted else plans.exclude(id__in=with_reports)
    return plans


# The search fields that pick workers rather than plans.
WORKER_FIELDS = frozenset({"nationalities", "job_categories"})


def worker_values(search: PlanSearch) -> dict[str, list[str]]:
    """The worker attributes a search asks for, by worker column, as stored (a plan has a worker with
    one of the values of each)."""
    return {column: values for column, values in (("nationality", [n.upper() for n in search.nationalities]),
                                                  ("job_category", [c.value for c in search.job_categories])) if values}


def _subquery_license(number: str) -> QuerySet:
    return PlanLicense.filter(number__in=[number, number.zfill(6)]).values("plan_id")


QUEUE_ORDER = ("queued_at", "id")  # oldest queue time first; the id breaks ties


def first_found(found: str, after: tuple[datetime, int] | None, size: int) -> Condition:
    """The plans among the first `size` of `found` (a table or CTE of plans' ids and queue times) in
    the queue's order after a position (`queue_page` on rows already found)."""
    rows = Table(found)
    query = Query.from_(rows).select(rows.id)
    if after is not None:
        queued_at, plan_id = after
        query = query.where((rows.queued_at > queued_at) | ((rows.queued_at == queued_at) & (rows.id > plan_id)))
    query = query.orderby(*(rows[column] for column in QUEUE_ORDER)).limit(size)
    return Condition(lambda table: table.id.isin(query))


def queue_page(plans: QuerySet[Plan], after: tuple[datetime, int] | None) -> QuerySet[Plan]:
    """The review queue after a position (keyset paging). Only plans in the queue: staff never
    see the ones without a queue time (drafts)."""
    plans = plans.filter(queued_at__isnull=False)
    if after is not None:
        queued_at, plan_id = after
        plans = plans.filter(Q(queued_at__gt=queued_at) | (Q(queued_at=queued_at) & Q(id__gt=plan_id)))
    return plans.order_by(*QUEUE_ORDER)
