"""Past one machine (#29): two `shuro serve` processes with separate working folders on one PostgreSQL
database and one S3 bucket (SeaweedFS) act as one service. A file uploaded through one comes back
through the other, a change staged through one is certified through the other, each periodic task
runs in one of them, and killing one in the middle of an upload leaves no row pointing nowhere."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from app.infra.database import database
from app.infra.storage import open_storage
from app.models import Attachment
from app.models.enums import Bureau, Role
from tests.factories import staff_token
from tests.object_store import SeaweedServer
from tests.operations import run
from tests.plan_builder import PDF
from tests.postgres_server import PostgresServer
from tests.served import ServedApp
from tests.test_changes import certified, review
from tests.uploads import upload_single

TASKS = ("outbox-sender", "report-reminders", "statistics-cube", "storage-gc")


def periodic_runs(base: str) -> dict[str, float]:
    text = httpx.get(f"{base}/metrics", timeout=10).text
    runs = {task: 0.0 for task in TASKS}
    for family in text_string_to_metric_families(text):
        if family.name == "shuro_periodic_runs":
            for sample in family.samples:
                if sample.name.endswith("_total"):
                    runs[sample.labels["task"]] = sample.value
    return runs


def partial_upload(base: str, token: str) -> socket.socket:
    """A multipart upload whose body stops half way: the server is reading it when it is killed."""
    host, port = base.removeprefix("http://").split(":")
    connection = socket.create_connection((host, int(port)))
    boundary = uuid.uuid4().hex
    operations = ('{"query": "mutation($i: UploadAttachmentInput!) { uploadAttachment(input: $i) { errors { code } } }",'
                  ' "variables": {"i": {"documentItem": "REMARKS", "file": null}}}')
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{operations}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{{\"0\": [\"variables.i.file\"]}}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"0\"; filename=\"途中.pdf\"\r\n"
            "Content-Type: application/pdf\r\n\r\n").encode() + PDF
    total = len(head) + 5_000_000
    connection.sendall((f"POST /graphql HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
                        f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {total}\r\n\r\n").encode() + head
                       + b"0" * 1_000_000)
    return connection


async def test_two_servers_on_one_database_and_one_bucket(postgres_server: PostgresServer, postgres_template: str,
                                                          seaweed: SeaweedServer, tmp_path: Path) -> None:
    name = f"multi_{uuid.uuid4().hex[:8]}"
    postgres_server.admin_sql(f"CREATE DATABASE {name} TEMPLATE {postgres_template}")
    url = postgres_server.url(name)
    storage_url = seaweed.fresh_url()
    store = open_storage(storage_url)
    async with database(url):
        company, plan = await certified(store)  # its documents are in the bucket already
        _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    environment = {"SHURO_STORAGE_URL": storage_url}
    with ServedApp(url, tmp_path / "a", **environment) as first, ServedApp(url, tmp_path / "b", **environment) as second:
        async with httpx.AsyncClient(base_url=first.base, timeout=30) as a, httpx.AsyncClient(base_url=second.base, timeout=30) as b:
            # Stored by one, served by the other.
            staged = await upload_single(a, company, "REMARKS", "追加資料.pdf", PDF + b"staged through a", staged=True)
            assert staged["errors"] == []
            filed = (await run(a, "ApplyForChange", {"input": {"changes": {"companyName": "新商号建設株式会社"},
                                                                 "attachmentIds": [staged["attachment"]["id"]]}}, company))["applyForChange"]
            assert filed["errors"] == []
            await review(b, kanto, "AcceptChangeApplication", filed["changeApplication"]["id"])
            assert (await review(b, kanto, "CertifyChangeApplication", filed["changeApplication"]["id"]))["errors"] == []
            files = (await run(b, "MyPlan", token=company))["myPlan"]["attachments"]
            added = next(f for f in files if f["fileName"] == "追加資料.pdf")
            for client in (a, b):
                answer = await client.get(added["url"], headers={"Authorization": f"Bearer {company}"})
                assert answer.status_code == 200 and answer.content == PDF + b"staged through a"

            # Each periodic task runs in one of the two.
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                runs = [periodic_runs(first.base), periodic_runs(second.base)]
                if all(runs[0][task] + runs[1][task] >= 1 for task in TASKS):
                    break
                await asyncio.sleep(1)
            for task in TASKS:
                counts = sorted([runs[0][task], runs[1][task]])
                assert counts[0] == 0 and counts[1] >= 1, (task, runs)

            # Killed while receiving an upload: no row points to a missing object.
            connection = partial_upload(first.base, company)
            await asyncio.sleep(0.5)
            first.kill()
            connection.close()
            assert (await b.get("/health/ready")).json() == {"status": "ok"}
    async with database(url):
        rows = await Attachment.all()
        assert rows and all([await store.exists(row.storage_key) for row in rows])
        assert not any(row.file_name == "途中.pdf" for row in rows)
    await store.close()
