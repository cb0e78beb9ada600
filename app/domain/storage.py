"""Where attachment files live, as the domain sees it (DESIGN.md "Growing past one machine"): put,
open as a stream, delete, exists. Keys are chosen by the store, one per upload; the SHA-256 computed
while streaming in is kept on the row and checked while streaming out. The backends (a folder, an
S3-compatible object store) live in `app/infra`; nothing outside them knows which one is in use.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

CHUNK = 64 * 1024
HEAD_BYTES = 8192


class Readable(Protocol):
    async def read(self, size: int = -1) -> bytes: ...


@dataclass(frozen=True)
class Spooled:
    """An upload read to a local temporary file: checked (size, type by content) before any store sees it."""

    path: Path
    sha256: str
    size: int
    head: bytes  # the first bytes, for checking the type by content


class TooLarge(Exception):
    """The source was longer than the store was told to accept; nothing was kept."""


class StorageError(Exception):
    """The store failed (unreachable, refused, a file missing or not what was stored); the message is
    for the operator's log, never for a client."""


class CorruptFile(StorageError):
    """The stored content is not what was stored (its SHA-256 differs)."""


class FileStore(Protocol):
    async def put(self, upload: Spooled, key: str | None = None) -> str:
        """Copy the spooled upload into an object, streamed; answers its key (a new one unless `key`
        is given, which only moving files between stores does)."""

    def open(self, key: str) -> AsyncIterator[bytes]:
        """The object's bytes in chunks; raises StorageError when it is missing."""

    async def delete(self, key: str) -> None:
        """Remove the object (nothing when it is already gone)."""

    async def exists(self, key: str) -> bool: ...

    def listing(self) -> AsyncIterator[tuple[str, datetime]]:
        """Every object's key and when it was written (UTC), for the garbage collector and migration."""

    async def check(self) -> None:
        """Raises StorageError saying why when the store cannot be used now (readiness)."""

    async def close(self) -> None:
        """Release connections (at shutdown)."""


@asynccontextmanager
async def spooled(source: Readable, max_bytes: int) -> AsyncIterator[Spooled]:
    """`source` streamed to a temporary file in chunks, hashed as it goes (never whole in memory);
    raises TooLarge past `max_bytes`. The file is removed on leaving."""
    hashing = Hashing()
    handle, name = tempfile.mkstemp(prefix="shuro-upload-")
    try:
        with os.fdopen(handle, "wb") as out:
            while chunk := await source.read(CHUNK):
                hashing.add(chunk)
                if hashing.size > max_bytes:
                    raise TooLarge()
                out.write(chunk)
        yield Spooled(Path(name), hashing.digest.hexdigest(), hashing.size, hashing.head)
    finally:
        Path(name).unlink(missing_ok=True)


class Hashing:
    """A running SHA-256 and size of what passed through."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0
        self.head = b""

    def add(self, chunk: bytes) -> None:
        self.digest.update(chunk)
        self.size += len(chunk)
        if len(self.head) < HEAD_BYTES:
            self.head += chunk[: HEAD_BYTES - len(self.head)]


async def verified(chunks: AsyncIterator[bytes], sha256: str) -> AsyncIterator[bytes]:
    """The chunks, the last one held back until the whole content matched `sha256`: a file changed or
    cut short in the store never reaches a client complete (the transfer breaks instead)."""
    hashing = Hashing()
    held: bytes | None = None
    async for chunk in chunks:
        hashing.add(chunk)
        if held is not None:
            yield held
        held = chunk
    if hashing.digest.hexdigest() != sha256:
        raise CorruptFile(f"stored content does not match its SHA-256 {sha256}")
    if held is not None:
        yield held
