"""Attachment files in one storage interface with two backends (#29, DESIGN.md "Growing past one
machine"): the folder and a real S3-compatible object store (SeaweedFS). Files stream in and out, their
SHA-256 is kept and checked, rows never point to a missing object, files come back through the API,
orphans are collected, and an installation moves to another store with `shuro storage-migrate`."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.plans.files import collect_garbage, copy_files
from app.domain.storage import FileStore, StorageError, spooled, verified
from app.infra.settings import Settings
from app.infra.storage import FolderStorage, open_storage
from app.models import Attachment, AttachmentDownload
from app.models.enums import Role
from tests.conftest import app_client
from tests.factories import company_token, staff_token
from tests.object_store import CREDENTIALS, SeaweedServer
from tests.operations import run
from tests.plan_builder import PDF, BytesSource, submitted_plan
from tests.uploads import upload_single

BACKENDS = ["folder", "s3"]


def location(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "folder":
        return f"file://{tmp_path / 'files'}"
    seaweed: SeaweedServer = request.getfixturevalue("seaweed")
    return seaweed.fresh_url()


@pytest.fixture(params=BACKENDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[FileStore]:
    opened = open_storage(location(request.param, request, tmp_path))
    yield opened
    await opened.close()


async def put_bytes(store: FileStore, data: bytes, key: str | None = None) -> tuple[str, str]:
    async with spooled(BytesSource(data), len(data)) as upload:
        return await store.put(upload, key), upload.sha256


async def read_all(store: FileStore, key: str) -> bytes:
    return b"".join([chunk async for chunk in store.open(key)])


async def test_the_store_puts_streams_lists_and_deletes(store: FileStore) -> None:
    data = PDF + os.urandom(300_000)  # several chunks
    key, sha256 = await put_bytes(store, data)
    assert sha256 == hashlib.sha256(data).hexdigest() and key != sha256  # the store names it, one key per upload
    assert await store.exists(key) and await read_all(store, key) == data
    second, _ = await put_bytes(store, data)
    assert second != key  # the same content uploaded twice is two objects: deleting one never touches the other
    listed = {k: written async for k, written in store.listing()}
    assert {key, second} <= set(listed) and all(datetime.now(UTC) - listed[k] < timedelta(minutes=5) for k in (key, second))
    await store.delete(key)
    assert not await store.exists(key) and await store.exists(second)
    with pytest.raises(StorageError):
        await read_all(store, key)
    await store.check()


async def test_a_changed_file_never_reaches_a_client_complete(store: FileStore) -> None:
    data = os.urandom(200_000)
    key, sha256 = await put_bytes(store, data)
    assert b"".join([c async for c in verified(store.open(key), sha256)]) == data
    await put_bytes(store, data[:-1] + b"\x00", key)  # the object changed behind the row's back
    received = b""
    with pytest.raises(StorageError, match="SHA-256"):
        async for chunk in verified(store.open(key), sha256):
            received += chunk
    assert len(received) < len(data)  # the last chunk was held back


@pytest.fixture(params=BACKENDS)
def stored_settings(request: pytest.FixtureRequest, settings: Settings, tmp_path: Path) -> Settings:
    return settings.with_overrides(storage_url=location(request.param, request, tmp_path))


async def test_files_come_back_through_the_api_under_the_plans_visibility(stored_settings: Settings) -> None:
    async with app_client(stored_settings) as client:
        _, token = await company_token()
        await run(client, "SavePlanDraft", {"input": {"companyName": "東京建設株式会社"}}, token)
        uploaded = await upload_single(client, token, "REMARKS", "備考 書類.pdf")
        assert uploaded["errors"] == []
        mine = (await run(client, "MyPlan", token=token))["myPlan"]
        url = mine["attachments"][0]["url"]
        assert url.startswith("/files/attachments/")
        answer = await client.get(url, headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200 and answer.content == PDF
        assert answer.headers["content-type"] == "application/pdf" and answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["content-disposition"].startswith("inline;") and answer.headers["content-security-policy"] == "sandbox"
        assert "%E5%82%99%E8%80%83" in answer.headers["content-disposition"]  # 備考, percent-encoded
        _, stranger = await company_token("大阪建設株式会社")
        for headers in ({}, {"Authorization": f"Bearer {stranger}"}):
            refused = await client.get(url, headers=headers)
            assert refused.status_code == 404 and refused.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_staff_download_through_the_api_is_recorded_and_analysts_get_none(settings: Settings) -> None:
    async with app_client(settings) as client:
        _, plan = await submitted_plan(settings.upload_dir)
        attachment = await Attachment.get(plan_id=plan.id)
        _, mlit = await staff_token(Role.MLIT_STAFF)
        _, analyst = await staff_token(Role.ANALYST)
        query = "query($id: ID!) { plan(id: $id) { attachments { url fileName } } }"
        from app.graphql.core.ids import encode_id

        plan_id = encode_id("Plan", plan.id)
        seen = (await client.post("/graphql", json={"query": query, "variables": {"id": plan_id}},
                                  headers={"Authorization": f"Bearer {mlit}"})).json()["data"]["plan"]["attachments"][0]
        answer = await client.get(seen["url"], headers={"Authorization": f"Bearer {mlit}"})
        assert answer.status_code == 200 and answer.content == PDF
        assert await AttachmentDownload.filter(attachment_id=attachment.id).count() == 1
        masked = (await client.post("/graphql", json={"query": query, "variables": {"id": plan_id}},
                                    headers={"Authorization": f"Bearer {analyst}"})).json()["data"]["plan"]["attachments"][0]
        assert masked["url"] is None
        assert (await client.get(seen["url"], headers={"Authorization": f"Bearer {analyst}"})).status_code == 404


async def test_a_file_missing_from_the_store_answers_503_and_is_counted(settings: Settings) -> None:
    async with app_client(settings) as client:
        _, token = await company_token()
        await run(client, "SavePlanDraft", {"input": {"companyName": "東京建設株式会社"}}, token)
        assert (await upload_single(client, token, "REMARKS"))["errors"] == []
        row = await Attachment.get()
        (settings.upload_dir / row.storage_key[:2] / row.storage_key).unlink()
        url = (await run(client, "MyPlan", token=token))["myPlan"]["attachments"][0]["url"]
        answer = await client.get(url, headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 503 and answer.json()["errors"][0]["extensions"]["code"] == "FILE_UNAVAILABLE"
        assert "/" not in answer.json()["errors"][0]["message"]  # no path or key reaches the client


async def test_nothing_half_stored(stored_settings: Settings) -> None:
    """A refused upload leaves no object and no row; a deleted file goes row first, object after;
    an object whose row never committed is an orphan the collector removes after the grace period."""
    store = open_storage(stored_settings.storage_location)
    async with app_client(stored_settings) as client:
        _, token = await company_token()
        await run(client, "SavePlanDraft", {"input": {"companyName": "東京建設株式会社"}}, token)
        refused = await upload_single(client, token, "REMARKS", "偽物.pdf", b"MZ\x90\x00 not a pdf")
        assert refused["errors"][0]["code"] == "INVALID"
        assert [k async for k, _ in store.listing()] == [] and await Attachment.all().count() == 0
        kept = await upload_single(client, token, "REMARKS")
        row = await Attachment.get()
        orphan, _ = await put_bytes(store, b"%PDF-1.4 a crash between the put and the commit")
        assert await collect_garbage(store) == 0  # young: it may be an upload whose row is about to commit
        later = datetime.now(UTC) + timedelta(days=2)
        assert await collect_garbage(store, now=later) == 1
        assert not await store.exists(orphan) and await store.exists(row.storage_key)  # the row's object stays
        deleted = (await client.post("/graphql", headers={"Authorization": f"Bearer {token}"}, json={
            "query": "mutation($i: DeleteAttachmentInput!) { deleteAttachment(input: $i) { errors { code } } }",
            "variables": {"i": {"attachmentId": kept["attachment"]["id"]}}})).json()
        assert deleted["data"]["deleteAttachment"]["errors"] == []
        assert not await store.exists(row.storage_key)
    await store.close()


async def test_storage_migrate_copies_checks_and_is_rerunnable(settings: Settings, seaweed: SeaweedServer, tmp_path: Path) -> None:
    async with app_client(settings):
        for name in ("東京建設株式会社", "大阪建設株式会社"):
            await submitted_plan(settings.upload_dir, name=name)
        source = FolderStorage(settings.upload_dir)
        target = open_storage(seaweed.fresh_url())
        first = await copy_files(source, target)
        assert (first.copied, first.already_there, first.failed) == (2, 0, [])
        again = await copy_files(source, target)
        assert (again.copied, again.already_there, again.failed) == (0, 2, [])
        for row in await Attachment.all():
            assert await read_all(target, row.storage_key) == PDF
        broken = await Attachment.first()
        (settings.upload_dir / broken.storage_key[:2] / broken.storage_key).write_bytes(b"%PDF-1.4 damaged")
        await target.delete(broken.storage_key)
        third = await copy_files(source, target)
        assert third.failed == [broken.storage_key] and not await target.exists(broken.storage_key)
        await target.close()


def test_the_storage_commands(tmp_path: Path, seaweed: SeaweedServer) -> None:
    """`shuro storage-migrate --to s3://…` and `shuro storage-gc` as an operator runs them."""
    environment = {**os.environ, **CREDENTIALS, "SHURO_DATABASE_URL": f"sqlite://{tmp_path / 'db.sqlite3'}",
                   "SHURO_UPLOAD_DIR": str(tmp_path / "uploads")}
    shuro = [sys.executable, "-m", "app"]
    seeded = subprocess.run([*shuro, "seed-demo", "--companies", "3"], env=environment, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert seeded.returncode == 0, seeded.stderr
    target = seaweed.fresh_url()
    moved = subprocess.run([*shuro, "storage-migrate", "--to", target], env=environment, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert moved.returncode == 0, moved.stderr
    assert "失敗: 0件" in moved.stdout and "SHURO_STORAGE_URL=" in moved.stdout
    rerun = subprocess.run([*shuro, "storage-migrate", "--to", target], env=environment, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert "写しました: 0件" in rerun.stdout
    collected = subprocess.run([*shuro, "storage-gc"], env={**environment, "SHURO_STORAGE_URL": target}, cwd=tmp_path,
                               capture_output=True, text=True, timeout=300)
    assert collected.returncode == 0 and "0件削除" in collected.stdout, collected.stderr
    wrong = subprocess.run([*shuro, "storage-migrate", "--to", "ftp://nowhere"], env=environment, cwd=tmp_path, capture_output=True, text=True,
                           timeout=60)
    assert wrong.returncode == 2 and "--to" in wrong.stderr


async def test_ready_checks_the_database_and_the_store(settings: Settings, tmp_path: Path) -> None:
    async with app_client(settings) as client:
        assert (await client.get("/health/ready")).json() == {"status": "ok"}
    dead = settings.with_overrides(storage_url="s3://nowhere/files?endpoint=http://127.0.0.1:9")
    async with app_client(dead) as client:
        answer = await client.get("/health/ready")
        assert answer.status_code == 503 and answer.json() == {"status": "unavailable", "reason": "添付ファイルの保存先が使えません。"}
        assert (await client.get("/health")).status_code == 200  # live: the process answers


async def test_an_unwritable_folder_is_not_ready(settings: Settings, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    async with app_client(settings.with_overrides(upload_dir=blocked)) as client:
        answer = await client.get("/health/ready")
    assert answer.status_code == 503


def test_the_store_is_chosen_by_its_url(tmp_path: Path) -> None:
    assert isinstance(open_storage(f"file://{tmp_path}"), FolderStorage)
    assert open_storage("file://var/uploads").root == Path("var/uploads")  # type: ignore[attr-defined]
    assert repr(open_storage("s3://bucket/prefix?endpoint=http://127.0.0.1:8333")) == "S3Storage(s3://bucket/prefix)"
    with pytest.raises(ValueError):
        open_storage("ftp://host/files")


async def test_no_code_outside_the_backends_knows_which_is_in_use() -> None:
    from app.infra.settings import PROJECT_ROOT

    knowing = []
    for source in [*(PROJECT_ROOT / "app").rglob("*.py"), *(PROJECT_ROOT / "admin").rglob("*.py")]:
        text = source.read_text(encoding="utf-8")
        if ("FolderStorage" in text or "S3Storage" in text or "aiobotocore" in text) and source.name not in ("storage.py", "s3_storage.py"):
            knowing.append(source.relative_to(PROJECT_ROOT).as_posix())
    assert knowing == [], knowing


async def test_uploads_stream_through_the_api_to_the_object_store(settings: Settings, seaweed: SeaweedServer) -> None:
    """A 10 MB upload through GraphQL lands in the bucket whole and comes back byte for byte."""
    prefix = seaweed.fresh_prefix()
    async with app_client(settings.with_overrides(storage_url=seaweed.url(prefix))) as client:
        _, token = await company_token()
        await run(client, "SavePlanDraft", {"input": {"companyName": "東京建設株式会社"}}, token)
        big = PDF + os.urandom(10 * 1024 * 1024 - len(PDF))
        assert (await upload_single(client, token, "REMARKS", "大きい.pdf", big))["errors"] == []
        row = await Attachment.get()
        head = seaweed.client().head_object(Bucket=seaweed.bucket, Key=f"{prefix}/{row.storage_key}")
        assert head["ContentLength"] == len(big) and head["Metadata"]["sha256"] == hashlib.sha256(big).hexdigest()
        url = (await run(client, "MyPlan", token=token))["myPlan"]["attachments"][0]["url"]
        async with client.stream("GET", url, headers={"Authorization": f"Bearer {token}"}) as answer:
            received = b"".join([chunk async for chunk in answer.aiter_bytes()])
        assert hashlib.sha256(received).digest() == hashlib.sha256(big).digest()
