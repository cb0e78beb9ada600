"""Who is asking: the actor every domain function and visibility rule takes."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Bureau, Role


@dataclass(frozen=True)
class Viewer:
    role: Role
    login_id: str
    company_id: int | None = None
    staff_id: int | None = None
    bureau: Bureau | None = None
    display_name: str = ""

    @property
    def is_company(self) -> bool:
        return self.role is Role.COMPANY

    @property
    def is_staff(self) -> bool:
        return not self.is_company
