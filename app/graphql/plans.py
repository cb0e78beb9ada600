"""The plan as clients read it (CONTRACT.md `Plan`), and the company's and staff's queries."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from strawberry import Private

from app.domain.catalogue import prefectures
from app.domain.clock import to_jst
from app.domain.viewer import Viewer as DomainViewer
from app.domain.visibility import may_read_internal_comments, plan_scope
from app.domain.workflow import available_actions
from app.graphql.context import Info
from app.graphql.enums import (
    Bureau,
    CcusIdReason,
    EmploymentStatus,
    JacMembershipKind,
    JobCategory,
    LicenseAuthority,
    LicenseGrade,
    PlanAction,
    PlanStatus,
    Role,
    SalaryMode,
    Sex,
)
from app.graphql.ids import encode_id
from app.models import Attachment as AttachmentModel
from app.models import Plan as PlanModel
from app.models import PlanEvent
from app.models import PlanLicense
from app.models import Worker as WorkerModel
from app.models.enums import SalaryMode as SalaryModeValue

MASK = "＊＊＊"


def _jst(moment: datetime | None) -> datetime | None:
    return to_jst(moment) if moment else None


@strawberry.type
class License:
    authority: LicenseAuthority | None
    prefecture: str | None
    grade: LicenseGrade | None
    number: str | None
    valid_until: date | None

    @classmethod
    def of(cls, row: PlanLicense) -> "License":
        return cls(authority=row.authority, prefecture=row.prefecture, grade=row.grade, number=row.number, valid_until=row.valid_until)


@strawberry.type
class JacMembership:
    kind: JacMembershipKind | None
    organization_name: str | None


@strawberry.type
class Proxy:
    name: str | None
    organization: str | None
    email: str | None
    phone: str | None
    has_power_of_attorney: bool | None


@strawberry.type
class Consents:
    declaration: bool
    data_sharing: bool


@strawberry.type
class Worker:
    row: Private[WorkerModel]
    plan: Private[PlanModel]
    masked: Private[bool]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Worker", self.row.id))

    @strawberry.field
    def name(self) -> str | None:
        return MASK if self.masked and self.row.name else self.row.name

    @strawberry.field
    def nationality(self) -> str | None:
        return self.row.nationality

    @strawberry.field
    def birth_date(self) -> date | None:
        return None if self.masked else self.row.birth_date

    @strawberry.field
    def sex(self) -> Sex | None:
        return self.row.sex

    @strawberry.field
    def job_category(self) -> JobCategory | None:
        return self.row.job_category

    @strawberry.field
    def job_category_label(self) -> str | None:
        return self.row.job_category.label if self.row.job_category else None

    @strawberry.field
    def work_start(self) -> date | None:
        return self.row.work_start

    @strawberry.field
    def work_end(self) -> date | None:
        return self.row.work_end

    @strawberry.field
    def salary_mode(self) -> SalaryMode:
        return self.row.salary_mode

    @strawberry.field
    def salary_amount(self) -> int | None:
        return self.row.salary_amount

    @strawberry.field(description="実際の報酬月額: 「同じ」なら計画の基本給、「異なる」なら本人の額")
    def effective_salary(self) -> int | None:
        if self.row.salary_mode == SalaryModeValue.SAME:
            return self.plan.basic_monthly_salary
        return self.row.salary_amount

    @strawberry.field
    def ccus_worker_id(self) -> str | None:
        return MASK if self.masked and self.row.ccus_worker_id else self.row.ccus_worker_id

    @strawberry.field
    def ccus_worker_id_reason(self) -> CcusIdReason | None:
        return self.row.ccus_worker_id_reason

    @strawberry.field
    def employment_status(self) -> EmploymentStatus:
        return self.row.employment_status

    @strawberry.field
    def employment_status_label(self) -> str:
        return self.row.employment_status.label


@strawberry.type
class Attachment:
    row: Private[AttachmentModel]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Attachment", self.row.id))

    @strawberry.field(description="書類項目のコード（一括登録のファイルは null、coveredItems を参照）")
    def document_item(self) -> str | None:
        return self.row.document_item_id

    @strawberry.field
    def worker_id(self) -> strawberry.ID | None:
        return strawberry.ID(encode_id("Worker", self.row.worker_id)) if self.row.worker_id else None

    @strawberry.field
    def file_name(self) -> str:
        return self.row.file_name

    @strawberry.field
    def content_type(self) -> str:
        return self.row.content_type

    @strawberry.field
    def size(self) -> int:
        return self.row.size

    @strawberry.field
    def uploaded_at(self) -> datetime:
        return to_jst(self.row.uploaded_at)

    @strawberry.field(description="一括登録のファイルが対象とする書類項目")
    async def covered_items(self, info: Info) -> list[str]:
        return await info.context.loaders.coverage.load(self.row.id) if self.row.is_bulk else []


@strawberry.type
class HistoryEvent:
    at: datetime
    action: PlanAction
    action_label: str
    from_status: PlanStatus | None
    to_status: PlanStatus | None
    actor_role: Role
    comment: str | None = strawberry.field(description="受理・認定・内部コメントは職員と実施団体にのみ表示")

    @classmethod
    def of(cls, event: PlanEvent, viewer: DomainViewer | None) -> "HistoryEvent":
        hidden = event.comment_is_internal and not may_read_internal_comments(viewer)
        return cls(
            at=to_jst(event.at),
            action=event.action,
            action_label=event.action.label,
            from_status=event.from_status,
            to_status=event.to_status,
            actor_role=event.actor_role,
            comment=None if hidden else event.comment,
        )


@strawberry.type
class Plan:
    row: Private[PlanModel]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Plan", self.row.id))

    @strawberry.field
    def version(self) -> int:
        return self.row.version

    @strawberry.field(description="申請番号（先頭8桁が申請日）")
    def application_number(self) -> str | None:
        return self.row.application_number

    @strawberry.field
    def status(self) -> PlanStatus:
        return self.row.status

    @strawberry.field
    def status_label(self) -> str:
        return self.row.status.label

    @strawberry.field(description="審査する地方整備局等（主たる営業所の都道府県から決まる）")
    def bureau(self) -> Bureau | None:
        return self.row.bureau

    @strawberry.field
    def bureau_label(self) -> str | None:
        return self.row.bureau.label if self.row.bureau else None

    @strawberry.field
    def applied_at(self) -> datetime | None:
        return _jst(self.row.applied_at)

    @strawberry.field(description="審査順の基準日時（再申請で更新）")
    def queued_at(self) -> datetime | None:
        return _jst(self.row.queued_at)

    @strawberry.field
    def certificate_number(self) -> str | None:
        return self.row.certificate_number

    @strawberry.field
    def certified_at(self) -> datetime | None:
        return _jst(self.row.certified_at)

    @strawberry.field(description="最新の差戻しコメント")
    def remand_comment(self) -> str | None:
        return self.row.remand_comment

    @strawberry.field
    def corporate_number(self) -> str | None:
        return self.row.corporate_number

    @strawberry.field
    def company_name(self) -> str | None:
        return self.row.company_name

    @strawberry.field
    def representative_name(self) -> str | None:
        return self.row.representative_name

    @strawberry.field
    def head_office_prefecture(self) -> str | None:
        return self.row.head_office_prefecture

    @strawberry.field
    def head_office_prefecture_name(self) -> str | None:
        prefecture = prefectures().get(self.row.head_office_prefecture or "")
        return prefecture.name if prefecture else None

    @strawberry.field
    def head_office_address(self) -> str | None:
        return self.row.head_office_address

    @strawberry.field
    def phone(self) -> str | None:
        return self.row.phone

    @strawberry.field
    def email(self) -> str | None:
        return self.row.email

    @strawberry.field
    def ccus_business_id(self) -> str | None:
        return self.row.ccus_business_id

    @strawberry.field
    def jac_membership(self) -> JacMembership | None:
        if self.row.jac_kind is None and self.row.jac_organization_name is None:
            return None
        return JacMembership(kind=self.row.jac_kind, organization_name=self.row.jac_organization_name)

    @strawberry.field
    def full_time_staff_count(self) -> int | None:
        return self.row.full_time_staff_count

    @strawberry.field
    def foreign_construction_worker_count(self) -> int | None:
        return self.row.foreign_construction_worker_count

    @strawberry.field
    def domestic_recruitment_description(self) -> str | None:
        return self.row.domestic_recruitment_description

    @strawberry.field
    def basic_monthly_salary(self) -> int | None:
        return self.row.basic_monthly_salary

    @strawberry.field
    def has_bonus(self) -> bool | None:
        return self.row.has_bonus

    @strawberry.field
    def bonus_description(self) -> str | None:
        return self.row.bonus_description

    @strawberry.field
    def acceptance_start(self) -> date | None:
        return self.row.acceptance_start

    @strawberry.field
    def acceptance_end(self) -> date | None:
        return self.row.acceptance_end

    @strawberry.field
    def proxy(self) -> Proxy | None:
        r = self.row
        if all(v is None for v in (r.proxy_name, r.proxy_organization, r.proxy_email, r.proxy_phone, r.proxy_has_power_of_attorney)):
            return None
        return Proxy(name=r.proxy_name, organization=r.proxy_organization, email=r.proxy_email, phone=r.proxy_phone,
                     has_power_of_attorney=r.proxy_has_power_of_attorney)

    @strawberry.field
    def consents(self) -> Consents:
        return Consents(declaration=self.row.consent_declaration, data_sharing=self.row.consent_data_sharing)

    @strawberry.field
    async def licenses(self, info: Info) -> list[License]:
        return [License.of(row) for row in await info.context.loaders.licenses.load(self.row.id)]

    @strawberry.field
    async def workers(self, info: Info) -> list[Worker]:
        masked = plan_scope(info.context.viewer).mask_personal_data
        return [Worker(row=row, plan=self.row, masked=masked) for row in await info.context.loaders.workers.load(self.row.id)]

    @strawberry.field(description="受入人数（外国人リストの人数）")
    async def worker_count(self, info: Info) -> int:
        return len(await info.context.loaders.workers.load(self.row.id))

    @strawberry.field
    async def attachments(self, info: Info) -> list[Attachment]:
        return [Attachment(row=row) for row in await info.context.loaders.attachments.load(self.row.id)]

    @strawberry.field(description="申請の履歴（記録は編集されません）")
    async def history(self, info: Info) -> list[HistoryEvent]:
        return [HistoryEvent.of(e, info.context.viewer) for e in await info.context.loaders.events.load(self.row.id)]

    @strawberry.field(description="この利用者が今この計画に対して呼べるミューテーション")
    def available_actions(self, info: Info) -> list[str]:
        viewer = info.context.viewer
        return available_actions(self.row, viewer) if viewer else []
