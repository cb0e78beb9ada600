"""連絡事項 (REQUIREMENTS E2): announcements, some of which stop the service."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.accounts import StaffUser
from app.models.base import created_at_field, flag_field, version_field


class Announcement(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=200)
    body = fields.TextField()
    starts_at = fields.DatetimeField(db_index=True)
    ends_at = fields.DatetimeField(null=True, db_index=True)
    stops_service = flag_field(False)
    published_by: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="announcements", db_index=True, null=True, on_delete=fields.SET_NULL
    )
    ended_at = fields.DatetimeField(null=True)
    version = version_field()
    created_at = created_at_field()

    class Meta:
        table = "announcement"
