"""定型文 (#26): the phrases the review forms offer, kept by MLIT on one page (add, remove)."""

from __future__ import annotations

from typing import Any, ClassVar

from sqladmin import expose
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from admin.auth import csrf_token, current_viewer
from admin.tables import mapped
from admin.views.base import ShuroView, announce, checked_form, flash_refusal, is_mlit, jst
from app.domain.errors import DomainError
from app.domain.review import phrases

ReviewPhrase: Any = mapped["ReviewPhrase"]


class ReviewPhraseAdmin(ShuroView, model=ReviewPhrase):
    name = "定型文"
    name_plural = "定型文"
    icon = "fa-solid fa-quote-left"
    list_template = "shuro/phrase_list.html"
    column_list = ["decision", "text", "created_at"]
    column_details_list = column_list
    column_export_list = column_list
    column_searchable_list = ["text"]
    column_sortable_list = ["decision", "created_at"]
    datetime_columns = ("created_at",)
    column_formatters: ClassVar[dict[str, Any]] = {
        "decision": lambda m, a: phrases.DECISIONS.get(m.decision or "", m.decision), "created_at": lambda m, a: jst(m.created_at),
    }
    column_labels: ClassVar[dict[str, str]] = {"decision": "決定", "text": "定型文", "created_at": "登録日時"}

    async def list_context(self, request: Request) -> dict[str, Any]:
        return {"csrf": csrf_token(request), "is_mlit": is_mlit(current_viewer(request)), "decisions": list(phrases.DECISIONS.items())}

    @expose("/add", methods=["POST"])
    async def add(self, request: Request) -> Response:
        viewer = current_viewer(request)
        form = await checked_form(request)
        if viewer is None:
            raise HTTPException(status_code=403)
        try:
            await phrases.add_phrase(viewer, str(form.get("decision", "")), str(form.get("text", "")))
        except DomainError as error:
            flash_refusal(request, error)
        else:
            announce(request, "定型文を登録しました。")
        return self.to_list(request)

    @expose("/remove/{pk:int}", methods=["POST"])
    async def remove(self, request: Request) -> Response:
        viewer = current_viewer(request)
        await checked_form(request)
        if viewer is None:
            raise HTTPException(status_code=403)
        try:
            await phrases.remove_phrase(viewer, request.path_params["pk"])
        except DomainError as error:
            flash_refusal(request, error)
        else:
            announce(request, "定型文を削除しました。")
        return self.to_list(request)
