"""添付書類 (B7): the catalogue of document items and the files uploaded for them."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from app.models.base import created_at_field, flag_field
from app.models.plans import Plan, Worker


class DocumentItem(Model):
    """書類項目: kept in step with app.domain.catalogue at every migration run."""

    code = fields.CharField(max_length=40, primary_key=True)
    number = fields.IntField()
    name = fields.CharField(max_length=200)
    required = flag_field(False)
    per_worker = flag_field(False)
    max_files = fields.IntField(default=30, db_default=30)

    class Meta:
        table = "document_item"


class Attachment(Model):
    """One uploaded file: for one item (and worker), or a bulk file covering several items."""

    id = fields.IntField(primary_key=True)
    plan: fields.ForeignKeyRelation[Plan] = fields.ForeignKeyField(
        "models.Plan", related_name="attachments", db_index=True, on_delete=fields.CASCADE
    )
    document_item: fields.ForeignKeyNullableRelation[DocumentItem] = fields.ForeignKeyField(
        "models.DocumentItem", related_name="attachments", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    worker: fields.ForeignKeyNullableRelation[Worker] = fields.ForeignKeyField(
        "models.Worker", related_name="attachments", db_index=True, null=True, on_delete=fields.CASCADE
    )
    is_bulk = flag_field(False)
    # D7: uploaded after certification and not yet part of the plan; a change application or change
    # notification takes it (`change_application` while that is under review), certification applies it.
    staged = flag_field(False, db_index=True)
    change_application: fields.ForeignKeyNullableRelation[Any] = fields.ForeignKeyField(
        "models.ChangeApplication", related_name="attachments", db_index=True, null=True, on_delete=fields.RESTRICT
    )
    # A staged per-worker file for a worker a change application adds (not on the list yet): the worker's
    # place in that application's `workers` input; the file gets the worker when the change is certified.
    new_worker_index = fields.IntField(null=True)
    file_name = fields.CharField(max_length=255)
    content_type = fields.CharField(max_length=100)
    size = fields.BigIntField()
    sha256 = fields.CharField(max_length=64)
    storage_key = fields.CharField(max_length=200)
    uploaded_at = created_at_field()

    class Meta:
        table = "attachment"


class AttachmentCoverage(Model):
    """一括登録: a document item that a bulk attachment covers."""

    id = fields.IntField(primary_key=True)
    attachment: fields.ForeignKeyRelation[Attachment] = fields.ForeignKeyField(
        "models.Attachment", related_name="coverage", db_index=True, on_delete=fields.CASCADE
    )
    document_item: fields.ForeignKeyRelation[DocumentItem] = fields.ForeignKeyField(
        "models.DocumentItem", related_name="coverage", db_index=True, on_delete=fields.RESTRICT
    )

    class Meta:
        table = "attachment_coverage"
        unique_together = (("attachment", "document_item"),)
