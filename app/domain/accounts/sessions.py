"""Login sessions: opaque random tokens, stored only as SHA-256 hashes, revocable at once."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from app.domain import clock
from app.domain.statement_templates import Templates, parameterized
from app.domain.viewer import Viewer
from app.models import AuthSession, CompanyAccount, StaffUser
from app.models.enums import AccountStatus, Role, SessionChannel

SESSION_LIFETIME = timedelta(hours=24)
# Sessions end after this long without use (DOMAIN §0: the real system logs out when idle).
IDLE_TIMEOUT = {SessionChannel.API: timedelta(hours=2), SessionChannel.ADMIN: timedelta(hours=8)}
TOUCH_INTERVAL = timedelta(minutes=1)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def viewer_of_staff(staff: StaffUser) -> Viewer:
    return Viewer(
        role=Role(staff.role),
        login_id=staff.login_id,
        staff_id=staff.id,
        bureau=staff.bureau,
        display_name=staff.display_name,
    )


def viewer_of_company(company: CompanyAccount) -> Viewer:
    return Viewer(
        role=Role.COMPANY,
        login_id=company.login_id,
        company_id=company.id,
        display_name=company.company_name,
    )


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
        expires_at=now + SESSION_LIFETIME,
    )
    return token, session


def live_sessions(token_hash: str, channel: SessionChannel, now: datetime) -> QuerySet[AuthSession]:
    """The session of a token hash while it lives: not revoked, not expired, used within the idle
    timeout, and its account still active (the one rule for every request, compiled reads included)."""
    return AuthSession.filter(
        Q(staff__is_active=True) | Q(company__status=AccountStatus.ACTIVE),
        token_hash=token_hash, channel=channel, revoked_at__isnull=True, expires_at__gt=now, last_used_at__gt=now - IDLE_TIMEOUT[channel],
    )


def session_of(viewer: Viewer, token_hash: str, channel: SessionChannel, now: datetime) -> QuerySet[AuthSession]:
    """The token's live session, only while it still stands for this viewer (same account, role, bureau)."""
    sessions = live_sessions(token_hash, channel, now)
    if viewer.staff_id is not None:
        return sessions.filter(staff_id=viewer.staff_id, staff__role=viewer.role.value, staff__bureau=viewer.bureau.value if viewer.bureau else None)
    return sessions.filter(company_id=viewer.company_id)


# Every request looks its session up: the statement is kept per database dialect and channel.
LOOKUPS = Templates()
_LOOKED_UP = ("id", "last_used_at", "staff_id", "staff__role", "staff__login_id", "staff__bureau", "staff__display_name",
              "company_id", "company__login_id", "company__company_name")


def _viewer_of_row(row: Any) -> Viewer:
    """The viewer of a looked-up row, through the same mapping as an account's."""
    if row["staff_id"] is not None:
        return viewer_of_staff(StaffUser(id=row["staff_id"], role=row["staff__role"], login_id=row["staff__login_id"],
                                         bureau=row["staff__bureau"], display_name=row["staff__display_name"]))
    return viewer_of_company(CompanyAccount(id=row["company_id"], login_id=row["company__login_id"], company_name=row["company__company_name"]))


async def resolve_session(token: str | None, channel: SessionChannel) -> Viewer | None:
    """The viewer behind a live session token, or None. Touches the session's last use."""
    if not token:
        return None
    now = clock.now()
    client = AuthSession._meta.db
    sql, values = LOOKUPS.statement((client.capabilities.dialect, channel),
                                    lambda v: parameterized(live_sessions(v[0], channel, v[1]).limit(1).values(*_LOOKED_UP)),
                                    (hash_token(token), now), clock_source=1)
    _, rows = await client.execute_query(sql, values)
    if not rows:
        return None
    row = rows[0]
    last_used_at = AuthSession._meta.fields_map["last_used_at"].to_python_value(row["last_used_at"])
    if now - last_used_at > TOUCH_INTERVAL:  # spare a write on most requests
        await AuthSession.filter(id=row["id"]).update(last_used_at=now)
    return _viewer_of_row(row)


async def end_session(token: str | None) -> bool:
    if not token:
        return False
    return bool(
        await AuthSession.filter(token_hash=hash_token(token), revoked_at__isnull=True).update(revoked_at=clock.now())
    )


async def revoke_sessions(*, company_id: int | None = None, staff_id: int | None = None) -> None:
    sessions = AuthSession.filter(revoked_at__isnull=True)
    sessions = sessions.filter(company_id=company_id) if company_id is not None else sessions.filter(staff_id=staff_id)
    await sessions.update(revoked_at=clock.now())
