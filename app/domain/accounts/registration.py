"""Company self-registration (A1–A4) and the forgotten ID / password flow (A6)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.accounts import throttling
from app.domain.accounts.authentication import login_failed, spend_verification_time
from app.domain.accounts.login_ids import check_login_id_form
from app.domain.accounts.mails import password_reset, temporary_password
from app.domain.accounts.passwords import check_password_policy, generate_temporary_password, hash_password, verify_password
from app.domain.errors import DomainError, ErrorCode, Problem
from app.domain.licenses import parse_license
from app.domain.outbox import format_jst, queue_mail
from app.domain.text import char_count, is_email
from app.models import CompanyAccount, StaffUser, TemporaryRegistration
from app.models.enums import AccountStatus, MailKind

TEMPORARY_PASSWORD_VALIDITY = timedelta(hours=3)
COMPANY_NAME_MAX = 200
T = TypeVar("T")
DUPLICATE_LICENSE_MESSAGE = "この建設業許可番号の事業者は既に本登録されています。ログインIDは1社につき1つです。"


def _collect(problems: list[Problem], check: Callable[[], T]) -> T | None:
    """Run one check, keeping its problems so that every problem is answered at once."""
    try:
        return check()
    except DomainError as error:
        problems.extend(error.problems)
        return None


async def _license_has_account(license_key: str) -> bool:
    """A1: one login per company; a released account no longer holds its licence."""
    return await CompanyAccount.filter(license_key=license_key).exists()


async def request_temporary_registration(
    login_id: str, license_text: str, company_name: str, email: str, client_address: str | None = None
) -> TemporaryRegistration:
    """仮登録 (A2): holds the login ID for 3 hours and mails a temporary password."""
    login_id, company_name, email = login_id.strip(), company_name.strip(), email.strip()
    problems: list[Problem] = []
    _collect(problems, lambda: check_login_id_form(login_id))
    license = _collect(problems, lambda: parse_license(license_text))
    if not company_name:
        problems.append(Problem("companyName", ErrorCode.REQUIRED, "商号又は名称を入力してください。"))
    elif char_count(company_name) > COMPANY_NAME_MAX:
        problems.append(Problem("companyName", ErrorCode.TOO_LONG, f"商号又は名称は{COMPANY_NAME_MAX}文字以内で入力してください。"))
    if not is_email(email):
        problems.append(Problem("email", ErrorCode.INVALID, "メールアドレスの形式が正しくありません（例: info@example.co.jp）。"))
    if problems:
        raise DomainError.of(problems)
    assert license is not None
    uses = ((throttling.REGISTRATION_PER_EMAIL, email.casefold()), (throttling.REGISTRATION_PER_ADDRESS, client_address))
    if await throttling.used_up(*uses):
        raise DomainError(None, ErrorCode.LIMIT_EXCEEDED, "仮登録のお申込みが短時間に続いています。しばらくしてからもう一度お試しください。")

    now = clock.now()
    password = generate_temporary_password()
    async with in_transaction():
        held = await TemporaryRegistration.get_or_none(login_id=login_id)
        if held is not None and held.completed_at is None and held.expires_at > now:
            raise DomainError(
                "loginId",
                ErrorCode.DUPLICATE,
                f"このログインIDは仮登録中です。{format_jst(held.expires_at)}を過ぎると同じログインIDで仮登録できます。",
            )
        if await CompanyAccount.filter(login_id=login_id).exists() or await StaffUser.filter(login_id=login_id).exists():
            raise DomainError("loginId", ErrorCode.DUPLICATE, "このログインIDは既に使われています。別のログインIDを指定してください。")
        if await _license_has_account(license.key):
            raise DomainError("licenseNumber", ErrorCode.DUPLICATE, DUPLICATE_LICENSE_MESSAGE)
        if held is not None:  # expired: the ID is free again (A2, FAQ 20)
            await TemporaryRegistration.filter(id=held.id).delete()
        try:
            registration = await TemporaryRegistration.create(
                login_id=login_id,
                license_authority=license.authority,
                license_prefecture=license.prefecture,
                license_number=license.number,
                license_key=license.key,
                license_text=license.text,
                company_name=company_name,
                email=email,
                password_hash=await hash_password(password),
                expires_at=now + TEMPORARY_PASSWORD_VALIDITY,
            )
        except IntegrityError:
            raise DomainError("loginId", ErrorCode.DUPLICATE, "このログインIDは仮登録中です。しばらくしてからもう一度お試しください。") from None
        await throttling.count_use(*uses)
        await queue_mail(
            MailKind.TEMPORARY_PASSWORD,
            email,
            temporary_password(login_id, password, registration.expires_at),
            carries_credential=True,
        )
    return registration


async def complete_registration(login_id: str, temporary_password_text: str, new_password: str, client_address: str | None) -> CompanyAccount:
    """本登録 (A3): the temporary password and a new password make the full account."""
    attempt = throttling.Attempt(login_id, client_address)
    if await throttling.is_held(attempt):
        raise login_failed()
    registration = await TemporaryRegistration.get_or_none(login_id=login_id, completed_at__isnull=True)
    if registration is None:
        await spend_verification_time(temporary_password_text)
    if registration is None or not await verify_password(registration.password_hash, temporary_password_text):
        await throttling.record_failure(attempt)
        raise login_failed()
    if registration.expires_at <= clock.now():
        raise DomainError(
            "temporaryPassword",
            ErrorCode.EXPIRED,
            f"仮パスワードの有効期限（{format_jst(registration.expires_at)}）が切れています。もう一度仮登録を行ってください。",
        )
    check_password_policy(new_password, login_id)
    now = clock.now()
    async with in_transaction():
        claimed = await TemporaryRegistration.filter(id=registration.id, completed_at__isnull=True).update(completed_at=now)
        if not claimed:
            raise DomainError(None, ErrorCode.CONFLICT, "この仮登録は既に本登録されています。ログインしてください。")
        if await _license_has_account(registration.license_key):
            raise DomainError("licenseNumber", ErrorCode.DUPLICATE, DUPLICATE_LICENSE_MESSAGE)
        try:
            account = await CompanyAccount.create(
                login_id=login_id,
                license_authority=registration.license_authority,
                license_prefecture=registration.license_prefecture,
                license_number=registration.license_number,
                license_key=registration.license_key,
                license_text=registration.license_text,
                company_name=registration.company_name,
                email=registration.email,
                password_hash=await hash_password(new_password),
                password_changed_at=now,
            )
        except IntegrityError:
            raise DomainError("licenseNumber", ErrorCode.DUPLICATE, DUPLICATE_LICENSE_MESSAGE) from None
    await throttling.record_success(attempt)
    return account


async def request_password_reset(login_id: str | None, license_text: str, email: str, client_address: str | None = None) -> None:
    """ID/パスワード再発行 (A6). Answers the same whether or not the data matched, and whether or not
    the request was throttled (then no mail goes out); the old password keeps working until the
    temporary one is used in changePassword."""
    license = parse_license(license_text)
    email = email.strip()
    if not is_email(email):
        raise DomainError("email", ErrorCode.INVALID, "メールアドレスの形式が正しくありません（例: info@example.co.jp）。")
    accounts = CompanyAccount.filter(license_key=license.key, status=AccountStatus.ACTIVE)
    if login_id:
        accounts = accounts.filter(login_id=login_id.strip())
    account = await accounts.first()
    password = generate_temporary_password()
    password_hash = await hash_password(password)  # also spent when nothing matched, to answer alike
    if account is None or account.email.casefold() != email.casefold():
        return
    uses = ((throttling.PASSWORD_RESET_PER_ACCOUNT, str(account.id)), (throttling.PASSWORD_RESET_PER_ADDRESS, client_address))
    if await throttling.used_up(*uses):
        return
    expires_at = clock.now() + TEMPORARY_PASSWORD_VALIDITY
    async with in_transaction():
        await CompanyAccount.filter(id=account.id).update(reset_password_hash=password_hash, reset_password_expires_at=expires_at)
        await throttling.count_use(*uses)
        await queue_mail(
            MailKind.PASSWORD_RESET, account.email, password_reset(account.login_id, password, expires_at), carries_credential=True
        )
