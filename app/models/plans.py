"""The acceptance plan 建設特定技能受入計画 (REQUIREMENTS B), its licences and its worker list."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.accounts import CompanyAccount
from app.models.base import created_at_field, flag_field, updated_at_field, version_field
from app.models.enums import (
    Bureau,
    CcusIdReason,
    EmploymentStatus,
    JacMembershipKind,
    JobCategory,
    LicenseAuthority,
    LicenseGrade,
    PlanStatus,
    SalaryMode,
    Sex,
)


class Plan(Model):
    id = fields.IntField(primary_key=True)
    company: fields.ForeignKeyRelation[CompanyAccount] = fields.ForeignKeyField(
        "models.CompanyAccount", related_name="plans", db_index=True, on_delete=fields.RESTRICT
    )
    # Workflow (REQUIREMENTS C); changed only through app.domain.workflow.
    status = fields.CharEnumField(PlanStatus, default=PlanStatus.DRAFT, db_default=PlanStatus.DRAFT.value, db_index=True)
    version = version_field()
    application_number = fields.CharField(max_length=20, null=True, unique=True)
    applied_at = fields.DatetimeField(null=True, db_index=True)
    queued_at = fields.DatetimeField(null=True, db_index=True)
    first_accepted_at = fields.DatetimeField(null=True)
    certificate_number = fields.CharField(max_length=30, null=True, unique=True)
    certified_at = fields.DatetimeField(null=True)
    remand_comment = fields.TextField(null=True)
    # 計画取消申請 (DOMAIN §4.5): pending while requested_at is set; MLIT approves or declines it.
    cancellation_requested_at = fields.DatetimeField(null=True, db_index=True)  # MLIT's pending 計画取消申請 (#28)
    cancellation_reason = fields.TextField(null=True)
    # Derived from head_office_prefecture (data/prefectures.csv); null until the prefecture is given.
    bureau = fields.CharEnumField(Bureau, null=True, db_index=True)

    # 1. 特定技能所属機関になろうとする者に関する事項
    corporate_number = fields.CharField(max_length=13, null=True, db_index=True)
    company_name = fields.CharField(max_length=200, null=True)
    representative_name = fields.CharField(max_length=100, null=True)
    head_office_prefecture = fields.CharField(max_length=2, null=True, db_index=True)
    head_office_address = fields.CharField(max_length=300, null=True)
    phone = fields.CharField(max_length=20, null=True)
    email = fields.CharField(max_length=254, null=True)
    # 2. 受入れ体制 (建設業許可 are child rows; CCUS 事業者ID; 所属団体)
    ccus_business_id = fields.CharField(max_length=14, null=True)
    jac_kind = fields.CharEnumField(JacMembershipKind, null=True)
    jac_organization_name = fields.CharField(max_length=200, null=True)
    full_time_staff_count = fields.IntField(null=True)
    foreign_construction_worker_count = fields.IntField(null=True)
    # 3. 国内人材確保の取組
    domestic_recruitment_description = fields.TextField(null=True)
    # 4. 適正な就労環境の確保
    basic_monthly_salary = fields.IntField(null=True)
    has_bonus = fields.BooleanField(null=True)
    bonus_description = fields.CharField(max_length=200, null=True)
    # 受入人数: the length of the worker list, kept by app.domain.plans (statistics read it).
    worker_count = fields.IntField(default=0, db_default=0)
    acceptance_start = fields.DateField(null=True)
    acceptance_end = fields.DateField(null=True)
    # 代理申請者 / 取次申請者 (B3)
    proxy_name = fields.CharField(max_length=100, null=True)
    proxy_organization = fields.CharField(max_length=200, null=True)
    proxy_email = fields.CharField(max_length=254, null=True)
    proxy_phone = fields.CharField(max_length=20, null=True)
    proxy_has_power_of_attorney = fields.BooleanField(null=True)
    # 申請書の宣誓・情報提供への同意 (DOMAIN §1.1)
    consent_declaration = flag_field(False)
    consent_data_sharing = flag_field(False)

    created_at = created_at_field()
    updated_at = updated_at_field()

    class Meta:
        table = "plan"
        # The review queue is read in this order (keyset paging), whole or by state; it is counted by state
        # and bureau from the index alone (#28).
        indexes = (("queued_at", "id"), ("status", "queued_at", "id"), ("status", "bureau", "id"))


class PlanLicense(Model):
    """One 建設業許可 held by the company; all of them are declared (DOMAIN §1.3)."""

    id = fields.IntField(primary_key=True)
    plan: fields.ForeignKeyRelation[Plan] = fields.ForeignKeyField(
        "models.Plan", related_name="licenses", db_index=True, on_delete=fields.CASCADE
    )
    position = fields.IntField(default=0, db_default=0)
    authority = fields.CharEnumField(LicenseAuthority, null=True)
    prefecture = fields.CharField(max_length=2, null=True)
    grade = fields.CharEnumField(LicenseGrade, null=True)
    number = fields.CharField(max_length=6, null=True, db_index=True)
    valid_until = fields.DateField(null=True)

    class Meta:
        table = "plan_license"


class Worker(Model):
    """A row of the 1号特定技能外国人リスト (B5, DOMAIN §1.5). Its id never changes once assigned."""

    id = fields.IntField(primary_key=True)
    plan: fields.ForeignKeyRelation[Plan] = fields.ForeignKeyField(
        "models.Plan", related_name="workers", db_index=True, on_delete=fields.CASCADE
    )
    position = fields.IntField(default=0, db_default=0)
    name = fields.CharField(max_length=100, null=True)
    nationality = fields.CharField(max_length=2, null=True, db_index=True)
    birth_date = fields.DateField(null=True)
    sex = fields.CharEnumField(Sex, null=True)
    job_category = fields.CharEnumField(JobCategory, null=True, db_index=True)
    work_start = fields.DateField(null=True)
    work_end = fields.DateField(null=True)
    salary_mode = fields.CharEnumField(SalaryMode, default=SalaryMode.SAME, db_default=SalaryMode.SAME.value)
    salary_amount = fields.IntField(null=True)
    ccus_worker_id = fields.CharField(max_length=14, null=True)
    ccus_worker_id_reason = fields.CharEnumField(CcusIdReason, null=True)
    residence_card_number = fields.CharField(max_length=12, null=True)
    employment_status = fields.CharEnumField(
        EmploymentStatus, default=EmploymentStatus.PLANNED, db_default=EmploymentStatus.PLANNED.value
    )
    version = version_field()
    created_at = created_at_field()

    class Meta:
        table = "worker"
