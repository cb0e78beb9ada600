"""`PlanInput` and the attachment inputs, turned into the domain's partial changes (CONTRACT.md partial-update rules)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import strawberry
from strawberry import UNSET
from strawberry.file_uploads import Upload

from app.graphql.core.enums import CcusIdReason, JacMembershipKind, JobCategory, LicenseAuthority, LicenseGrade, SalaryMode, Sex
from app.graphql.core.ids import row_id


@strawberry.input
class LicenseInput:
    authority: LicenseAuthority | None = UNSET
    prefecture: str | None = strawberry.field(default=UNSET, description="知事許可の都道府県コード（01〜47）")
    grade: LicenseGrade | None = UNSET
    number: str | None = strawberry.field(default=UNSET, description="許可番号の数字（例: 123456）")
    valid_until: date | None = UNSET


@strawberry.input
class JacMembershipInput:
    kind: JacMembershipKind | None = UNSET
    organization_name: str | None = UNSET


@strawberry.input
class ProxyInput:
    name: str | None = UNSET
    organization: str | None = UNSET
    email: str | None = UNSET
    phone: str | None = UNSET
    has_power_of_attorney: bool | None = UNSET


@strawberry.input
class ConsentsInput:
    declaration: bool | None = UNSET
    data_sharing: bool | None = UNSET


@strawberry.input
class WorkerInput:
    id: strawberry.ID | None = strawberry.field(default=UNSET, description="既存の外国人を更新する場合のID。省略すると追加")
    name: str | None = UNSET
    nationality: str | None = strawberry.field(default=UNSET, description="ISO 3166-1 alpha-2（例: VN）")
    birth_date: date | None = UNSET
    sex: Sex | None = UNSET
    job_category: JobCategory | None = UNSET
    work_start: date | None = UNSET
    work_end: date | None = UNSET
    salary_mode: SalaryMode | None = UNSET
    salary_amount: int | None = UNSET
    ccus_worker_id: str | None = strawberry.field(default=UNSET, description="14桁。登録申請中は0を14桁")
    ccus_worker_id_reason: CcusIdReason | None = UNSET


@strawberry.input
class PlanInput:
    corporate_number: str | None = strawberry.field(default=UNSET, description="13桁（個人事業主は0を13桁）")
    company_name: str | None = UNSET
    representative_name: str | None = UNSET
    head_office_prefecture: str | None = strawberry.field(default=UNSET, description="都道府県コード（01〜47）")
    head_office_address: str | None = UNSET
    phone: str | None = UNSET
    email: str | None = UNSET
    licenses: list[LicenseInput] | None = UNSET
    ccus_business_id: str | None = strawberry.field(default=UNSET, description="14桁")
    jac_membership: JacMembershipInput | None = UNSET
    full_time_staff_count: int | None = UNSET
    foreign_construction_worker_count: int | None = UNSET
    domestic_recruitment_description: str | None = UNSET
    basic_monthly_salary: int | None = UNSET
    has_bonus: bool | None = UNSET
    bonus_description: str | None = UNSET
    acceptance_start: date | None = UNSET
    acceptance_end: date | None = UNSET
    proxy: ProxyInput | None = UNSET
    workers: list[WorkerInput] | None = UNSET
    consents: ConsentsInput | None = UNSET


def _given(obj: Any) -> dict[str, Any]:
    """The fields a client sent (UNSET left out), nested inputs as dicts."""
    result: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if value is UNSET:
            continue
        if dataclasses.is_dataclass(value):
            value = _given(value)
        elif isinstance(value, list):
            value = [_given(v) if dataclasses.is_dataclass(v) else v for v in value]
        result[f.name] = value
    return result


def plan_changes(data: PlanInput) -> dict[str, Any]:
    changes = _given(data)
    if changes.get("workers") is not None:
        for worker in changes["workers"]:
            if "id" in worker:
                raw = worker.pop("id")
                if raw is not None:
                    worker["id"] = row_id("Worker", raw)  # an unknown id is refused as NOT_FOUND
    if "licenses" in changes and changes["licenses"] is None:
        changes["licenses"] = []
    if "workers" in changes and changes["workers"] is None:
        changes["workers"] = []
    return changes


STAGED_DESCRIPTION = "認定後: 変更申請・変更届出に添付するファイルとして登録します（計画への反映は変更の認定・届出の時）"


@strawberry.input
class UploadAttachmentInput:
    document_item: str = strawberry.field(description="documentItems の code")
    file: Upload
    worker_id: strawberry.ID | None = strawberry.field(default=None, description="外国人ごとの書類の場合の対象者")
    staged: bool = strawberry.field(default=False, description=STAGED_DESCRIPTION)


@strawberry.input
class UploadBulkAttachmentInput:
    covers: list[str] = strawberry.field(description="このファイルが対象とする書類項目の code（1つ以上）")
    file: Upload
    staged: bool = strawberry.field(default=False, description=STAGED_DESCRIPTION)


@strawberry.input
class DeleteAttachmentInput:
    attachment_id: strawberry.ID
