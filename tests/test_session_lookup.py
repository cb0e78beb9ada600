"""The session look-up of every request (A-rules on sessions; #28: its statement is kept per dialect and
channel, only the token hash and the clock filled in): who it finds, and every way a session ends."""

from __future__ import annotations

from datetime import timedelta

from app.domain.accounts.sessions import IDLE_TIMEOUT, LOOKUPS, TOUCH_INTERVAL, end_session, resolve_session, start_session
from app.domain.viewer import Viewer
from app.models import AuthSession, CompanyAccount, StaffUser
from app.models.enums import AccountStatus, Bureau, Role, SessionChannel
from tests.conftest import FrozenClock
from tests.factories import make_company, make_staff


async def test_a_session_finds_its_staff_member_or_company_through_a_kept_statement(db: str, dialect: str, clock: FrozenClock) -> None:
    staff = await make_staff(Role.BUREAU_STAFF, Bureau.KANTO)
    staff.display_name = "関東 太郎"
    await staff.save()
    company = await make_company("株式会社セッション建設")
    for channel in (SessionChannel.API, SessionChannel.ADMIN):
        staff_token, _ = await start_session(channel, staff=staff)
        company_token, _ = await start_session(channel, company=company)
        for _ in range(2):  # the second request fills in the kept statement
            assert await resolve_session(staff_token, channel) == Viewer(
                role=Role.BUREAU_STAFF, login_id=staff.login_id, staff_id=staff.id, bureau=Bureau.KANTO, display_name="関東 太郎")
            assert await resolve_session(company_token, channel) == Viewer(
                role=Role.COMPANY, login_id=company.login_id, company_id=company.id, display_name="株式会社セッション建設")
        kept_dialect = AuthSession._meta.db.capabilities.dialect
        assert LOOKUPS.kept((kept_dialect, channel)), "the look-up is built anew on every request"
        assert await resolve_session(staff_token, SessionChannel.API if channel is SessionChannel.ADMIN else SessionChannel.ADMIN) is None
    assert await resolve_session("no-such-token", SessionChannel.API) is None


async def test_a_session_ends_when_revoked_idle_expired_or_its_account_stops(db: str, clock: FrozenClock) -> None:
    staff = await make_staff(Role.MLIT_STAFF)
    company = await make_company()
    revoked, _ = await start_session(SessionChannel.API, staff=staff)
    assert await resolve_session(revoked, SessionChannel.API) is not None
    await end_session(revoked)
    assert await resolve_session(revoked, SessionChannel.API) is None

    inactive, _ = await start_session(SessionChannel.API, staff=staff)
    suspended, _ = await start_session(SessionChannel.API, company=company)
    await StaffUser.filter(id=staff.id).update(is_active=False)
    await CompanyAccount.filter(id=company.id).update(status=AccountStatus.SUSPENDED)
    assert await resolve_session(inactive, SessionChannel.API) is None
    assert await resolve_session(suspended, SessionChannel.API) is None
    await StaffUser.filter(id=staff.id).update(is_active=True)

    idle, _ = await start_session(SessionChannel.API, staff=staff)
    clock.advance(seconds=IDLE_TIMEOUT[SessionChannel.API].total_seconds() - 60)
    assert await resolve_session(idle, SessionChannel.API) is not None  # used: its idle time starts again
    clock.advance(seconds=IDLE_TIMEOUT[SessionChannel.API].total_seconds() - 60)
    assert await resolve_session(idle, SessionChannel.API) is not None
    clock.advance(seconds=IDLE_TIMEOUT[SessionChannel.API].total_seconds() + 1)
    assert await resolve_session(idle, SessionChannel.API) is None

    kept, _ = await start_session(SessionChannel.ADMIN, staff=staff)
    for _ in range(11):  # used every two hours, it stays open for 22 hours …
        clock.advance(hours=2)
        assert await resolve_session(kept, SessionChannel.ADMIN) is not None
    clock.advance(hours=2)  # … and ends 24 hours after login all the same
    assert await resolve_session(kept, SessionChannel.ADMIN) is None


async def test_a_session_s_last_use_is_written_at_most_once_a_minute(db: str, clock: FrozenClock) -> None:
    company = await make_company()
    token, session = await start_session(SessionChannel.API, company=company)
    clock.advance(seconds=TOUCH_INTERVAL.total_seconds() - 1)
    await resolve_session(token, SessionChannel.API)
    assert (await AuthSession.get(id=session.id)).last_used_at == session.last_used_at
    clock.advance(seconds=2)
    await resolve_session(token, SessionChannel.API)
    assert (await AuthSession.get(id=session.id)).last_used_at == clock.now
    assert (await AuthSession.get(id=session.id)).last_used_at - session.last_used_at == TOUCH_INTERVAL + timedelta(seconds=1)
