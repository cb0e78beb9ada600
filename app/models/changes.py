"""Changes after certification (REQUIREMENTS D1–D3): change applications 変更申請, reviewed like the
plan, and their history. Change notifications 変更届出 apply at once and are plan history."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.accounts import CompanyAccount, StaffUser
from app.models.base import created_at_field, updated_at_field, version_field
from app.models.enums import ChangeAction, ChangeStatus, Role
from app.models.plans import Plan


class ChangeApplication(Model):
    """変更申請: the changes to a certified plan, and the comparison with the plan as it stood
    when filed (`diff`, kept after withdrawal and certification, FAQ 39)."""

    id = fields.IntField(primary_key=True)
    plan: fields.ForeignKeyRelation[Plan] = fields.ForeignKeyField(
        "models.Plan", related_name="change_applications", db_index=True, on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(ChangeStatus, db_index=True)
    version = version_field()
    # The partial plan changes as the domain stores them (snake_case; workers by id).
    changes = fields.JSONField()
    # One row per changed field: {"field": "workers.12.salaryAmount", "before": …, "after": …}.
    diff = fields.JSONField()
    # D7: plan attachments this application removes on certification (the added ones point at it).
    removed_attachment_ids = fields.JSONField(null=True)
    remand_comment = fields.TextField(null=True)
    applied_at = fields.DatetimeField()
    queued_at = fields.DatetimeField(db_index=True)
    first_accepted_at = fields.DatetimeField(null=True)
    certified_at = fields.DatetimeField(null=True)
    created_at = created_at_field()
    updated_at = updated_at_field()

    class Meta:
        table = "change_application"
        indexes = (("status", "queued_at"),)


class ChangeEvent(Model):
    """A step of a change application (C7 for D1): never edited."""

    id = fields.IntField(primary_key=True)
    change_application: fields.ForeignKeyRelation[ChangeApplication] = fields.ForeignKeyField(
        "models.ChangeApplication", related_name="events", db_index=True, on_delete=fields.RESTRICT
    )
    at = fields.DatetimeField()
    action = fields.CharEnumField(ChangeAction)
    from_status = fields.CharEnumField(ChangeStatus, null=True)
    to_status = fields.CharEnumField(ChangeStatus, null=True)
    actor_role = fields.CharEnumField(Role)
    actor_company: fields.ForeignKeyNullableRelation[CompanyAccount] = fields.ForeignKeyField(
        "models.CompanyAccount", related_name="change_events", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    actor_staff: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="change_events", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    comment = fields.TextField(null=True)
    comment_is_internal = fields.BooleanField(default=False, db_default=False)

    class Meta:
        table = "change_event"
