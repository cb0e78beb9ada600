"""Staff accounts (A10): created by an administrator, never by self-registration."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.accounts.login_ids import check_login_id_form, login_id_taken
from app.domain.accounts.passwords import check_password_policy, hash_password
from app.domain.errors import DomainError, ErrorCode
from app.models import StaffUser
from app.models.enums import STAFF_ROLES, Bureau, Role


async def create_staff(
    login_id: str, role: Role, password: str, bureau: Bureau | None = None, display_name: str = ""
) -> StaffUser:
    check_login_id_form(login_id)
    if role not in STAFF_ROLES:
        raise DomainError("role", ErrorCode.INVALID, "職員の役割は BUREAU_STAFF、MLIT_STAFF、IMPLEMENTING_ORG、ANALYST のいずれかです。")
    if role is Role.BUREAU_STAFF and bureau is None:
        raise DomainError("bureau", ErrorCode.REQUIRED, "地方整備局職員には所属する地方整備局等を指定してください。")
    if role is not Role.BUREAU_STAFF and bureau is not None:
        raise DomainError("bureau", ErrorCode.INVALID, "地方整備局等を指定できるのは地方整備局職員だけです。")
    check_password_policy(password, login_id, field="password")
    async with in_transaction():
        if await login_id_taken(login_id):
            raise DomainError("loginId", ErrorCode.DUPLICATE, "このログインIDは既に使われています。")
        return await StaffUser.create(
            login_id=login_id,
            role=role,
            bureau=bureau,
            display_name=display_name,
            password_hash=await hash_password(password),
            password_changed_at=clock.now(),
        )
