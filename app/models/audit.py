"""The append-only history of a plan (REQUIREMENTS C7): never updated, never deleted."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.accounts import CompanyAccount, StaffUser
from app.models.enums import PlanAction, PlanStatus, Role
from app.models.plans import Plan


class PlanEvent(Model):
    id = fields.IntField(primary_key=True)
    plan: fields.ForeignKeyRelation[Plan] = fields.ForeignKeyField(
        "models.Plan", related_name="events", on_delete=fields.RESTRICT
    )
    at = fields.DatetimeField(db_index=True)
    action = fields.CharEnumField(PlanAction)
    from_status = fields.CharEnumField(PlanStatus, null=True)
    to_status = fields.CharEnumField(PlanStatus, null=True)
    actor_role = fields.CharEnumField(Role)
    actor_company: fields.ForeignKeyNullableRelation[CompanyAccount] = fields.ForeignKeyField(
        "models.CompanyAccount", related_name="plan_events", null=True, on_delete=fields.RESTRICT
    )
    actor_staff: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="plan_events", null=True, on_delete=fields.RESTRICT
    )
    comment = fields.TextField(null=True)
    # Accept, certify and internal comments: staff and the implementing org only (C3).
    comment_is_internal = fields.BooleanField(default=False, db_default=False)

    class Meta:
        table = "plan_event"
