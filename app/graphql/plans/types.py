"""The plan as clients read it (CONTRACT.md `Plan`), its workers, attachments and history, shown as the viewer may see them."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

import strawberry
from strawberry import Private

from app.domain.catalogue import prefectures
from app.domain.clock import jst_or_none, to_jst
from app.domain.plans.documents import printable_documents
from app.domain.plans.draft import effective_salary
from app.domain.plans.fields import CONSENTS, JAC, PROXY, Area, Group
from app.domain.review.menu import actions_now
from app.domain.viewer import Viewer as DomainViewer
from app.domain.visibility import hidden_review_statuses, may_read_internal_comments, plan_scope
from app.graphql.changes.types import ChangeApplication, DiffRow, diff_rows
from app.graphql.core.context import Info
from app.graphql.core.enums import (
    Bureau,
    DocumentKind,
    EmploymentStatus,
    PlanAction,
    PlanStatus,
    Role,
)
from app.graphql.core.ids import encode_id
from app.graphql.plans.described import described, described_values
from app.graphql.plans.files import Attachment, attachments_for
from app.graphql.reports.types import WorkerReport, reports_for
from app.http.documents import document_path
from app.models import Plan as PlanModel
from app.models import PlanEvent, PlanLicense
from app.models import Worker as WorkerModel
from app.models.enums import ReportKind, ReportStatus

T = TypeVar("T")


@strawberry.type(description="建設業許可")
@described(Area.LICENSE)
class License:
    @classmethod
    def of(cls, row: PlanLicense) -> "License":
        return cls(**described_values(row, Area.LICENSE))


@strawberry.type(description="所属団体")
@described(JAC)
class JacMembership:
    pass


@strawberry.type(description="代理申請者・取次申請者")
@described(PROXY)
class Proxy:
    pass


@strawberry.type(description="申請書の宣誓と情報提供への同意")
@described(CONSENTS)
class Consents:
    pass


def _group(cls: type[T], row: PlanModel, group: Group) -> T | None:
    """A nested group of the plan's columns, null while none of them is set."""
    values = described_values(row, group)
    return cls(**values) if any(v is not None for v in values.values()) else None


@strawberry.type(description="1号特定技能外国人リストの1人")
@described(Area.WORKER)
class Worker:
    row: Private[WorkerModel]
    masked: Private[bool]
    id: strawberry.ID
    job_category_label: str | None
    effective_salary: int | None = strawberry.field(description="実際の報酬月額: 「同じ」なら計画の基本給、「異なる」なら本人の額")
    employment_status: EmploymentStatus
    employment_status_label: str

    @classmethod
    def of(cls, row: WorkerModel, plan: PlanModel, masked: bool) -> "Worker":
        """Plain values, read once: cheaper to serve than a resolver per field."""
        return cls(
            row=row,
            masked=masked,
            id=strawberry.ID(encode_id("Worker", row.id)),
            **described_values(row, Area.WORKER, masked),
            job_category_label=row.job_category.label if row.job_category else None,
            effective_salary=effective_salary(plan, row),
            employment_status=row.employment_status,
            employment_status_label=row.employment_status.label,
        )

    @strawberry.field(description="この外国人の受入報告（最新のもの。再雇用の認定後は新しい受入報告）")
    async def report(self, info: Info) -> WorkerReport | None:
        acceptance = [r for r in await info.context.loaders.worker_reports.load(self.row.id) if r.kind is ReportKind.ACCEPTANCE]
        return WorkerReport.of(acceptance[-1], self.masked) if acceptance else None

    @strawberry.field(description="この外国人のすべての報告・申請（古い順）")
    async def reports(self, info: Info) -> list[WorkerReport]:
        return [WorkerReport.of(row, self.masked) for row in await info.context.loaders.worker_reports.load(self.row.id)]

    @strawberry.field(description="受入報告を登録したまま報告（送信）していない")
    async def has_unsent_report(self, info: Info) -> bool:
        return any(r.kind is ReportKind.ACCEPTANCE and r.status is ReportStatus.REGISTERED
                   for r in await info.context.loaders.worker_reports.load(self.row.id))


@strawberry.type
class HistoryEvent:
    at: datetime
    action: PlanAction
    action_label: str
    from_status: PlanStatus | None
    to_status: PlanStatus | None
    actor_role: Role
    comment: str | None = strawberry.field(description="受理・認定・内部コメントは職員と実施団体にのみ表示")
    changes: list[DiffRow] | None = strawberry.field(
        description="変更届出・変更申請の認定・報告で変わった項目（変更前と変更後。その他の操作では null）")

    @classmethod
    def of(cls, event: PlanEvent, viewer: DomainViewer | None, changes: list[DiffRow] | None = None) -> "HistoryEvent":
        hidden = event.comment_is_internal and not may_read_internal_comments(viewer)
        return cls(
            at=to_jst(event.at),
            action=event.action,
            action_label=event.action.label,
            from_status=event.from_status,
            to_status=event.to_status,
            actor_role=event.actor_role,
            comment=None if hidden else event.comment,
            changes=changes,
        )


@strawberry.type(description="印刷できる書類（PDF）")
class PrintableDocument:
    kind: DocumentKind
    label: str
    url: str = strawberry.field(description="この URL を同じ Authorization: Bearer トークンで GET すると PDF（サービスからの相対パス）")
    issued_at: datetime | None = strawberry.field(description="書類の基準日時（認定・変更の認定・申請の日時）")


