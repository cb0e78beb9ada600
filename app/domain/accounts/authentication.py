"""Login (A7, A9), password expiry (DOMAIN §0: 180 days) and password change (A5)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.accounts import sessions, throttling
from app.domain.accounts.passwords import check_password_policy, hash_password, verify_password
from app.domain.errors import DomainError, ErrorCode
from app.domain.viewer import Viewer
from app.models import CompanyAccount, StaffUser
from app.models.enums import AccountStatus, SessionChannel

LOGIN_FAILED_MESSAGE = "ログイン名、パスワードのいずれかもしくは両方が登録されていません。"
PASSWORD_VALIDITY = timedelta(days=180)

Account = CompanyAccount | StaffUser

_dummy_hash: str | None = None


def login_failed() -> DomainError:
    return DomainError(None, ErrorCode.AUTHENTICATION_FAILED, LOGIN_FAILED_MESSAGE)


async def spend_verification_time(password: str) -> None:
    """Verify against a throwaway hash, so an unknown login ID answers as slowly as a known one."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = await hash_password(secrets.token_urlsafe(16))
    await verify_password(_dummy_hash, password)


async def find_account(login_id: str) -> Account | None:
    """The company or staff account that may log in with this ID (active, not suspended)."""
    company = await CompanyAccount.get_or_none(login_id=login_id, status=AccountStatus.ACTIVE)
    if company is not None:
        return company
    return await StaffUser.get_or_none(login_id=login_id, is_active=True)


def password_expired(account: Account) -> bool:
    return account.password_changed_at + PASSWORD_VALIDITY <= clock.now()


@dataclass(frozen=True)
class LoginResult:
    token: str
    expires_at: datetime
    viewer: Viewer


async def log_in(
    login_id: str,
    password: str,
    client_address: str | None,
    channel: SessionChannel = SessionChannel.API,
    staff_only: bool = False,
) -> LoginResult:
    """A new session, or AUTHENTICATION_FAILED whatever was wrong (held, unknown, wrong password,
    suspended); PASSWORD_EXPIRED only once the password itself was right."""
    attempt = throttling.Attempt(login_id, client_address)
    account = await find_account(login_id)
    if await throttling.is_held(attempt, account):
        raise login_failed()  # no hashing while held: a flood of guesses costs us nothing
    # A company's ID on the staff login is never checked against its password, so trying it there
    # neither reveals the password nor holds the company's own login.
    company_on_staff_login = staff_only and isinstance(account, CompanyAccount)
    if account is None or company_on_staff_login:
        await spend_verification_time(password)
        await throttling.record_failure(attempt, against_account=not company_on_staff_login)
        raise login_failed()
    if not await verify_password(account.password_hash, password):
        await throttling.record_failure(attempt)
        raise login_failed()
    if password_expired(account):
        raise DomainError(
            "password",
            ErrorCode.PASSWORD_EXPIRED,
            "パスワードの有効期限（180日）が切れています。ログイン画面の「パスワード設定/変更」から新しいパスワードを設定してください。",
        )
    await throttling.record_success(attempt)
    if isinstance(account, CompanyAccount):
        token, session = await sessions.start_session(channel, company=account, client_address=client_address)
        viewer = sessions.viewer_of_company(account)
    else:
        token, session = await sessions.start_session(channel, staff=account, client_address=client_address)
        viewer = sessions.viewer_of_staff(account)
    return LoginResult(token=token, expires_at=session.expires_at, viewer=viewer)


async def _reset_password_matches(account: Account, password: str) -> bool:
    if not isinstance(account, CompanyAccount) or account.reset_password_hash is None:
        return False
    if account.reset_password_expires_at is None or account.reset_password_expires_at <= clock.now():
        return False
    return await verify_password(account.reset_password_hash, password)


async def change_password(login_id: str, current_password: str, new_password: str, client_address: str | None) -> None:
    """パスワード設定/変更 from the login screen (A5): the current password, or a temporary one
    issued by a reset (A6), may be used; also replaces an expired password. Ends every session."""
    attempt = throttling.Attempt(login_id, client_address)
    account = await find_account(login_id)
    if await throttling.is_held(attempt, account):
        raise login_failed()
    if account is None:
        await spend_verification_time(current_password)
    if account is None or not (
        await verify_password(account.password_hash, current_password) or await _reset_password_matches(account, current_password)
    ):
        await throttling.record_failure(attempt)
        raise login_failed()
    check_password_policy(new_password, login_id)
    if await verify_password(account.password_hash, new_password):
        raise DomainError("newPassword", ErrorCode.INVALID, "現在のパスワードと同じパスワードは設定できません。")
    async with in_transaction():
        changes = {"password_hash": await hash_password(new_password), "password_changed_at": clock.now()}
        if isinstance(account, CompanyAccount):
            await CompanyAccount.filter(id=account.id).update(
                **changes, reset_password_hash=None, reset_password_expires_at=None
            )
            await sessions.revoke_sessions(company_id=account.id)
        else:
            await StaffUser.filter(id=account.id).update(**changes)
            await sessions.revoke_sessions(staff_id=account.id)
    await throttling.record_success(attempt)
