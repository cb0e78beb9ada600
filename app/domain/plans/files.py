"""The stored files behind attachment rows: a row never points to a missing object.

- An upload is put in the store before its row commits; a refused upload's object is removed at
  once, and one whose commit failed (a crash, a lost connection) is an orphan that `collect_garbage`
  removes once it is older than the grace period (an upload in flight is never younger than its row).
- A row is deleted first and its object after (`discard_if_unused`); rows of the demo data share objects.
- `copy_files` moves an installation to another store, checking every object's SHA-256 on the way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.domain.storage import FileStore, Hashing, StorageError, spooled
from app.models import Attachment

log = logging.getLogger(__name__)

GARBAGE_GRACE = timedelta(hours=24)
GARBAGE_BATCH = 500


async def discard_if_unused(storage: FileStore, key: str) -> None:
    if not await Attachment.filter(storage_key=key).exists():
        await storage.delete(key)


async def collect_garbage(storage: FileStore, grace: timedelta = GARBAGE_GRACE, now: datetime | None = None) -> int:
    """Remove objects no row uses that were written more than `grace` ago; answers how many."""
    cutoff = (now or datetime.now(UTC)) - grace
    removed = 0
    batch: list[str] = []

    async def sweep() -> int:
        used = set(await Attachment.filter(storage_key__in=batch).values_list("storage_key", flat=True))
        for key in batch:
            if key not in used:
                await storage.delete(key)
                log.info("storage-gc removed orphan %s", key)
        gone = len(batch) - len(used)
        batch.clear()
        return gone

    async for key, written in storage.listing():
        if written < cutoff:
            batch.append(key)
            if len(batch) >= GARBAGE_BATCH:
                removed += await sweep()
    if batch:
        removed += await sweep()
    return removed


@dataclass
class CopyReport:
    copied: int = 0
    already_there: int = 0
    failed: list[str] = field(default_factory=list)


async def copy_files(source: FileStore, target: FileStore) -> CopyReport:
    """Every object a row uses, copied from `source` to `target` under the same key and checked
    against the row's SHA-256; an object already in `target` is checked, not copied again (rerunnable)."""
    report = CopyReport()
    rows = await Attachment.all().order_by("id").values_list("storage_key", "sha256")
    for key, sha256 in dict(rows).items():
        try:
            if await target.exists(key) and await _sha256_of(target, key) == sha256:
                report.already_there += 1
                continue
            await _copy_one(source, target, key, sha256)
            report.copied += 1
        except StorageError as error:
            log.error("storage-migrate: %s", error)
            report.failed.append(key)
    return report


async def _sha256_of(store: FileStore, key: str) -> str:
    hashing = Hashing()
    async for chunk in store.open(key):
        hashing.add(chunk)
    return hashing.digest.hexdigest()


async def _copy_one(source: FileStore, target: FileStore, key: str, sha256: str) -> None:
    class Chunks:
        def __init__(self) -> None:
            self.iterator = source.open(key).__aiter__()

        async def read(self, size: int = -1) -> bytes:
            try:
                return await self.iterator.__anext__()
            except StopAsyncIteration:
                return b""

    async with spooled(Chunks(), max_bytes=2**40) as copy:
        if copy.sha256 != sha256:
            raise StorageError(f"{key} in the source does not match its SHA-256 {sha256}")
        await target.put(copy, key)
