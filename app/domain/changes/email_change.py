"""Changing the company's e-mail through 変更届出 (A11, A4, FAQ 7): a stolen session alone can never move
the account to another address. The change needs the current password and takes effect only when
the new address confirms it with the code mailed there (24 hours, single use, throttled); until
then every mail still goes to the old address, which is told at the request and at the
confirmation. At confirmation the plan's contact e-mail and the account's change together."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.accounts import throttling
from app.domain.accounts.authentication import login_failed
from app.domain.accounts.passwords import verify_password
from app.domain.changes.diff import field_row
from app.domain.changes.mails import email_change_code, email_change_requested, email_changed
from app.domain.errors import DomainError, ErrorCode
from app.domain.outbox import queue_mail
from app.domain.plans.draft import current_plan
from app.models import CompanyAccount, Plan, PlanEvent
from app.models.enums import MailKind, PlanAction, PlanStatus, Role

CODE_VALIDITY = timedelta(hours=24)
CONFIRM_PER_ADDRESS = throttling.RateLimit("email_change:address", 20, timedelta(hours=1))


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.strip().encode()).hexdigest()


async def check_current_password(account: CompanyAccount, current_password: str | None, client_address: str | None) -> None:
    """The account's password, as a login checks it: a wrong one counts toward the login hold."""
    if not current_password:
        raise DomainError("currentPassword", ErrorCode.REQUIRED, "メールアドレスを変更するには、現在のパスワードを入力してください。")
    attempt = throttling.Attempt(account.login_id, client_address)
    held = await throttling.is_held(attempt, account)  # held: refused unchecked, as a login is
    if held or not await verify_password(account.password_hash, current_password):
        if not held:
            await throttling.record_failure(attempt)
        raise DomainError("currentPassword", login_failed().problems[0].code, "現在のパスワードが正しくありません。")


async def request_email_change(account: CompanyAccount, new_email: str) -> None:
    """In the notification's transaction: the new address waits for its code; the old one is told."""
    code = secrets.token_urlsafe(18)
    expires_at = clock.now() + CODE_VALIDITY
    await CompanyAccount.filter(id=account.id).update(pending_email=new_email, email_change_code_hash=_code_hash(code),
                                                      email_change_expires_at=expires_at)
    await queue_mail(MailKind.EMAIL_CHANGE_CODE, new_email, email_change_code(account.login_id, code, expires_at), carries_credential=True)
    await queue_mail(MailKind.EMAIL_CHANGE_NOTICE, account.email, email_change_requested(account.login_id, new_email))


def _refused() -> DomainError:
    return DomainError("code", ErrorCode.INVALID, "確認コードが正しくないか、有効期限（24時間）が切れています。変更届出からやり直してください。")


async def confirm_email_change(code: str, client_address: str | None) -> CompanyAccount:
    """確認 (no login needed): the code makes the pending address the account's and the plan's."""
    uses = ((CONFIRM_PER_ADDRESS, client_address),)
    if await throttling.used_up(*uses):
        raise DomainError("code", ErrorCode.LIMIT_EXCEEDED, "確認の試行が多すぎます。しばらくしてからもう一度お試しください。")
    await throttling.count_use(*uses)
    account = await CompanyAccount.get_or_none(email_change_code_hash=_code_hash(code or ""))
    now = clock.now()
    if account is None or account.pending_email is None or account.email_change_expires_at is None or account.email_change_expires_at <= now:
        raise _refused()
    old, new = account.email, account.pending_email
    async with in_transaction():
        taken = await CompanyAccount.filter(id=account.id, email_change_code_hash=account.email_change_code_hash).update(
            email=new, pending_email=None, email_change_code_hash=None, email_change_expires_at=None)
        if taken != 1:
            raise _refused()  # used meanwhile: single use
        plan = await current_plan(account.id)
        if plan is not None and PlanStatus(plan.status) is PlanStatus.CERTIFIED and (row := field_row("email", plan.email, new)):
            await Plan.filter(id=plan.id).update(email=new, updated_at=now)
            await PlanEvent.create(plan_id=plan.id, at=now, action=PlanAction.CHANGE_NOTIFIED, actor_role=Role.COMPANY,
                                   actor_company_id=account.id, changes=[row])
        await queue_mail(MailKind.EMAIL_CHANGED, old, email_changed(account.login_id, new))
    await account.refresh_from_db()
    return account
