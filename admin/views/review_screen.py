"""The review form shared by the change application and 再雇用申請 pages: the comment, the version the
reviewer saw, CSRF, and the refusal shown on the same form with nothing changed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqladmin.flash import FlashLevel
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from admin.views.base import ShuroView, announce, checked_form
from admin.views.queue import back_to
from app.domain.errors import DomainError
from app.domain.review.phrases import phrases_for
from app.domain.review.transitions import COMMENT_MAX

# What each decision does, as its buttons say it (#26: 「計画取消申請を却下する（次の案件へ）」, not
# 「計画取消申請の却下して次の案件へ」), and which cannot be undone (red, and confirmed first).
VERBS = {"accept": "受理する", "remand": "差し戻す", "certify": "認定する", "reject": "不認定にする", "revoke": "認定を取り消す",
         "approve-cancellation": "計画取消を承認する", "decline-cancellation": "計画取消申請を却下する"}
IRREVERSIBLE = frozenset({"reject", "revoke", "approve-cancellation"})
CAUTIOUS = frozenset({"remand", "decline-cancellation"})


async def decision_words(slug: str) -> dict[str, Any]:
    """The review form's buttons for this decision, and the 定型文 it offers (#26)."""
    return {"verb": VERBS[slug], "irreversible": slug in IRREVERSIBLE, "danger": slug in IRREVERSIBLE | CAUTIOUS,
            "phrases": [row.text for row in await phrases_for(slug)]}


@dataclass(frozen=True)
class ReviewTarget:
    subject: str  # 変更申請（申請番号 商号）
    version: int
    status_label: str
    decidable: bool = True  # the decision is possible from the record's state now
    summary: tuple[tuple[str, str], ...] = ()  # what the form shows beside the comment


async def review_screen(view: ShuroView, request: Request, transition: Any, slug: str, target: ReviewTarget, details_url: str,
                        decide: Callable[[str, int | None], Awaitable[Response]],
                        reread: Callable[[], Awaitable[ReviewTarget]]) -> Response:
    """GET shows the form; POST calls `decide` (the domain's move) and answers its redirect, or the
    form again with the refusal and the record as it is now."""
    label = transition.action.label

    async def page(shown: ReviewTarget, comment: str = "", errors: list[str] | None = None, status_code: int = 200) -> Response:
        return await view.page(
            request, "shuro/review_form.html", f"{label}：{shown.subject}", status_code, subject=shown.subject, version=shown.version,
            slug=slug, action_label=label, status_label=shown.status_label, comment=comment, errors=errors or [],
            comment_required=transition.comment_required, comment_internal=transition.comment_internal, comment_max=COMMENT_MAX,
            back=back_to(request), details_url=details_url, summary=shown.summary, **await decision_words(slug),
        )

    if request.method == "GET":
        if not target.decidable:  # Back to a decided case: the case as it is now, no live form (#26 item 7)
            announce(request, f"{target.subject}は「{target.status_label}」です。この決定は今はできません。", FlashLevel.info)
            return RedirectResponse(details_url, status_code=303)
        return await page(target)
    form = await checked_form(request)
    comment = str(form.get("comment", ""))
    version = str(form.get("version", ""))
    try:
        return await decide(comment, int(version) if version.isdigit() else None)
    except DomainError as error:
        return await page(await reread(), comment, [p.message for p in error.problems], 400)
