"""Stored files are shared by content (the key is their SHA-256): one is deleted only when no
attachment row uses it any more."""

from __future__ import annotations

from app.infra.storage import FolderStorage
from app.models import Attachment


async def discard_if_unused(storage: FolderStorage, key: str) -> None:
    if not await Attachment.filter(storage_key=key).exists():
        storage.delete(key)
