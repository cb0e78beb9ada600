"""Printable documents over HTTP (G1, CONTRACT.md `documents`): `GET` the `url` of a
`PrintableDocument` with the `Authorization: Bearer` token of `login`; a PDF under the visibility of
`plan(id)`, or 404 with a GraphQL-style body. The admin panel answers its staff with the same PDF."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response

from app.domain.accounts.sessions import resolve_session
from app.domain.errors import DomainError
from app.domain.plans.documents import printable_document
from app.domain.viewer import Viewer
from app.graphql.core.ids import decode_id, encode_id
from app.http.bearer import bearer_token
from app.http.errors import graphql_error_response
from app.infra.pdf import FontMissing, render
from app.models.enums import DocumentKind, SessionChannel

FILE_NAMES = {DocumentKind.CERTIFICATE: "certificate.pdf", DocumentKind.APPLICATION_COPY: "application-copy.pdf"}
KIND_OF_FILE = {name: kind for kind, name in FILE_NAMES.items()}


def document_path(plan_id: int, kind: DocumentKind, change_id: int | None = None) -> str:
    """The document's URL path, with the ids as clients know them."""
    base = f"/documents/plans/{encode_id('Plan', plan_id)}"
    if kind is DocumentKind.CHANGE_CERTIFICATE:
        return f"{base}/changes/{encode_id('ChangeApplication', change_id or 0)}/certificate.pdf"
    return f"{base}/{FILE_NAMES[kind]}"


async def pdf_response(viewer: Viewer | None, plan_id: int, kind: DocumentKind, change_id: int | None = None) -> Response:
    """The document as the viewer may read it, shown in the browser; 404 for anything it may not see."""
    try:
        document = await printable_document(viewer, plan_id, kind, change_id)
        pdf = await asyncio.to_thread(render, document)  # drawing 200 workers takes a few tenths of a second
    except DomainError:
        return graphql_error_response(404, "NOT_FOUND", "指定された書類はありません。")
    except FontMissing:
        return graphql_error_response(503, "UNAVAILABLE", "書類を作成できません（日本語フォントがありません）。管理者に連絡してください。")
    name = f"{kind.label}.pdf"
    return Response(pdf, media_type="application/pdf", headers={
        "Content-Disposition": f"inline; filename=\"{FILE_NAMES.get(kind, 'document.pdf')}\"; filename*=UTF-8''{quote(name)}",
        "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", "Content-Security-Policy": "sandbox"})


async def plan_document(request: Request) -> Response:
    viewer = await resolve_session(bearer_token(request), SessionChannel.API)
    kind = KIND_OF_FILE.get(request.path_params["name"])
    plan_id = decode_id("Plan", request.path_params["plan"])
    if kind is None or plan_id is None:
        return graphql_error_response(404, "NOT_FOUND", "指定された書類はありません。")
    return await pdf_response(viewer, plan_id, kind)


async def change_document(request: Request) -> Response:
    viewer = await resolve_session(bearer_token(request), SessionChannel.API)
    plan_id = decode_id("Plan", request.path_params["plan"])
    change_id = decode_id("ChangeApplication", request.path_params["change"])
    if plan_id is None or change_id is None:
        return graphql_error_response(404, "NOT_FOUND", "指定された書類はありません。")
    return await pdf_response(viewer, plan_id, DocumentKind.CHANGE_CERTIFICATE, change_id)
