"""Worker reports after certification (REQUIREMENTS D4–D6, DOMAIN §4.1–4.5): the acceptance report
受入報告 per worker, the filed reports (退職, 2号移行, 継続不可事由発生) and the reviewed 再雇用申請."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.base import created_at_field, updated_at_field, version_field
from app.models.enums import ChangeStatus, DiscontinuationReason, EmploymentStatus, ReportKind, ReportStatus
from app.models.plans import Plan, Worker


class WorkerReport(Model):
    """One report about one worker; its state changes only through app.domain.review.report_transitions."""

    id = fields.IntField(primary_key=True)
    plan: fields.ForeignKeyRelation[Plan] = fields.ForeignKeyField(
        "models.Plan", related_name="reports", db_index=True, on_delete=fields.CASCADE
    )
    worker: fields.ForeignKeyRelation[Worker] = fields.ForeignKeyField(
        "models.Worker", related_name="reports", db_index=True, on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(ReportKind, db_index=True)
    status = fields.CharEnumField(ReportStatus, db_index=True)
    # 再雇用申請 only: its review, like a change application's (APPLIED → UNDER_REVIEW → CERTIFIED).
    review_status = fields.CharEnumField(ChangeStatus, null=True, db_index=True)
    version = version_field()
    due_on = fields.DateField(null=True, db_index=True)  # acceptance: one month after the work start
    registered_at = fields.DatetimeField(null=True)
    reported_at = fields.DatetimeField(null=True)
    reminder_mailed_at = fields.DatetimeField(null=True)
    overdue_mailed_at = fields.DatetimeField(null=True)
    # 受入報告: what was registered (the CCUS worker ID lives on the worker, where a change
    # notification replaces the fourteen zeros).
    employment_status = fields.CharEnumField(EmploymentStatus, null=True)
    residence_card_number = fields.CharField(max_length=12, null=True)
    residence_expiry = fields.DateField(null=True)
    landing_date = fields.DateField(null=True)
    work_start_date = fields.DateField(null=True)
    ccus_card_missing_reason = fields.TextField(null=True)
    # The other reports: the day it happened (退職日, 2号移行日, 事由発生日), the planned re-employment day.
    event_on = fields.DateField(null=True)
    planned_on = fields.DateField(null=True)
    discontinuation_reason = fields.CharEnumField(DiscontinuationReason, null=True)
    note = fields.TextField(null=True)
    remand_comment = fields.TextField(null=True)
    queued_at = fields.DatetimeField(null=True)
    first_accepted_at = fields.DatetimeField(null=True)
    certified_at = fields.DatetimeField(null=True)
    created_at = created_at_field()
    updated_at = updated_at_field()

    class Meta:
        table = "worker_report"
        indexes = (("kind", "status", "due_on"),)