@strawberry.type(description="建設特定技能受入計画")
@described(None)
class Plan:
    row: Private[PlanModel]
    id: strawberry.ID
    version: int
    application_number: str | None = strawberry.field(description="申請番号（先頭8桁が申請日）")
    status: PlanStatus
    status_label: str
    bureau: Bureau | None = strawberry.field(description="審査する地方整備局等（主たる営業所の都道府県から決まる）")
    bureau_label: str | None
    applied_at: datetime | None
    queued_at: datetime | None = strawberry.field(description="審査順の基準日時（再申請で更新）")
    certificate_number: str | None
    certified_at: datetime | None
    remand_comment: str | None = strawberry.field(description="最新の差戻しコメント")
    cancellation_requested_at: datetime | None = strawberry.field(description="計画取消申請の日時（審査中のときのみ）")
    cancellation_reason: str | None = strawberry.field(description="計画取消申請の理由（審査中のときのみ）")
    head_office_prefecture_name: str | None
    jac_membership: JacMembership | None
    proxy: Proxy | None
    consents: Consents
    worker_count: int = strawberry.field(description="受入人数（外国人リストの人数）")

    @classmethod
    def of(cls, r: PlanModel) -> "Plan":
        """Plain values, read once: cheaper to serve than a resolver per field."""
        prefecture = prefectures().get(r.head_office_prefecture or "")
        return cls(
            row=r,
            id=strawberry.ID(encode_id("Plan", r.id)),
            version=r.version,
            application_number=r.application_number,
            status=r.status,
            status_label=r.status.label,
            bureau=r.bureau,
            bureau_label=r.bureau.label if r.bureau else None,
            applied_at=jst_or_none(r.applied_at),
            queued_at=jst_or_none(r.queued_at),
            certificate_number=r.certificate_number,
            certified_at=jst_or_none(r.certified_at),
            remand_comment=r.remand_comment,
            cancellation_requested_at=jst_or_none(r.cancellation_requested_at),
            cancellation_reason=r.cancellation_reason,
            **described_values(r, None),
            head_office_prefecture_name=prefecture.name if prefecture else None,
            jac_membership=_group(JacMembership, r, JAC),
            proxy=_group(Proxy, r, PROXY),
            consents=Consents(**described_values(r, CONSENTS)),
            worker_count=r.worker_count,
        )

    @strawberry.field
    async def licenses(self, info: Info) -> list[License]:
        return [License.of(row) for row in await info.context.loaders.licenses.load(self.row.id)]

    @strawberry.field
    async def workers(self, info: Info) -> list[Worker]:
        masked = plan_scope(info.context.viewer).mask_personal_data
        return [Worker.of(row, self.row, masked) for row in await info.context.loaders.workers.load(self.row.id)]


    @strawberry.field(description="計画の添付書類（認定後の変更用に登録し、まだ反映されていないファイルは含みません）")
    async def attachments(self, info: Info) -> list[Attachment]:
        return attachments_for(info, await info.context.loaders.attachments.load(self.row.id))

    @strawberry.field(description="認定後の変更用に登録し、まだどの変更申請・変更届出にも使われていないファイル")
    async def staged_attachments(self, info: Info) -> list[Attachment]:
        return attachments_for(info, await info.context.loaders.staged_attachments.load(self.row.id))

    @strawberry.field(description="申請の履歴（記録は編集されません）")
    async def history(self, info: Info) -> list[HistoryEvent]:
        return [HistoryEvent.of(e, info.context.viewer, await diff_rows(info, self.row.id, e.changes) if e.changes is not None else None)
                for e in await info.context.loaders.events.load(self.row.id)]

    @strawberry.field(description="この計画の変更申請（新しい順。職員には差戻し中・取下げのものは表示されません）")
    async def change_applications(self, info: Info) -> list[ChangeApplication]:
        hidden = hidden_review_statuses(info.context.viewer)
        certified = PlanStatus(self.row.status) is PlanStatus.CERTIFIED
        return [ChangeApplication.of(row, certified) for row in await info.context.loaders.change_applications.load(self.row.id)
                if row.status not in hidden]

    @strawberry.field(description="対応が必要な受入報告: 登録したまま報告していないもの、報告期限を過ぎたもの（期限順）")
    async def pending_reports(self, info: Info) -> list[WorkerReport]:
        return reports_for(info, await info.context.loaders.pending_reports.load(self.row.id))

    @strawberry.field(description="この利用者が今印刷できる書類: 認定証（変更の認定後は変更後の内容）、申請書控え、変更申請の認定通知書")
    async def documents(self, info: Info) -> list[PrintableDocument]:
        return [PrintableDocument(kind=d.kind, label=d.label, url=document_path(self.row.id, d.kind, d.change_application_id),
                                  issued_at=jst_or_none(d.issued_at))
                for d in await printable_documents(info.context.viewer, self.row)]

    @strawberry.field(description="この利用者が今この計画に対して呼べるミューテーション")
    async def available_actions(self, info: Info) -> list[str]:
        viewer = info.context.viewer
        return await actions_now(self.row, viewer) if viewer else []
