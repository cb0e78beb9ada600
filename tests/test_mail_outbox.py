"""Mail never gets lost (E3): queued with its cause, sent by SMTP with retries, exactly once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from aiosmtpd.controller import Controller
from tortoise.transactions import in_transaction

from app.domain.outbox import RenderedMail, queue_mail
from app.http.app import create_app
from app.infra.settings import Settings
from app.infra.smtp_sender import MAX_ATTEMPTS, drain_outbox_once
from app.models import OutboxMail
from app.models.enums import MailKind, MailState
from tests.conftest import FrozenClock, Mailbox, graphql

NOTICE = RenderedMail(subject="【外国人就労管理システム】お知らせ", body="本文です。")


async def test_a_mail_is_written_with_its_cause_or_not_at_all(db: str) -> None:
    with pytest.raises(RuntimeError):
        async with in_transaction():
            await queue_mail(MailKind.PLAN_REMANDED, "a@example.jp", NOTICE)
            raise RuntimeError("the change failed after the mail was queued")
    assert await OutboxMail.all().count() == 0
    async with in_transaction():
        await queue_mail(MailKind.PLAN_REMANDED, "a@example.jp", NOTICE)
    assert await OutboxMail.filter(state=MailState.QUEUED).count() == 1


async def test_without_smtp_mail_stays_queued(db: str, settings: Settings) -> None:
    await queue_mail(MailKind.PLAN_CERTIFIED, "a@example.jp", NOTICE)
    assert await drain_outbox_once(settings) == 0
    mail = await OutboxMail.get()
    assert mail.state == MailState.QUEUED and mail.attempts == 0


async def test_a_temporary_password_waits_at_most_a_day_without_smtp(db: str, settings: Settings, clock: FrozenClock) -> None:
    """Issue #10 item 7: a credential in the outbox is a credential anyone with the database has."""
    secret = RenderedMail(subject="仮パスワード", body="仮パスワード: Abc123456789")
    await queue_mail(MailKind.TEMPORARY_PASSWORD, "a@example.jp", secret, carries_credential=True)
    await queue_mail(MailKind.PLAN_CERTIFIED, "a@example.jp", NOTICE)
    await OutboxMail.all().update(created_at=clock.now)  # the row's own timestamp, on the test's clock
    clock.advance(hours=23)
    await drain_outbox_once(settings)
    assert await OutboxMail.filter(body__isnull=True).count() == 0
    clock.advance(hours=2)
    await drain_outbox_once(settings)
    scrubbed = await OutboxMail.get(kind=MailKind.TEMPORARY_PASSWORD)
    assert scrubbed.body is None and scrubbed.state == MailState.FAILED and "消去" in (scrubbed.last_error or "")
    assert (await OutboxMail.get(kind=MailKind.PLAN_CERTIFIED)).body == NOTICE.body  # other mail waits as before


async def test_a_mail_survives_an_smtp_server_that_is_down_at_first(db: str, mail_settings: Settings, smtp_port: int, clock: FrozenClock) -> None:
    await queue_mail(MailKind.PLAN_CERTIFIED, "company@example.jp", NOTICE)
    assert await drain_outbox_once(mail_settings) == 0  # nothing listens on the port yet
    mail = await OutboxMail.get()
    assert mail.state == MailState.QUEUED and mail.attempts == 1 and mail.last_error
    assert mail.next_attempt_at == clock.now + timedelta(seconds=30)

    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        assert await drain_outbox_once(mail_settings) == 0  # not due yet: backoff
        clock.advance(seconds=31)
        assert await drain_outbox_once(mail_settings) == 1
        assert await drain_outbox_once(mail_settings) == 0
    finally:
        controller.stop()
    assert len(box.messages) == 1 and box.messages[0]["To"] == "company@example.jp"
    mail = await OutboxMail.get()
    assert mail.state == MailState.SENT and mail.attempts == 2 and mail.last_error is None
    assert mail.body == "本文です。"  # kept: it carries no credential


async def test_a_mail_that_keeps_failing_ends_failed_with_its_last_error(db: str, mail_settings: Settings, clock: FrozenClock) -> None:
    await queue_mail(MailKind.PLAN_CERTIFIED, "company@example.jp", NOTICE)
    for _ in range(MAX_ATTEMPTS):
        await drain_outbox_once(mail_settings)
        clock.advance(hours=2)
    mail = await OutboxMail.get()
    assert mail.state == MailState.FAILED and mail.attempts == MAX_ATTEMPTS and "Error" in (mail.last_error or "")


async def test_concurrent_senders_never_send_one_mail_twice(db: str, mail_settings: Settings, mailbox: Mailbox) -> None:
    for n in range(12):
        await queue_mail(MailKind.PLAN_CERTIFIED, f"c{n}@example.jp", NOTICE)
    sent = await asyncio.gather(*(drain_outbox_once(mail_settings) for _ in range(4)))
    assert sum(sent) == 12
    assert sorted(m["To"] for m in mailbox.messages) == sorted(f"c{n}@example.jp" for n in range(12))
    assert await OutboxMail.filter(state=MailState.SENT).count() == 12


async def test_the_lifespan_sender_delivers_queued_mail(mail_settings: Settings, mailbox: Mailbox) -> None:
    app = create_app(mail_settings.with_overrides(outbox_sender=True))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as api:
            result = await graphql(api, """mutation { requestTemporaryRegistration(input: {loginId: "bg-sender",
                licenseNumber: "国土交通大臣許可(般-1)第1号", companyName: "送信確認建設", email: "bg@example.jp"}) { errors { code } } }""")
            assert result["data"]["requestTemporaryRegistration"]["errors"] == []
            for _ in range(100):
                if mailbox.messages:
                    break
                await asyncio.sleep(0.1)
    assert [m["To"] for m in mailbox.messages] == ["bg@example.jp"]
