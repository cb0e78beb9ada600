"""Brute-force protection (A9): after 5 failed logins within 15 minutes, the login ID (or the
client address) is locked for 15 minutes. Failures and locks are rows, so they hold across
processes and machines."""

from __future__ import annotations

from datetime import timedelta

from tortoise.exceptions import IntegrityError

from app.domain import clock
from app.models import LoginFailure, LoginLock
from app.models.enums import LoginKeyKind

MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
LOCK_DURATION = timedelta(minutes=15)

GuardKey = tuple[LoginKeyKind, str]


def guard_keys(login_id: str, client_address: str | None) -> list[GuardKey]:
    keys: list[GuardKey] = [(LoginKeyKind.LOGIN_ID, login_id[:128])]
    if client_address:
        keys.append((LoginKeyKind.CLIENT_ADDRESS, client_address[:128]))
    return keys


async def is_locked(keys: list[GuardKey]) -> bool:
    now = clock.now()
    for kind, key in keys:
        if await LoginLock.filter(key_kind=kind, key=key, locked_until__gt=now).exists():
            return True
    return False


async def _lock(kind: LoginKeyKind, key: str, until: object) -> None:
    if await LoginLock.filter(key_kind=kind, key=key).update(locked_until=until):
        return
    try:
        await LoginLock.create(key_kind=kind, key=key, locked_until=until)
    except IntegrityError:  # another process created it meanwhile
        await LoginLock.filter(key_kind=kind, key=key).update(locked_until=until)


async def record_failure(keys: list[GuardKey]) -> None:
    now = clock.now()
    for kind, key in keys:
        await LoginFailure.create(key_kind=kind, key=key, failed_at=now)
        recent = await LoginFailure.filter(key_kind=kind, key=key, failed_at__gt=now - FAILURE_WINDOW).count()
        if recent >= MAX_FAILURES:
            await _lock(kind, key, now + LOCK_DURATION)
            await LoginFailure.filter(key_kind=kind, key=key).delete()


async def clear_failures(login_id: str) -> None:
    """A successful login forgets the ID's earlier failures (the address's stay counted)."""
    await LoginFailure.filter(key_kind=LoginKeyKind.LOGIN_ID, key=login_id[:128]).delete()
