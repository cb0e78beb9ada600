"""定型文: phrases MLIT keeps for the reviewers' comments (#26)."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.accounts import StaffUser
from app.models.base import created_at_field


class ReviewPhrase(Model):
    """A phrase a reviewer may put into a decision's comment (filled in, still editable)."""

    id = fields.IntField(primary_key=True)
    decision = fields.CharField(max_length=30, default="", db_default="", db_index=True)  # a review form's slug; "" for any
    text = fields.TextField()
    created_by: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="phrases", null=True, on_delete=fields.SET_NULL
    )
    created_at = created_at_field()

    class Meta:
        table = "review_phrase"
