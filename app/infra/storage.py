"""The storage backends of `app.domain.storage.FileStore`, chosen by SHURO_STORAGE_URL:
`file://PATH` (the embedded default, a folder) or `s3://BUCKET/PREFIX?endpoint=URL&region=R` (an
S3-compatible object store; credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from app.domain.storage import CHUNK, FileStore, Spooled, StorageError
from app.infra.metrics import STORAGE_ERRORS


def failed(operation: str, message: str) -> StorageError:
    """A store's failure, counted for `/metrics` (shuro_storage_errors) before it is raised."""
    STORAGE_ERRORS.labels(operation=operation).inc()
    return StorageError(message)


def new_key() -> str:
    """A key for one upload: never reused, so deleting one row's file never touches another's."""
    return uuid.uuid4().hex


class FolderStorage:
    """Files under `root/<first two characters>/<key>`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"FolderStorage({str(self.root)!r})"

    def path_of(self, key: str) -> Path:
        return self.root / key[:2] / key

    async def put(self, upload: Spooled, key: str | None = None) -> str:
        key = key or new_key()
        final = self.path_of(key)
        try:
            await asyncio.to_thread(self._copy, upload.path, final)
        except OSError as error:
            raise failed("put", f"file {key} cannot be written: {error}") from error
        return key

    @staticmethod
    def _copy(source: Path, final: Path) -> None:
        final.parent.mkdir(parents=True, exist_ok=True)
        partial = final.with_name(f".{final.name}.partial")
        shutil.copyfile(source, partial)  # whole or not at all: a reader never sees half a file
        os.replace(partial, final)

    async def open(self, key: str) -> AsyncIterator[bytes]:
        try:
            handle = await asyncio.to_thread(self.path_of(key).open, "rb")
        except OSError as error:
            raise failed("read", f"file {key} cannot be opened: {error}") from error
        try:
            while chunk := await asyncio.to_thread(handle.read, CHUNK):
                yield chunk
        finally:
            handle.close()

    async def delete(self, key: str) -> None:
        self.path_of(key).unlink(missing_ok=True)

    async def exists(self, key: str) -> bool:
        return self.path_of(key).is_file()

    async def listing(self) -> AsyncIterator[tuple[str, datetime]]:
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if path.is_file() and not path.name.startswith("."):
                    yield path.name, datetime.fromtimestamp(path.stat().st_mtime, UTC)

    async def close(self) -> None:
        return None

    async def check(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / f".ready-{uuid.uuid4().hex}"
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as error:
            raise failed("check", f"folder {self.root} is not writable: {error}") from error


def open_storage(url: str) -> FileStore:
    """The backend SHURO_STORAGE_URL names."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return FolderStorage(Path(parts.netloc + parts.path))
    if parts.scheme == "s3":
        from app.infra.s3_storage import S3Storage  # aiobotocore is loaded only where an object store is used

        query = {name: values[-1] for name, values in parse_qs(parts.query).items()}
        return S3Storage(bucket=parts.netloc, prefix=parts.path.strip("/"), endpoint=query.get("endpoint"),
                         region=query.get("region", "us-east-1"))
    raise ValueError(f"unsupported storage URL {url!r}: file://PATH or s3://BUCKET/PREFIX?endpoint=URL")
