"""Append-only records: a plan's history (C7), account administration (A10), exports and
downloads. Never updated, never deleted."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.accounts import CompanyAccount, StaffUser
from app.models.attachments import Attachment
from app.models.enums import AccountAction, DocumentKind, ExportChannel, PlanAction, PlanStatus, Role
from app.models.plans import Plan


class PlanEvent(Model):
    id = fields.IntField(primary_key=True)
    plan: fields.ForeignKeyRelation[Plan] = fields.ForeignKeyField(
        "models.Plan", related_name="events", db_index=True, on_delete=fields.RESTRICT
    )
    at = fields.DatetimeField(db_index=True)
    action = fields.CharEnumField(PlanAction)
    from_status = fields.CharEnumField(PlanStatus, null=True)
    to_status = fields.CharEnumField(PlanStatus, null=True)
    actor_role = fields.CharEnumField(Role)
    actor_company: fields.ForeignKeyNullableRelation[CompanyAccount] = fields.ForeignKeyField(
        "models.CompanyAccount", related_name="plan_events", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    actor_staff: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="plan_events", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    comment = fields.TextField(null=True)
    # Accept, certify and internal comments: staff and the implementing org only (C3).
    comment_is_internal = fields.BooleanField(default=False, db_default=False)
    # A change certified or notified: the fields with their values before and after (D1, D3).
    changes = fields.JSONField(null=True)

    class Meta:
        table = "plan_event"


class AccountEvent(Model):
    """Account administration by MLIT staff (A10): who did what to which account, when."""

    id = fields.IntField(primary_key=True)
    at = fields.DatetimeField(db_index=True)
    action = fields.CharEnumField(AccountAction)
    actor: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="account_actions", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    company: fields.ForeignKeyNullableRelation[CompanyAccount] = fields.ForeignKeyField(
        "models.CompanyAccount", related_name="account_events", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    staff: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="account_events", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    note = fields.TextField(null=True)

    class Meta:
        table = "account_event"


class ExportRecord(Model):
    """Every data export (CONTRACT.md): who, when, what, with which filter."""

    id = fields.IntField(primary_key=True)
    at = fields.DatetimeField(db_index=True)
    staff: fields.ForeignKeyRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="exports", db_index=True, on_delete=fields.RESTRICT
    )
    actor_role = fields.CharEnumField(Role)
    channel = fields.CharEnumField(ExportChannel)
    target = fields.CharField(max_length=50)
    filter_description = fields.TextField()
    row_count = fields.IntField(null=True)

    class Meta:
        table = "export_record"


class AttachmentDownload(Model):
    """Every staff download of an attachment (DESIGN.md rule 8)."""

    id = fields.IntField(primary_key=True)
    at = fields.DatetimeField(db_index=True)
    staff: fields.ForeignKeyRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="downloads", db_index=True, on_delete=fields.RESTRICT
    )
    attachment: fields.ForeignKeyNullableRelation[Attachment] = fields.ForeignKeyField(
        "models.Attachment", related_name="downloads", db_index=True, null=True, on_delete=fields.SET_NULL
    )
    plan_id = fields.IntField()
    file_name = fields.CharField(max_length=255)

    class Meta:
        table = "attachment_download"


class DocumentDownload(Model):
    """One download of a printable document (G1): who (the company or a staff member), when, which."""

    id = fields.IntField(primary_key=True)
    at = fields.DatetimeField(db_index=True)
    actor_role = fields.CharEnumField(Role)
    company: fields.ForeignKeyNullableRelation[CompanyAccount] = fields.ForeignKeyField(
        "models.CompanyAccount", related_name="document_downloads", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    staff: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="document_downloads", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    plan_id = fields.IntField(db_index=True)
    kind = fields.CharEnumField(DocumentKind)
    change_application_id = fields.IntField(null=True)

    class Meta:
        table = "document_download"
