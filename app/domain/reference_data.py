"""Keeps reference tables (the attachment catalogue) in step with the code, idempotently."""

from __future__ import annotations

from app.domain.catalogue import DOCUMENT_ITEMS
from app.models import DocumentItem


async def sync_reference_data() -> None:
    existing = {item.code: item for item in await DocumentItem.all()}
    for spec in DOCUMENT_ITEMS:
        values = {
            "number": spec.number,
            "name": spec.name,
            "required": spec.required,
            "per_worker": spec.per_worker,
            "max_files": spec.max_files,
        }
        item = existing.get(spec.code)
        if item is None:
            await DocumentItem.create(code=spec.code, **values)
        elif any(getattr(item, key) != value for key, value in values.items()):
            await DocumentItem.filter(code=spec.code).update(**values)
