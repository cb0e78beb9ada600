"""定型文 (#26): MLIT keeps phrases for the reviewers' comments, each for one decision or for any; a
phrase fills the comment, which stays editable."""

from __future__ import annotations

from app.domain import clock
from app.domain.errors import DomainError, ErrorCode
from app.domain.review.transitions import COMMENT_MAX
from app.domain.text import char_count, normalize_text
from app.domain.viewer import Viewer
from app.models import ReviewPhrase
from app.models.enums import Role

# The decisions a phrase may be kept for (the review forms' slugs) and how people call them.
DECISIONS = {"": "すべての決定", "accept": "受理", "remand": "差戻し", "certify": "認定", "reject": "不認定", "revoke": "認定取消",
             "approve-cancellation": "計画取消承認", "decline-cancellation": "計画取消申請の却下"}


def _mlit(viewer: Viewer) -> None:
    if viewer.role is not Role.MLIT_STAFF:
        raise DomainError(None, ErrorCode.FORBIDDEN, "定型文は国土交通省の職員が管理します。")


async def add_phrase(viewer: Viewer, decision: str, text: str) -> ReviewPhrase:
    _mlit(viewer)
    if decision not in DECISIONS:
        raise DomainError("decision", ErrorCode.INVALID, "決定の種類を選んでください。")
    text = normalize_text(text or "").strip()
    if not text:
        raise DomainError("text", ErrorCode.REQUIRED, "定型文を入力してください。")
    if char_count(text) > COMMENT_MAX:
        raise DomainError("text", ErrorCode.TOO_LONG, f"定型文は{COMMENT_MAX}文字以内で入力してください。")
    return await ReviewPhrase.create(decision=decision, text=text, created_by_id=viewer.staff_id, created_at=clock.now())


async def remove_phrase(viewer: Viewer, phrase_id: int) -> None:
    _mlit(viewer)
    if not await ReviewPhrase.filter(id=phrase_id).delete():
        raise DomainError(None, ErrorCode.NOT_FOUND, "指定された定型文はありません。")


async def phrases_for(decision: str) -> list[ReviewPhrase]:
    """The phrases a review form offers: those for this decision, then those for any."""
    rows = await ReviewPhrase.filter(decision__in=[decision, ""]).order_by("id")
    return sorted(rows, key=lambda row: row.decision == "")
