"""Rows for tests to start from. Plans in later states are written directly here only until the
workflow's domain functions exist; tests of the rules themselves go through app.domain."""

from __future__ import annotations

import itertools

from app.domain import clock
from app.domain.accounts.passwords import hash_password_blocking
from app.domain.accounts.staff import create_staff
from app.domain.catalogue import bureau_of_prefecture
from app.models import CompanyAccount, Plan, StaffUser
from app.models.enums import Bureau, LicenseAuthority, PlanStatus, Role

_seq = itertools.count(1)
STAFF_PASSWORD = "Staffpass123"


async def make_staff(role: Role, bureau: Bureau | None = None, login_id: str | None = None) -> StaffUser:
    return await create_staff(login_id or f"staff{next(_seq)}", role, STAFF_PASSWORD, bureau=bureau)


async def make_company(name: str = "株式会社テスト建設") -> CompanyAccount:
    n = next(_seq)
    return await CompanyAccount.create(
        login_id=f"company{n}",
        license_authority=LicenseAuthority.MINISTER,
        license_number=f"{n:06d}",
        license_key=f"MINISTER:{n:06d}",
        license_text=f"国土交通大臣許可(般-5)第{n:06d}号",
        company_name=name,
        email=f"company{n}@example.jp",
        password_hash=hash_password_blocking("Companypass123"),
        password_changed_at=clock.now(),
    )


async def make_plan(status: PlanStatus, prefecture: str, company_name: str = "株式会社テスト建設") -> Plan:
    company = await make_company(company_name)
    n = next(_seq)
    return await Plan.create(
        company=company,
        status=status,
        company_name=company_name,
        head_office_prefecture=prefecture,
        bureau=bureau_of_prefecture(prefecture),
        application_number=None if status is PlanStatus.DRAFT else f"20261125-{n:05d}",
        applied_at=None if status is PlanStatus.DRAFT else clock.now(),
        queued_at=None if status is PlanStatus.DRAFT else clock.now(),
    )


async def company_token(name: str = "株式会社テスト建設") -> tuple[CompanyAccount, str]:
    """A company account and an API session token for it (through the login rules)."""
    from app.domain.accounts.authentication import log_in

    company = await make_company(name)
    return company, (await log_in(company.login_id, "Companypass123", None)).token


async def staff_token(role: Role, bureau: Bureau | None = None) -> tuple[StaffUser, str]:
    from app.domain.accounts.authentication import log_in

    user = await make_staff(role, bureau)
    return user, (await log_in(user.login_id, STAFF_PASSWORD, None)).token
