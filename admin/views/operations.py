"""Operations in the admin panel: announcements (連絡事項), the mail outbox, and the records of
account administration and exports."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from markupsafe import Markup
from sqladmin import expose
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from admin.auth import csrf_token, current_viewer
from admin.tables import mapped
from admin.views.base import ShuroView, announce, checked_form, enum_filter, flash_refusal, is_mlit, label, mlit_viewer, staff_name
from app.domain.clock import JST, to_jst
from app.domain.errors import DomainError
from app.domain.notices import announcements
from app.domain.viewer import Viewer
from app.models import Announcement as AnnouncementModel
from app.models.enums import AccountAction, ExportChannel, MailKind, MailState, Role

Announcement: Any = mapped["Announcement"]
OutboxMail: Any = mapped["OutboxMail"]
AccountEvent: Any = mapped["AccountEvent"]
ExportRecord: Any = mapped["ExportRecord"]


def _mlit_only(viewer: Viewer | None) -> list[sa.ColumnElement[bool]]:
    return [] if is_mlit(viewer) else [sa.false()]


def _local(text: str) -> datetime | None:
    """A `datetime-local` form value, read as Japan time."""
    return datetime.fromisoformat(text).replace(tzinfo=JST) if text else None


def _form_value(moment: datetime | None) -> str:
    return to_jst(moment).strftime("%Y-%m-%dT%H:%M") if moment else ""


class AnnouncementAdmin(ShuroView, model=Announcement):
    name = "連絡事項"
    name_plural = "連絡事項"
    icon = "fa-solid fa-bullhorn"
    list_template = "shuro/announcement_list.html"
    details_template = "shuro/announcement_details.html"
    column_list = ["title", "starts_at", "ends_at", "stops_service", "ended_at"]
    column_details_list = ["title", "body", "starts_at", "ends_at", "stops_service", "ended_at", "created_at"]
    column_export_list = column_list
    column_searchable_list = ["title"]
    column_sortable_list = ["starts_at", "ends_at"]
    column_default_sort = [("starts_at", True)]
    datetime_columns = ("starts_at", "ends_at", "ended_at", "created_at")
    column_labels: ClassVar[dict[str, str]] = {
        "id": "ID", "title": "件名", "body": "本文", "starts_at": "掲載開始", "ends_at": "掲載終了（停止終了）",
        "stops_service": "サービス停止", "ended_at": "掲載取りやめ日時", "created_at": "作成日時",
    }

    async def list_context(self, request: Request) -> dict[str, Any]:
        return {"csrf": csrf_token(request), "is_mlit": is_mlit(current_viewer(request))}

    async def details_context(self, request: Request) -> dict[str, Any]:
        return await self.list_context(request)

    async def _form_page(self, request: Request, errors: list[str], values: dict[str, str], status_code: int = 200) -> Response:
        title = "連絡事項の編集" if values.get("id") else "連絡事項の掲載"
        return await self.page(request, "shuro/announcement_new.html", title, status_code, errors=errors, values=values)

    async def _save(self, request: Request, announcement_id: int | None) -> Response:
        """The publish and edit forms: GET shows the form, POST saves through the domain."""
        viewer = mlit_viewer(request)
        if request.method == "GET":
            values: dict[str, str] = {}
            if announcement_id is not None:
                row = await AnnouncementModel.get_or_none(id=announcement_id, ended_at__isnull=True)
                if row is None:
                    raise HTTPException(status_code=404)
                values = {"id": str(row.id), "title": row.title, "body": row.body, "starts_at": _form_value(row.starts_at),
                          "ends_at": _form_value(row.ends_at), "stops_service": "1" if row.stops_service else ""}
            return await self._form_page(request, [], values)
        form = await checked_form(request)
        values = {k: str(form.get(k, "")) for k in ("title", "body", "starts_at", "ends_at", "stops_service")}
        values["id"] = str(announcement_id or "")
        try:
            starts_at, ends_at = _local(values["starts_at"]), _local(values["ends_at"])
        except ValueError:
            return await self._form_page(request, ["日時の形式が正しくありません。"], values, 400)
        if starts_at is None:
            return await self._form_page(request, ["掲載開始日時を入力してください。"], values, 400)
        fields = (values["title"], values["body"], starts_at, ends_at, values["stops_service"] == "1")
        try:
            if announcement_id is None:
                item = await announcements.publish_announcement(viewer, *fields)
            else:
                item = await announcements.edit_announcement(viewer, announcement_id, *fields)
        except DomainError as error:
            return await self._form_page(request, [p.message for p in error.problems], values, 400)
        announce(request, f"連絡事項「{item.title}」を{'掲載' if announcement_id is None else '更新'}しました。")
        return self.to_list(request)

    @expose("/new", methods=["GET", "POST"])
    async def new(self, request: Request) -> Response:
        return await self._save(request, None)

    @expose("/edit-form/{pk:int}", methods=["GET", "POST"])
    async def edit_form(self, request: Request) -> Response:
        return await self._save(request, request.path_params["pk"])

    @expose("/end/{pk:int}", methods=["POST"])
    async def end(self, request: Request) -> Response:
        viewer = mlit_viewer(request)
        await checked_form(request)
        try:
            await announcements.end_announcement(viewer, request.path_params["pk"])
        except DomainError as error:
            flash_refusal(request, error)
        else:
            announce(request, "掲載を取りやめました。")
        return self.to_list(request)


def _mail_body(model: Any, attribute: str) -> Any:
    if model.carries_credential:
        return "（認証情報を含むため表示しません）"
    return Markup('<div style="white-space: pre-wrap">{}</div>').format(model.body or "")  # keeps the mail's line breaks


class OutboxMailAdmin(ShuroView, model=OutboxMail):
    name = "送信メール"
    name_plural = "送信メール"
    icon = "fa-solid fa-envelope"
    column_list = ["to_address", "subject", "kind", "state", "attempts", "last_error", "created_at", "sent_at"]
    column_details_list = ["to_address", "subject", "kind", "state", "attempts", "last_error", "next_attempt_at", "created_at", "sent_at", "body"]
    column_export_list = column_list
    column_searchable_list = ["to_address", "subject"]
    column_filters: ClassVar[list[Any]] = [enum_filter(OutboxMail.state, MailState, "送信状態"), enum_filter(OutboxMail.kind, MailKind, "種類")]
    column_sortable_list = ["created_at", "state"]
    column_default_sort = [("id", True)]
    datetime_columns = ("created_at", "sent_at", "next_attempt_at")
    column_formatters: ClassVar[dict[str, Any]] = {"kind": label(MailKind), "state": label(MailState), "body": _mail_body}
    column_labels: ClassVar[dict[str, str]] = {
        "id": "ID", "to_address": "宛先", "subject": "件名", "kind": "種類", "state": "送信状態", "attempts": "送信試行回数",
        "last_error": "最後のエラー", "next_attempt_at": "次回送信予定", "created_at": "作成日時", "sent_at": "送信日時", "body": "本文",
    }
    scope = staticmethod(_mlit_only)  # type: ignore[assignment]


class AccountEventAdmin(ShuroView, model=AccountEvent):
    name = "アカウント操作記録"
    name_plural = "アカウント操作記録"
    icon = "fa-solid fa-user-shield"
    column_list = ["at", "action", "actor", "company", "staff", "note"]
    column_details_list = column_list
    column_export_list = column_list
    column_sortable_list = ["at"]
    column_default_sort = [("at", True)]
    datetime_columns = ("at",)
    column_formatters: ClassVar[dict[str, Any]] = {
        "action": label(AccountAction), "actor": lambda m, a: staff_name(m.actor), "staff": lambda m, a: staff_name(m.staff),
        "company": lambda m, a: f"{m.company.company_name}（{m.company.login_id}）" if m.company is not None else "",
    }
    column_labels: ClassVar[dict[str, str]] = {"at": "日時", "action": "操作", "actor": "操作した職員", "company": "事業者", "staff": "対象の職員", "note": "理由"}
    scope = staticmethod(_mlit_only)  # type: ignore[assignment]


# What an export record's target names, in Japanese: the admin lists and the API's CSV routes.
EXPORT_TARGETS = {
    "plan": "受入計画", "change-application": "変更申請", "worker": "特定技能外国人", "attachment": "添付書類", "plan-event": "申請履歴",
    "company-account": "事業者アカウント", "announcement": "連絡事項", "outbox-mail": "送信メール", "login-lock": "ログインロック",
    "staff-user": "職員アカウント", "account-event": "アカウント操作記録", "export-record": "データ出力記録",
    "plans": "受入計画（API）", "workers": "特定技能外国人（API）",
}


class ExportRecordAdmin(ShuroView, model=ExportRecord):
    name = "データ出力記録"
    name_plural = "データ出力記録"
    icon = "fa-solid fa-file-export"
    column_list = ["at", "staff", "actor_role", "channel", "target", "filter_description", "row_count"]
    column_details_list = column_list
    column_export_list = column_list
    column_sortable_list = ["at"]
    column_default_sort = [("at", True)]
    datetime_columns = ("at",)
    column_formatters: ClassVar[dict[str, Any]] = {
        "actor_role": label(Role), "channel": label(ExportChannel), "staff": lambda m, a: staff_name(m.staff),
        "target": lambda m, a: EXPORT_TARGETS.get(m.target, m.target),
    }
    column_labels: ClassVar[dict[str, str]] = {
        "at": "日時", "staff": "職員", "actor_role": "役割", "channel": "経路", "target": "対象", "filter_description": "条件", "row_count": "件数",
    }
    scope = staticmethod(_mlit_only)  # type: ignore[assignment]
