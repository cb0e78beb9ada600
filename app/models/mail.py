"""The mail outbox (REQUIREMENTS E3): rows written in the same transaction as their cause."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.base import created_at_field, flag_field
from app.models.enums import MailKind, MailState


class OutboxMail(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(MailKind)
    to_address = fields.CharField(max_length=254)
    subject = fields.CharField(max_length=200)
    # Erased once sent when it carries a credential (temporary passwords).
    body = fields.TextField(null=True)
    carries_credential = flag_field(False)
    state = fields.CharEnumField(MailState, default=MailState.QUEUED, db_default=MailState.QUEUED.value, db_index=True)
    attempts = fields.IntField(default=0, db_default=0)
    next_attempt_at = fields.DatetimeField(null=True, db_index=True)
    claimed_until = fields.DatetimeField(null=True)
    claim_token = fields.CharField(max_length=32, null=True)
    last_error = fields.TextField(null=True)
    created_at = created_at_field()
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox_mail"
