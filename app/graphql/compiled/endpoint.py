"""The compiled reads in front of the GraphQL endpoint: a POSTed JSON query the compiler covers,
from a live session, outside a maintenance stop, is answered by one SQL statement whose text is the
response body; every other request (and every one that would end in an error) goes to strawberry."""

from __future__ import annotations

import json
import logging
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from app.graphql.compiled.operation import Compiler
from app.graphql.core.error_policy import bad_text_path
from app.graphql.core.maintenance_gate import stopped_now
from app.http.bearer import bearer_token
from app.infra.settings import Settings
from app.models import Plan

log = logging.getLogger(__name__)


def _request_parts(body: bytes) -> tuple[str, str | None, dict[str, Any] | None] | None:
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(payload, dict):
        return None
    query, name, variables = payload.get("query"), payload.get("operationName"), payload.get("variables")
    if not isinstance(query, str) or not isinstance(name, (str, type(None))) or not isinstance(variables, (dict, type(None))):
        return None
    return query, name, variables


async def compiled_response(compiler: Compiler, settings: Settings, request: Request, body: bytes) -> Response | None:
    parts = _request_parts(body)
    if parts is None:
        return None
    query, operation_name, variables = parts
    compiled = compiler.compiled(query, operation_name)
    if compiled is None:
        return None
    if any(bad_text_path(value, name) is not None for name, value in (variables or {}).items()):
        return None
    token = bearer_token(request)
    found = await compiler.viewers.viewer(token) if token else None
    if found is None or await stopped_now(settings.maintenance):
        return None
    viewer, token_hash = found
    try:
        text = await compiler.answer(compiled, variables, viewer, token_hash, Plan._meta.db)
    except Exception:  # graphql-core answers instead, and the log says why
        log.exception("compiled read failed; answered by graphql-core")
        return None
    if text is None:
        compiler.viewers.forget(token_hash)  # the session ended or changed: resolved afresh next time
        return None
    return Response(text, media_type="application/json")
