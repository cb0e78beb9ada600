"""Who holds which case under review (#26): a row per case, so every server process agrees."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.accounts import StaffUser
from app.models.base import created_at_field
from app.models.enums import CaseKind


class CaseAssignment(Model):
    """The reviewer holding one case (a plan, a change application or a 再雇用申請) until it is decided
    or released; taken by the reviewer (担当する) or given by MLIT."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(CaseKind)
    record_id = fields.IntField()
    staff: fields.ForeignKeyRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="cases", db_index=True, on_delete=fields.CASCADE
    )
    assigned_by: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="cases_given", null=True, on_delete=fields.SET_NULL
    )
    assigned_at = created_at_field()

    class Meta:
        table = "case_assignment"
        unique_together = (("kind", "record_id"),)
