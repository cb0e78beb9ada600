"""Attachment files over HTTP (#29): `GET /files/attachments/{id}` with the `Authorization: Bearer`
token answers the file under the visibility of its plan, streamed from whichever store holds it and
checked against its SHA-256 on the way. The admin panel's download answers through `file_response` too.

DESIGN.md rule 8: `X-Content-Type-Options: nosniff`; PDF and images, whose type was checked by content
at upload, open in the browser (`inline`, under `Content-Security-Policy: sandbox`), other files download.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from app.domain.accounts.sessions import resolve_session
from app.domain.audit import attachment_for_download
from app.domain.errors import DomainError
from app.domain.plans.file_types import GIF, JPEG, PDF, PNG
from app.domain.storage import CorruptFile, FileStore, StorageError, verified
from app.graphql.core.ids import decode_id, encode_id
from app.http.bearer import bearer_token
from app.http.errors import graphql_error_response
from app.infra.metrics import STORAGE_ERRORS
from app.models import Attachment
from app.models.enums import SessionChannel

log = logging.getLogger(__name__)

PATH_PREFIX = "/files/attachments/"
SHOWN_INLINE = frozenset({PDF, JPEG, PNG, GIF})


def attachment_path(attachment_id: int) -> str:
    return f"{PATH_PREFIX}{encode_id('Attachment', attachment_id)}"


def not_found() -> Response:
    return graphql_error_response(404, "NOT_FOUND", "指定された添付書類はありません。")


def _count_if_corrupt(error: StorageError) -> None:
    if isinstance(error, CorruptFile):
        STORAGE_ERRORS.labels(operation="verify").inc()


async def file_response(storage: FileStore, attachment: Attachment) -> Response:
    """The stored file, streamed (never whole in memory); 503 when the store cannot give it."""
    chunks = verified(storage.open(attachment.storage_key), attachment.sha256)
    try:
        first = await anext(chunks, b"")
    except StorageError as error:  # the store counted its own failure; a changed file is counted here
        _count_if_corrupt(error)
        log.error("attachment %s: %s", attachment.id, error)
        return graphql_error_response(503, "FILE_UNAVAILABLE", "ファイルを読み出せません。時間をおいてもう一度お試しください。続く場合は管理者に連絡してください。")

    async def body() -> AsyncIterator[bytes]:
        yield first
        try:
            async for chunk in chunks:
                yield chunk
        except StorageError as error:  # the transfer breaks: the client never gets a whole wrong file
            _count_if_corrupt(error)
            log.error("attachment %s: %s", attachment.id, error)
            raise

    shown = attachment.content_type in SHOWN_INLINE
    disposition = "inline" if shown else "attachment"
    headers = {
        "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(attachment.file_name)}",
        "Content-Length": str(attachment.size),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
        "Content-Security-Policy": "sandbox",
    }
    return StreamingResponse(body(), media_type=attachment.content_type, headers=headers)


async def attachment_file(request: Request) -> Response:
    viewer = await resolve_session(bearer_token(request), SessionChannel.API)
    attachment_id = decode_id("Attachment", request.path_params["attachment"])
    if viewer is None or attachment_id is None:
        return not_found()
    try:
        attachment = await attachment_for_download(viewer, attachment_id)
    except DomainError:
        return not_found()  # another's file, or an analyst: as if it did not exist
    return await file_response(request.app.state.storage, attachment)
