"""Accounts in the admin panel: companies (suspend, reactivate, release), staff (create,
deactivate, reset password) and login locks. Changes go through app.domain.administration."""

from __future__ import annotations

from typing import Any, ClassVar

import sqlalchemy as sa
from sqladmin import expose
from sqladmin.flash import FlashLevel
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from admin.auth import csrf_token, current_viewer
from admin.export_cells import CellSql, flag_cell, stored_cells
from admin.scope import visible_company_ids
from admin.tables import mapped
from admin.views.base import ShuroView, announce, checked_form, enum_filter, flash_refusal, is_mlit, label, mlit_viewer
from app.domain.accounts import administration
from app.domain.errors import DomainError
from app.domain.viewer import Viewer
from app.domain.visibility import plan_scope
from app.models.enums import STAFF_ROLES, AccountStatus, Bureau, LicenseAuthority, LoginKeyKind, Role

CompanyAccount: Any = mapped["CompanyAccount"]
StaffUser: Any = mapped["StaffUser"]
LoginLock: Any = mapped["LoginLock"]


class CompanyAdmin(ShuroView, model=CompanyAccount):
    name = "事業者アカウント"
    name_plural = "事業者アカウント"
    icon = "fa-solid fa-building"
    details_template = "shuro/company_details.html"
    column_list = ["login_id", "company_name", "license_text", "status", "created_at"]
    column_details_list = ["login_id", "company_name", "license_text", "license_authority", "email", "status", "password_changed_at", "created_at"]
    column_export_list = column_list
    column_searchable_list = ["login_id", "company_name", "license_text"]
    column_filters: ClassVar[list[Any]] = [enum_filter(CompanyAccount.status, AccountStatus, "状態")]
    column_sortable_list = ["login_id", "company_name", "created_at"]
    datetime_columns = ("created_at", "password_changed_at")
    column_formatters: ClassVar[dict[str, Any]] = {"status": label(AccountStatus), "license_authority": label(LicenseAuthority)}
    column_sql: ClassVar[dict[str, CellSql]] = stored_cells("login_id", "company_name", "license_text")
    column_labels: ClassVar[dict[str, str]] = {
        "id": "ID", "login_id": "ログインID", "company_name": "商号又は名称", "license_text": "建設業許可番号",
        "license_authority": "許可行政庁", "email": "メールアドレス", "status": "状態", "password_changed_at": "パスワード変更日時",
        "created_at": "登録日時",
    }

    def scope(self, viewer: Viewer | None) -> list[sa.ColumnElement[bool]]:
        if viewer is None:
            return [sa.false()]
        if is_mlit(viewer):
            return []
        return [CompanyAccount.id.in_(visible_company_ids(plan_scope(viewer)))]

    async def details_context(self, request: Request) -> dict[str, Any]:
        return {"csrf": csrf_token(request), "is_mlit": is_mlit(current_viewer(request))}

    @expose("/status/{pk:int}", methods=["POST"])
    async def change_status(self, request: Request) -> Response:
        viewer = mlit_viewer(request)
        form = await checked_form(request)
        try:
            target = AccountStatus(str(form.get("status")))
            if target is AccountStatus.RELEASED and form.get("confirm_release") != "1":
                announce(request, "登録解除は取り消せません。確認のチェックを入れてから、もう一度「登録解除」を押してください。", FlashLevel.error)
                return self.to_details(request, request.path_params["pk"])
            company = await administration.set_company_status(viewer, request.path_params["pk"], target, str(form.get("note", "")))
        except ValueError:
            raise HTTPException(status_code=400) from None
        except DomainError as error:
            flash_refusal(request, error)
        else:
            announce(request, f"{company.company_name}（{company.login_id}）を「{AccountStatus(company.status).label}」にしました。")
        return self.to_details(request, request.path_params["pk"])


