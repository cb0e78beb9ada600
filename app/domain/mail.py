"""The outbox (E3): a mail is a row written in the same transaction as the change that caused it.
The sender (app.mailer) delivers rows later; nothing is sent inside a request."""

from __future__ import annotations

from app.domain.mail_templates import RenderedMail
from app.models import OutboxMail
from app.models.enums import MailKind


async def queue_mail(kind: MailKind, to_address: str, mail: RenderedMail, carries_credential: bool = False) -> OutboxMail:
    """Queue a mail; call inside the transaction of the change it reports."""
    return await OutboxMail.create(
        kind=kind,
        to_address=to_address,
        subject=mail.subject,
        body=mail.body,
        carries_credential=carries_credential,
    )
