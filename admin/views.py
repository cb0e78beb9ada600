"""Admin views. Workflow records are read-only here: status changes only through app.domain."""

from __future__ import annotations

from typing import Any, ClassVar

import sqlalchemy as sa
from sqladmin import ModelView
from starlette.requests import Request

from admin.auth import current_viewer
from admin.scope import plan_conditions
from admin.tables import mapped
from app.domain.clock import to_jst
from app.domain.visibility import plan_scope
from app.models.enums import Bureau, PlanStatus

Plan: Any = mapped["Plan"]


def _label(enum_type: type, value: str | None) -> str:
    return enum_type(value).label if value else ""


def _jst(value: Any) -> str:
    return to_jst(value).strftime("%Y-%m-%d %H:%M") if value else ""


class ScopedPlanQueries:
    """list, count, details and edit queries restricted to the viewer's plan scope, so that nothing
    outside it is reachable by URL either (DESIGN.md: sqladmin traps)."""

    model: ClassVar[Any]

    def _scoped(self, request: Request, stmt: sa.Select) -> sa.Select:
        return stmt.where(*plan_conditions(plan_scope(current_viewer(request)), Plan))

    def list_query(self, request: Request) -> sa.Select:
        return self._scoped(request, super().list_query(request))  # type: ignore[misc]

    def count_query(self, request: Request) -> sa.Select:
        return self._scoped(request, super().count_query(request))  # type: ignore[misc]

    def details_query(self, request: Request) -> sa.Select:
        return self._scoped(request, super().details_query(request))  # type: ignore[misc]

    def form_edit_query(self, request: Request) -> sa.Select:
        return self._scoped(request, super().form_edit_query(request))  # type: ignore[misc]


class PlanAdmin(ScopedPlanQueries, ModelView, model=Plan):
    identity = "plan"
    name = "受入計画"
    name_plural = "受入計画"
    icon = "fa-solid fa-file-lines"
    can_create = False
    can_edit = False
    can_delete = False
    can_export = False
    page_size = 50
    column_list = [
        "application_number", "status", "company_name", "bureau", "head_office_prefecture",
        "applied_at", "queued_at",
    ]
    column_details_exclude_list = ["company_id"]
    column_searchable_list = ["application_number", "company_name", "corporate_number"]
    column_sortable_list = ["application_number", "status", "applied_at", "queued_at", "company_name"]
    column_default_sort = [("queued_at", False)]
    column_labels = {
        "id": "ID",
        "application_number": "申請番号",
        "status": "申請状態",
        "company_name": "商号又は名称",
        "bureau": "審査担当",
        "head_office_prefecture": "主たる営業所の都道府県",
        "applied_at": "申請日時",
        "queued_at": "審査順日時",
        "version": "版",
        "first_accepted_at": "初回受理日時",
        "certificate_number": "認定番号",
        "certified_at": "認定日時",
        "remand_comment": "差戻しコメント",
        "corporate_number": "法人番号",
        "representative_name": "代表者氏名",
        "head_office_address": "主たる営業所の所在地",
        "phone": "電話番号",
        "email": "メールアドレス",
        "ccus_business_id": "CCUS事業者ID",
        "jac_kind": "所属団体の区分",
        "jac_organization_name": "所属団体名",
        "full_time_staff_count": "常勤職員数",
        "foreign_construction_worker_count": "外国人建設就労者数",
        "domestic_recruitment_description": "国内人材確保の取組",
        "basic_monthly_salary": "基本給（月額）",
        "has_bonus": "賞与の有無",
        "bonus_description": "賞与の内容",
        "acceptance_start": "受入予定期間（開始）",
        "acceptance_end": "受入予定期間（終了）",
        "proxy_name": "代理申請者氏名",
        "proxy_organization": "代理申請者所属",
        "proxy_email": "代理申請者メールアドレス",
        "proxy_phone": "代理申請者電話番号",
        "proxy_has_power_of_attorney": "代理権の有無",
        "consent_declaration": "宣誓",
        "consent_data_sharing": "情報提供への同意",
        "created_at": "作成日時",
        "updated_at": "更新日時",
    }
    _formatters: ClassVar[dict[str, Any]] = {
        "status": lambda m, a: _label(PlanStatus, m.status),
        "bureau": lambda m, a: _label(Bureau, m.bureau),
        "applied_at": lambda m, a: _jst(m.applied_at),
        "queued_at": lambda m, a: _jst(m.queued_at),
    }
    column_formatters = _formatters
    column_formatters_detail = {
        **_formatters,
        "certified_at": lambda m, a: _jst(m.certified_at),
        "first_accepted_at": lambda m, a: _jst(m.first_accepted_at),
        "created_at": lambda m, a: _jst(m.created_at),
        "updated_at": lambda m, a: _jst(m.updated_at),
    }


ALL_VIEWS = [PlanAdmin]