class StaffAdmin(ShuroView, model=StaffUser):
    name = "職員アカウント"
    name_plural = "職員アカウント"
    icon = "fa-solid fa-user-tie"
    details_template = "shuro/staff_details.html"
    list_template = "shuro/staff_list.html"
    column_list = ["login_id", "display_name", "role", "bureau", "is_active", "created_at"]
    column_details_list = ["login_id", "display_name", "role", "bureau", "is_active", "password_changed_at", "created_at"]
    column_export_list = column_list
    column_searchable_list = ["login_id", "display_name"]
    column_filters: ClassVar[list[Any]] = [enum_filter(StaffUser.role, Role, "役割", never_for=lambda viewer: {Role.COMPANY.value}), enum_filter(StaffUser.bureau, Bureau, "所属")]
    column_sortable_list = ["login_id", "role", "bureau", "created_at"]
    datetime_columns = ("created_at", "password_changed_at")
    column_formatters: ClassVar[dict[str, Any]] = {"role": label(Role), "bureau": label(Bureau)}
    column_sql: ClassVar[dict[str, CellSql]] = {**stored_cells("login_id", "display_name"), "is_active": flag_cell("is_active")}
    column_labels: ClassVar[dict[str, str]] = {
        "id": "ID", "login_id": "ログインID", "display_name": "表示名", "role": "役割", "bureau": "所属",
        "is_active": "有効", "password_changed_at": "パスワード変更日時", "created_at": "作成日時",
    }

    def scope(self, viewer: Viewer | None) -> list[sa.ColumnElement[bool]]:
        return [] if is_mlit(viewer) else [sa.false()]

    async def details_context(self, request: Request) -> dict[str, Any]:
        return {"csrf": csrf_token(request)}

    async def list_context(self, request: Request) -> dict[str, Any]:
        return {"csrf": csrf_token(request)}

    async def _new_page(self, request: Request, errors: list[str], values: dict[str, str], status_code: int = 200) -> Response:
        return await self.page(request, "shuro/staff_new.html", "職員アカウントの作成", status_code,
                               errors=errors, values=values, roles=STAFF_ROLES, bureaus=list(Bureau))

    @expose("/new", methods=["GET", "POST"])
    async def new(self, request: Request) -> Response:
        viewer = mlit_viewer(request)
        if request.method == "GET":
            return await self._new_page(request, [], {})
        form = await checked_form(request)
        values = {k: str(form.get(k, "")) for k in ("login_id", "role", "bureau", "display_name")}
        try:
            role = Role(values["role"])
            bureau = Bureau(values["bureau"]) if values["bureau"] else None
            user = await administration.add_staff(viewer, values["login_id"].strip(), role, str(form.get("password", "")), bureau, values["display_name"].strip())
        except ValueError:
            return await self._new_page(request, ["役割または所属の指定が正しくありません。"], values, 400)
        except DomainError as error:
            return await self._new_page(request, [p.message for p in error.problems], values, 400)
        announce(request, f"職員アカウント {user.login_id} を作成しました。")
        return self.to_details(request, user.id)

    @expose("/active/{pk:int}", methods=["POST"])
    async def set_active(self, request: Request) -> Response:
        viewer = mlit_viewer(request)
        form = await checked_form(request)
        try:
            user = await administration.set_staff_active(viewer, request.path_params["pk"], form.get("active") == "1")
        except DomainError as error:
            flash_refusal(request, error)
        else:
            announce(request, f"{user.login_id} を{'有効' if user.is_active else '無効'}にしました。")
        return self.to_details(request, request.path_params["pk"])

    @expose("/password/{pk:int}", methods=["POST"])
    async def reset_password(self, request: Request) -> Response:
        viewer = mlit_viewer(request)
        form = await checked_form(request)
        try:
            await administration.reset_staff_password(viewer, request.path_params["pk"], str(form.get("password", "")))
        except DomainError as error:
            flash_refusal(request, error)
        else:
            announce(request, "パスワードを再設定しました。この職員のログイン中のセッションは終了しました。")
        return self.to_details(request, request.path_params["pk"])


class LoginLockAdmin(ShuroView, model=LoginLock):
    name = "ログインロック"
    name_plural = "ログインロック"
    icon = "fa-solid fa-lock"
    column_list = ["key_kind", "key", "locked_until", "created_at"]
    column_details_list = column_list
    column_export_list = column_list
    column_searchable_list = ["key"]
    column_sortable_list = ["locked_until", "created_at"]
    column_default_sort = [("locked_until", True)]
    datetime_columns = ("locked_until", "created_at")
    column_formatters: ClassVar[dict[str, Any]] = {"key_kind": label(LoginKeyKind)}
    column_labels: ClassVar[dict[str, str]] = {"key_kind": "種別", "key": "ログインID／接続元", "locked_until": "ロック解除日時", "created_at": "作成日時"}

    def scope(self, viewer: Viewer | None) -> list[sa.ColumnElement[bool]]:
        return [] if is_mlit(viewer) else [sa.false()]
