"""Login sessions: opaque random tokens, stored only as SHA-256 hashes, revocable at once.

Issue #3 adds company login, lockout and password expiry on top of these pieces."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from app.domain import clock
from app.domain.passwords import verify_password
from app.domain.viewer import Viewer
from app.models import AuthSession, CompanyAccount, StaffUser
from app.models.enums import AccountStatus, Role, SessionChannel

SESSION_LIFETIME = {SessionChannel.API: timedelta(hours=8), SessionChannel.ADMIN: timedelta(hours=8)}
# Sessions expire after this long without use (DOMAIN §0: the real system logs out when idle).
IDLE_TIMEOUT = timedelta(hours=8)
# A known Argon2id hash to verify against when the login ID is unknown, so both paths take as long.
_DUMMY_HASH: str | None = None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        from app.domain.passwords import hash_password

        _DUMMY_HASH = hash_password(secrets.token_urlsafe(16))
    return _DUMMY_HASH


async def authenticate_staff(login_id: str, password: str) -> StaffUser | None:
    """The active staff user with this login ID and password, or None (whatever was wrong)."""
    user = await StaffUser.get_or_none(login_id=login_id)
    if user is None:
        verify_password(_dummy_hash(), password)
        return None
    if not verify_password(user.password_hash, password) or not user.is_active:
        return None
    return user


async def start_session(
    channel: SessionChannel,
    *,
    staff: StaffUser | None = None,
    company: CompanyAccount | None = None,
    client_address: str | None = None,
) -> tuple[str, AuthSession]:
    token = secrets.token_urlsafe(32)
    now = clock.now()
    session = await AuthSession.create(
        token_hash=hash_token(token),
        channel=channel,
        staff=staff,
        company=company,
        client_address=client_address,
        last_used_at=now,
        expires_at=now + SESSION_LIFETIME[channel],
    )
    return token, session


async def resolve_session(token: str | None, channel: SessionChannel) -> Viewer | None:
    """The viewer behind a live session token, or None. Touches the session's last use."""
    if not token:
        return None
    now = clock.now()
    session = await (
        AuthSession.filter(
            token_hash=hash_token(token), channel=channel, revoked_at__isnull=True, expires_at__gt=now
        )
        .select_related("staff", "company")
        .first()
    )
    if session is None or session.last_used_at + IDLE_TIMEOUT <= now:
        return None
    if session.staff is not None:
        staff = session.staff
        if not staff.is_active:
            return None
        viewer = Viewer(
            role=Role(staff.role),
            login_id=staff.login_id,
            session_id=session.id,
            staff_id=staff.id,
            bureau=staff.bureau,
            display_name=staff.display_name,
        )
    elif session.company is not None and session.company.status == AccountStatus.ACTIVE:
        company = session.company
        viewer = Viewer(
            role=Role.COMPANY,
            login_id=company.login_id,
            session_id=session.id,
            company_id=company.id,
            display_name=company.company_name,
        )
    else:
        return None
    if now - session.last_used_at > timedelta(minutes=1):  # spare a write per request
        await AuthSession.filter(id=session.id).update(last_used_at=now)
    return viewer


async def end_session(token: str | None) -> None:
    if token:
        await AuthSession.filter(token_hash=hash_token(token), revoked_at__isnull=True).update(
            revoked_at=clock.now()
        )
