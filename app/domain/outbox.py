"""The outbox (E3): a mail is a row written in the same transaction as the change that caused it,
rendered in Japanese; the SMTP sender (app.infra.smtp_sender) delivers rows later, never inside a
request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.clock import to_jst
from app.models import OutboxMail
from app.models.enums import MailKind

SYSTEM_NAME = "外国人就労管理システム"


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    body: str


def format_jst(moment: datetime) -> str:
    return to_jst(moment).strftime("%Y年%m月%d日 %H時%M分（日本時間）")


def footer(mail_from: str) -> str:
    """Appended by the sender, which knows the address it sends from (A8)."""
    return (
        "\n――――――――――――――――――――\n"
        f"このメールは{SYSTEM_NAME}の送信専用アドレス（{mail_from}）から送信しています。\n"
        "このメールに返信されてもお答えできません。\n"
        "お心当たりのない場合は、このメールを破棄してください。\n"
    )


async def queue_mail(kind: MailKind, to_address: str, mail: RenderedMail, carries_credential: bool = False) -> OutboxMail:
    """Queue a mail; call inside the transaction of the change it reports."""
    return await OutboxMail.create(
        kind=kind,
        to_address=to_address,
        subject=mail.subject,
        body=mail.body,
        carries_credential=carries_credential,
    )


async def queue_mails(kind: MailKind, to_addresses: list[str], mail: RenderedMail) -> None:
    """The same mail queued to each address, in one statement; call inside the transaction of the change it reports."""
    if to_addresses:
        await OutboxMail.bulk_create([OutboxMail(kind=kind, to_address=address, subject=mail.subject, body=mail.body)
                                      for address in to_addresses])
