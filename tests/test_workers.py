"""`shuro serve --workers N` (issue #15): on PostgreSQL, several processes behave as one service —
sessions, login holding and the outbox are rows; on SQLite, one process, and the command says why."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from app.infra.settings import Settings
from app.models import OutboxMail
from app.models.enums import MailState, Role
from tests.conftest import Mailbox
from tests.factories import STAFF_PASSWORD, make_company, make_staff
from tests.served import ServedApp

LOGIN = "mutation($i: LoginInput!) { login(input: $i) { token } }"
RESET = "mutation($i: PasswordResetInput!) { requestPasswordReset(input: $i) { message } }"


def test_sqlite_serves_with_one_worker_and_says_why(tmp_path: Path) -> None:
    env = {**os.environ, "SHURO_DATABASE_URL": f"sqlite://{tmp_path / 'one.sqlite3'}", "SHURO_ENV": "development"}
    refused = subprocess.run([sys.executable, "-m", "app", "serve", "--workers", "2"], env=env, cwd=tmp_path,
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "PostgreSQL" in refused.stderr and "SQLite" in refused.stderr


@pytest.mark.parametrize("dialect", ["postgres"], indirect=True)
async def test_two_workers_are_one_service(db: str, settings: Settings, mailbox: Mailbox, smtp_port: int, tmp_path: Path) -> None:
    await make_staff(Role.MLIT_STAFF, login_id="workers-mlit")
    company = await make_company()
    env = {"SHURO_SMTP_HOST": "127.0.0.1", "SHURO_SMTP_PORT": str(smtp_port), "SHURO_UPLOAD_DIR": str(settings.upload_dir)}
    with ServedApp(db, tmp_path / "served", "--workers", "2", **env) as served:
        async with httpx.AsyncClient(base_url=served.base, timeout=30) as http:
            async def post(body: dict, token: str | None = None) -> dict:
                headers = {"Authorization": f"Bearer {token}"} if token else {}
                return (await http.post("/graphql", json=body, headers=headers)).json()

            # A session made by one worker is honoured by both (many requests reach both processes).
            token = (await post({"query": LOGIN, "variables": {"i": {"loginId": "workers-mlit", "password": STAFF_PASSWORD}}}))["data"]["login"]["token"]
            answers = await asyncio.gather(*(post({"query": "{ me { loginId } }"}, token) for _ in range(40)))
            assert {a["data"]["me"]["loginId"] for a in answers} == {"workers-mlit"}
            # Holding after five wrong passwords (#24.7) holds on every worker.
            for _ in range(5):
                await post({"query": LOGIN, "variables": {"i": {"loginId": company.login_id, "password": "Wrongpass2026"}}})
            right = await asyncio.gather(*(post({"query": LOGIN, "variables": {"i": {"loginId": company.login_id, "password": "Companypass123"}}})
                                           for _ in range(6)))
            assert all(a["data"]["login"]["token"] is None for a in right)
            # Mail queued by one worker is sent once, though both run a sender.
            await post({"query": RESET, "variables": {"i": {"loginId": company.login_id, "licenseNumber": company.license_text, "email": company.email}}})
            for _ in range(100):
                if await OutboxMail.filter(state=MailState.SENT).count() == await OutboxMail.all().count():
                    break
                await asyncio.sleep(0.1)
            await asyncio.sleep(2.5)  # a second polling round of both senders
    rows = await OutboxMail.all()
    assert rows and all(r.state == MailState.SENT for r in rows)
    assert sorted(m["Message-ID"] for m in mailbox.messages) == sorted(set(m["Message-ID"] for m in mailbox.messages))
    assert len(mailbox.messages) == len(rows)
