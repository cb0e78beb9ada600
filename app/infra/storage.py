"""Attachment files: one small storage interface; the default keeps them in a folder, named by
their SHA-256 (DESIGN.md). An object-store backend can replace it without touching the domain."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

CHUNK = 64 * 1024
HEAD_BYTES = 8192


class Readable(Protocol):
    async def read(self, size: int = -1) -> bytes: ...


@dataclass(frozen=True)
class StoredFile:
    key: str  # the SHA-256 of the content
    size: int
    head: bytes  # the first bytes, for checking the type by content
    path: Path


class TooLarge(Exception):
    pass


class FolderStorage:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_of(self, key: str) -> Path:
        return self.root / key[:2] / key

    async def save(self, source: Readable, max_bytes: int) -> StoredFile:
        """Stream `source` to disk in chunks, hashing as it goes; never holds the whole file."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        head = b""
        handle, temp_name = tempfile.mkstemp(dir=self.root, prefix=".upload-")
        try:
            with os.fdopen(handle, "wb") as out:
                while chunk := await source.read(CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise TooLarge()
                    if len(head) < HEAD_BYTES:
                        head += chunk[: HEAD_BYTES - len(head)]
                    digest.update(chunk)
                    out.write(chunk)
            key = digest.hexdigest()
            final = self.path_of(key)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp_name, final)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        return StoredFile(key=key, size=size, head=head, path=final)

    def delete(self, key: str) -> None:
        self.path_of(key).unlink(missing_ok=True)
