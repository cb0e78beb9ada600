"""Stored files are shared by content (the key is their SHA-256): one is deleted only when no
attachment row uses it any more."""

from __future__ import annotations

from app.models import Attachment
from app.storage import FolderStorage


async def discard_if_unused(storage: FolderStorage, key: str) -> None:
    if not await Attachment.filter(storage_key=key).exists():
        storage.delete(key)
