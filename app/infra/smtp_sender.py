"""Delivers the outbox (E3) by SMTP: claims rows so that several processes never send one mail
twice, retries with backoff, records each mail's state, and erases credential bodies once sent."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

import aiosmtplib
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.outbox import footer
from app.infra.periodic import run_periodically
from app.infra.settings import Settings
from app.models import OutboxMail
from app.models.enums import MailState

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# A temporary password waits in the outbox at most this long (no SMTP server, or one that keeps
# refusing); it is useless after its 3 hours anyway.
CREDENTIAL_RETENTION = timedelta(days=1)
CLAIM_LEASE = timedelta(minutes=5)
BATCH_SIZE = 20
POLL_INTERVAL_SECONDS = 2.0


def retry_delay(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min … capped at one hour."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


def _message(mail: OutboxMail, mail_from: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = mail_from
    message["To"] = mail.to_address
    message["Subject"] = mail.subject
    message["Date"] = formatdate(localtime=False)
    # Stable per outbox row: a mail resent after a crash between the SMTP server's acceptance and our
    # record of it carries the same Message-ID, so mail systems treat it as the same message.
    message["Message-ID"] = f"<outbox-{mail.id}.{int(mail.created_at.timestamp())}@{mail_from.rpartition('@')[2] or 'localhost'}>"
    message.set_content((mail.body or "") + footer(mail_from), charset="utf-8")
    return message


async def _claim(mail_id: int, token: str) -> bool:
    now = clock.now()
    claimed = await OutboxMail.filter(
        Q(id=mail_id) & Q(state=MailState.QUEUED) & (Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
    ).update(state=MailState.SENDING, claim_token=token, claimed_until=now + CLAIM_LEASE)
    return claimed == 1


async def _release_stale_claims() -> None:
    """A process that died while sending leaves SENDING rows; after the lease they are queued again."""
    await OutboxMail.filter(state=MailState.SENDING, claimed_until__lt=clock.now()).update(
        state=MailState.QUEUED, claim_token=None
    )


async def _send(settings: Settings, mail: OutboxMail) -> None:
    assert settings.smtp_host is not None
    await aiosmtplib.send(
        _message(mail, settings.mail_from),
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        timeout=30,
        start_tls=False,
        use_tls=False,
    )


async def scrub_stale_credentials() -> int:
    """Erase the body of credential mails that were never sent within CREDENTIAL_RETENTION."""
    return await OutboxMail.filter(
        carries_credential=True, body__isnull=False, state__in=[MailState.QUEUED, MailState.FAILED],
        created_at__lt=clock.now() - CREDENTIAL_RETENTION,
    ).update(body=None, state=MailState.FAILED, last_error="認証情報を含むため、送信できないまま1日を過ぎた本文を消去しました。")


def _failure(mail: OutboxMail, error: BaseException) -> dict[str, Any]:
    attempts = mail.attempts + 1
    failed = attempts >= MAX_ATTEMPTS
    log.warning("mail %s not sent (attempt %s): %s", mail.id, attempts, error)
    return {
        "state": MailState.FAILED if failed else MailState.QUEUED,
        **({"body": None} if failed and mail.carries_credential else {}),
        "attempts": F("attempts") + 1,
        "last_error": f"{type(error).__name__}: {error}"[:2000],
        "next_attempt_at": None if failed else clock.now() + retry_delay(attempts),
        "claim_token": None,
        "claimed_until": None,
    }


def _success(mail: OutboxMail) -> dict[str, Any]:
    return {
        "state": MailState.SENT, "attempts": F("attempts") + 1, "sent_at": clock.now(), "last_error": None,
        "claim_token": None, "claimed_until": None, **({"body": None} if mail.carries_credential else {}),
    }


Record = Callable[[dict[str, Any]], Awaitable[object]]


async def _deliver(settings: Settings, mail: OutboxMail, record: Record) -> bool:
    try:
        await _send(settings, mail)
    except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as error:
        await record(_failure(mail, error))
        return False
    await record(_success(mail))
    return True


async def _deliver_locked(settings: Settings, mail_id: int) -> bool:
    """PostgreSQL: the row stays locked (SKIP LOCKED for the others) until its state is recorded;
    a process that dies meanwhile releases it at once with its connection."""
    async with in_transaction() as connection:
        mail = await OutboxMail.filter(id=mail_id, state=MailState.QUEUED).select_for_update(skip_locked=True).using_db(connection).first()
        if mail is None:
            return False  # another process has it, or sent it
        return await _deliver(settings, mail, lambda changes: OutboxMail.filter(id=mail_id).using_db(connection).update(**changes))


async def _deliver_leased(settings: Settings, mail_id: int) -> bool:
    """SQLite: no row locks, so a conditional claim with a lease (one serving process per file)."""
    token = secrets.token_hex(16)
    if not await _claim(mail_id, token):
        return False
    mail = await OutboxMail.get(id=mail_id)
    return await _deliver(settings, mail, lambda changes: OutboxMail.filter(id=mail_id, claim_token=token).update(**changes))


async def drain_outbox_once(settings: Settings) -> int:
    """Send every due mail once; returns how many were sent."""
    await scrub_stale_credentials()
    if not settings.smtp_host:
        return 0
    await _release_stale_claims()
    now = clock.now()
    due = await OutboxMail.filter(
        Q(state=MailState.QUEUED) & (Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
    ).order_by("id").limit(BATCH_SIZE).values_list("id", flat=True)
    deliver = _deliver_locked if settings.dialect == "postgres" else _deliver_leased
    sent = 0
    for mail_id in due:
        sent += await deliver(settings, mail_id)
    return sent


async def run_outbox_sender(settings: Settings, stop: asyncio.Event) -> None:
    """The lifespan's background task: drain, then wait, until asked to stop."""
    if settings.dialect == "sqlite":
        # One process serves a SQLite file: a claim left at start is a dead process's.
        await OutboxMail.filter(state=MailState.SENDING).update(state=MailState.QUEUED, claim_token=None, claimed_until=None)
    await run_periodically(lambda: drain_outbox_once(settings), POLL_INTERVAL_SECONDS, stop, "outbox-sender")
