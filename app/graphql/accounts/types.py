"""Account types: who is logged in (`me`) and their company."""

from __future__ import annotations

import strawberry

from app.domain.viewer import Viewer as DomainViewer
from app.graphql.core.enums import Bureau, Role
from app.models import CompanyAccount


@strawberry.type
class CompanyInfo:
    login_id: str
    company_name: str
    license_number: str = strawberry.field(description="建設業許可番号（許可証の表記）")
    email: str = strawberry.field(description="アカウントのメールアドレス（お知らせの送り先）")
    pending_email: str | None = strawberry.field(
        description="変更届出で申し出た新しいメールアドレス（確認コードで確認されるまで。お知らせは email に送られます）")


@strawberry.type
class Viewer:
    login_id: str
    role: Role
    role_label: str
    bureau: Bureau | None
    bureau_label: str | None
    company: CompanyInfo | None

    @classmethod
    def of(cls, viewer: DomainViewer, company: CompanyAccount | None = None) -> "Viewer":
        return cls(
            login_id=viewer.login_id,
            role=viewer.role,
            role_label=viewer.role.label,
            bureau=viewer.bureau,
            bureau_label=viewer.bureau.label if viewer.bureau else None,
            company=CompanyInfo(
                login_id=company.login_id,
                company_name=company.company_name,
                license_number=company.license_text,
                email=company.email,
                pending_email=company.pending_email,
            )
            if company
            else None,
        )


async def viewer_type(viewer: DomainViewer) -> Viewer:
    company = await CompanyAccount.get(id=viewer.company_id) if viewer.company_id is not None else None
    return Viewer.of(viewer, company)
