"""Builds plans through the domain's own functions, for tests of what comes after."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.domain import clock
from app.domain.accounts.sessions import viewer_of_company, viewer_of_staff
from app.domain.catalogue import DOCUMENT_ITEMS
from app.domain.plans.attachments import add_bulk_attachment
from app.domain.plans.draft import save_plan_draft, submit_plan
from app.domain.storage import FileStore
from app.domain.viewer import Viewer
from app.infra.storage import FolderStorage
from app.models import Plan, StaffUser
from app.models.enums import Bureau, Role
from tests.factories import make_company, make_staff

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
REQUIRED_ITEMS = [item.code for item in DOCUMENT_ITEMS if item.required]


class BytesSource:
    """An upload-like object: `await read(n)` as Starlette's UploadFile offers."""

    def __init__(self, data: bytes) -> None:
        self._stream = io.BytesIO(data)

    async def read(self, size: int = -1) -> bytes:
        return self._stream.read(size)


def today() -> date:
    return clock.to_jst(clock.now()).date()


def worker_input(n: int = 0, **overrides: Any) -> dict[str, Any]:
    start = today() + timedelta(days=60 + n)
    values = {
        "name": ["NGUYEN VAN AN", "SANTOS MARIA", "BUDI SANTOSO", "WANG LEI", "AUNG KO"][n % 5],
        "nationality": ["VN", "PH", "ID", "CN", "MM"][n % 5],
        "birth_date": date(1995, 4, 1) + timedelta(days=30 * n),
        "sex": "MALE" if n % 2 == 0 else "FEMALE",
        "job_category": ["CIVIL", "BUILDING", "LIFELINE"][n % 3],
        "work_start": start,
        "work_end": start + timedelta(days=365 * 3),
        "salary_mode": "SAME",
        "ccus_worker_id": f"{10000000000000 + n:014d}",
    }
    values.update(overrides)
    return values


def complete_changes(workers: int = 2, prefecture: str = "13", proxy: dict[str, Any] | None = None) -> dict[str, Any]:
    """Domain-level changes for a plan with no problems but its attachments."""
    worker_rows = [worker_input(n) for n in range(workers)]
    return {
        "corporate_number": "1234567890123",
        "company_name": "東京建設株式会社",
        "representative_name": "山田 太郎",
        "head_office_prefecture": prefecture,
        "head_office_address": "千代田区霞が関2-1-3",
        "phone": "03-5253-8111",
        "email": "plan@tokyo-kensetsu.example.jp",
        "licenses": [{"authority": "GOVERNOR", "prefecture": prefecture, "grade": "GENERAL", "number": "123456",
                      "valid_until": today() + timedelta(days=800)}],
        "ccus_business_id": "12345678901234",
        "jac_membership": {"kind": "MEMBER_ORGANIZATION", "organization_name": "一般社団法人日本建設業連合会"},
        "full_time_staff_count": 20,
        "foreign_construction_worker_count": 0,
        "basic_monthly_salary": 250000,
        "acceptance_start": min(w["work_start"] for w in worker_rows),
        "acceptance_end": max(w["work_end"] for w in worker_rows),
        "proxy": proxy,
        "workers": worker_rows,
        "consents": {"declaration": True, "data_sharing": True},
    }


async def company_viewer(name: str = "東京建設株式会社") -> Viewer:
    return viewer_of_company(await make_company(name))


async def staff_viewer(role: Role, bureau: Bureau | None = None) -> Viewer:
    return viewer_of_staff(await make_staff(role, bureau))


def as_store(location: Path | FileStore) -> FileStore:
    """The tests name a folder (the upload_dir of their settings) or give a store (an object store)."""
    return FolderStorage(location) if isinstance(location, Path) else location


async def attach_required(viewer: Viewer, upload_dir: Path | FileStore, items: list[str] | None = None) -> None:
    await add_bulk_attachment(viewer, as_store(upload_dir), BytesSource(PDF), "一括.pdf", len(PDF), items or REQUIRED_ITEMS)


async def submitted_plan(upload_dir: Path | FileStore, prefecture: str = "13", workers: int = 2, name: str = "東京建設株式会社",
                         proxy: dict[str, Any] | None = None) -> tuple[Viewer, Plan]:
    viewer = await company_viewer(name)
    changes = complete_changes(workers, prefecture, proxy)
    changes["company_name"] = name
    await save_plan_draft(viewer, changes)
    with_attorney = bool(proxy and proxy.get("has_power_of_attorney"))
    await attach_required(viewer, upload_dir, REQUIRED_ITEMS + ["POWER_OF_ATTORNEY"] if with_attorney else None)
    return viewer, await submit_plan(viewer)


async def staff(role: Role, bureau: Bureau | None = None) -> Viewer:
    return viewer_of_staff(await make_staff(role, bureau))


async def staff_by_login(login_id: str) -> Viewer:
    return viewer_of_staff(await StaffUser.get(login_id=login_id))


def to_graphql(value: Any) -> Any:
    """Domain-level changes as a GraphQL PlanInput: camelCase keys, ISO dates."""
    from app.domain.plans.fields import camel

    if isinstance(value, dict):
        return {camel(k): to_graphql(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_graphql(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
