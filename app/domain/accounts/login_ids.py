"""Login IDs: their form, and uniqueness across company and staff accounts (CONTRACT.md)."""

from __future__ import annotations

import re

from app.domain import clock
from app.domain.errors import DomainError, ErrorCode
from app.models import CompanyAccount, StaffUser, TemporaryRegistration

_LOGIN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{3,63}$")


def check_login_id_form(login_id: str, field: str = "loginId") -> None:
    if not _LOGIN_ID.match(login_id):
        raise DomainError(
            field,
            ErrorCode.INVALID,
            "ログインIDは半角英数字と記号（. _ @ -）で4〜64文字、英数字で始めてください。",
        )


async def login_id_taken(login_id: str) -> bool:
    """Taken by a company or staff account, or held by an unexpired temporary registration."""
    if await CompanyAccount.filter(login_id=login_id).exists():
        return True
    if await StaffUser.filter(login_id=login_id).exists():
        return True
    return await TemporaryRegistration.filter(
        login_id=login_id, completed_at__isnull=True, expires_at__gt=clock.now()
    ).exists()
