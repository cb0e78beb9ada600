"""Holding a case (#26): the 担当する / 担当を外す form every review page shows, one handler for all kinds.
The rules are the domain's (`review.assignments`); this only shows and posts them."""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from admin.auth import current_viewer
from admin.views.base import announce, checked_form, flash_refusal
from app.domain.errors import DomainError
from app.domain.review.assignments import REVIEWERS, release_case, take_case, waiting_cases
from app.domain.viewer import Viewer
from app.models import CaseAssignment
from app.models.enums import CaseKind


async def case_context(viewer: Viewer, kind: CaseKind, record_id: int, take_url: str) -> dict[str, Any]:
    """What the holder form shows: nothing unless the case waits for a decision by a reviewer."""
    waiting = viewer.role in REVIEWERS and await waiting_cases(viewer, kind).filter(id=record_id).exists()
    if not waiting:
        return {"waiting": False}
    held = await CaseAssignment.get_or_none(kind=kind, record_id=record_id).prefetch_related("staff")
    holder = (held.staff.display_name or held.staff.login_id) if held else ""
    return {"waiting": True, "holder": holder, "mine": held is not None and held.staff_id == viewer.staff_id, "url": take_url}


async def take_or_release(request: Request, kind: CaseKind, record_id: int, back: str) -> Response:
    viewer = current_viewer(request)
    form = await checked_form(request)
    if viewer is None:
        raise HTTPException(status_code=403)
    try:
        if form.get("release"):
            await release_case(viewer, kind, record_id)
            announce(request, "この案件の担当を外しました。")
        else:
            await take_case(viewer, kind, record_id)
            announce(request, "この案件を担当します。")
    except DomainError as error:
        flash_refusal(request, error)
    return RedirectResponse(back, status_code=303)

