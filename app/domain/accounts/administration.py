"""Account administration by MLIT staff (A10): staff accounts, suspending and releasing company
accounts. Every act is recorded as an AccountEvent."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from app.domain import clock
from app.domain.accounts import sessions
from app.domain.accounts.passwords import check_password_policy, hash_password
from app.domain.accounts.staff import create_staff
from app.domain.errors import DomainError, ErrorCode
from app.domain.text import normalize_text
from app.domain.viewer import Viewer
from app.models import AccountEvent, CompanyAccount, StaffUser
from app.models.enums import AccountAction, AccountStatus, Bureau, Role


def require_mlit(viewer: Viewer) -> int:
    if viewer.role is not Role.MLIT_STAFF or viewer.staff_id is None:
        raise DomainError(None, ErrorCode.FORBIDDEN, "この操作は国土交通省職員のみ行えます。")
    return viewer.staff_id


async def _record(actor_id: int, action: AccountAction, *, company_id: int | None = None, staff_id: int | None = None,
                  note: str | None = None) -> None:
    await AccountEvent.create(at=clock.now(), action=action, actor_id=actor_id, company_id=company_id, staff_id=staff_id, note=note)


async def add_staff(viewer: Viewer, login_id: str, role: Role, password: str, bureau: Bureau | None, display_name: str = "") -> StaffUser:
    actor = require_mlit(viewer)
    async with in_transaction():
        user = await create_staff(login_id, role, password, bureau=bureau, display_name=display_name)
        await _record(actor, AccountAction.CREATE_STAFF, staff_id=user.id)
    return user


async def set_staff_active(viewer: Viewer, staff_id: int, active: bool) -> StaffUser:
    actor = require_mlit(viewer)
    if staff_id == actor and not active:
        raise DomainError(None, ErrorCode.INVALID, "自分自身のアカウントは無効にできません。")
    async with in_transaction():
        if not await StaffUser.filter(id=staff_id).update(is_active=active):
            raise DomainError(None, ErrorCode.NOT_FOUND, "指定された職員アカウントはありません。")
        if not active:
            await sessions.revoke_sessions(staff_id=staff_id)
        await _record(actor, AccountAction.ACTIVATE_STAFF if active else AccountAction.DEACTIVATE_STAFF, staff_id=staff_id)
    return await StaffUser.get(id=staff_id)


async def reset_staff_password(viewer: Viewer, staff_id: int, new_password: str) -> None:
    actor = require_mlit(viewer)
    user = await StaffUser.get_or_none(id=staff_id)
    if user is None:
        raise DomainError(None, ErrorCode.NOT_FOUND, "指定された職員アカウントはありません。")
    check_password_policy(new_password, user.login_id, field="password")
    async with in_transaction():
        await StaffUser.filter(id=staff_id).update(password_hash=await hash_password(new_password), password_changed_at=clock.now())
        await sessions.revoke_sessions(staff_id=staff_id)
        await _record(actor, AccountAction.RESET_STAFF_PASSWORD, staff_id=staff_id)


def _reason(note: str | None) -> str:
    text = normalize_text(note or "").strip()
    if not text:
        raise DomainError("note", ErrorCode.REQUIRED, "理由を入力してください。")
    return text


async def set_company_status(viewer: Viewer, company_id: int, status: AccountStatus, note: str | None) -> CompanyAccount:
    """Suspend (利用停止), reactivate, or release (登録解除) a company account. Releasing frees the
    licence for a new registration by the rightful company; the login ID stays taken forever."""
    actor = require_mlit(viewer)
    reason = _reason(note)
    company = await CompanyAccount.get_or_none(id=company_id)
    if company is None:
        raise DomainError(None, ErrorCode.NOT_FOUND, "指定された事業者アカウントはありません。")
    current = AccountStatus(company.status)
    allowed = {
        AccountStatus.SUSPENDED: {AccountStatus.ACTIVE},
        AccountStatus.ACTIVE: {AccountStatus.SUSPENDED},
        AccountStatus.RELEASED: {AccountStatus.ACTIVE, AccountStatus.SUSPENDED},
    }
    if current not in allowed[status]:
        raise DomainError(None, ErrorCode.INVALID_STATE, f"アカウントの状態が「{current.label}」のため{status.label}にできません。")
    changes: dict[str, object] = {"status": status}
    if status is AccountStatus.RELEASED:
        changes["license_key"] = f"RELEASED:{company.id}:{company.license_key}"[:64]
    action = {
        AccountStatus.SUSPENDED: AccountAction.SUSPEND_COMPANY,
        AccountStatus.ACTIVE: AccountAction.REACTIVATE_COMPANY,
        AccountStatus.RELEASED: AccountAction.RELEASE_COMPANY,
    }[status]
    async with in_transaction():
        if not await CompanyAccount.filter(id=company_id, status=current).update(**changes):
            raise DomainError(None, ErrorCode.CONFLICT, "他の操作によりアカウントが更新されました。画面を更新してください。")
        if status is not AccountStatus.ACTIVE:
            await sessions.revoke_sessions(company_id=company_id)
        await _record(actor, action, company_id=company_id, note=reason)
    return await CompanyAccount.get(id=company_id)
