"""HTTP error answers as GraphQL response bodies (CONTRACT.md: every 400, 405, 413 and 503 has one,
never plain text), in Japanese."""

from __future__ import annotations

import json

from starlette.responses import Response

MEDIA_TYPE = "application/json; charset=utf-8"

_BY_REASON = {
    "Unable to parse request body as JSON": ("BAD_REQUEST", "要求の本文を JSON（UTF-8）として読めません。"),
    "The request body must be a JSON object": ("BAD_REQUEST", "要求の本文は JSON のオブジェクト（{\"query\": …}）にしてください。"),
    "No GraphQL query found in the request": ("BAD_REQUEST", "要求に GraphQL の query がありません。"),
    "Unsupported content type": ("BAD_REQUEST", "Content-Type は application/json か multipart/form-data にしてください。"),
    "Unable to parse the multipart body": ("BAD_REQUEST", "multipart の本文を読めません。"),
    "File(s) missing in form data": ("BAD_REQUEST", "map で指定されたファイルが本文にありません。"),
}
_BY_STATUS = {
    400: ("BAD_REQUEST", "要求の形式が正しくありません。"),
    404: ("NOT_FOUND", "見つかりません。"),
    405: ("METHOD_NOT_ALLOWED", "この方法（HTTP メソッド）では受け付けていません。"),
    413: ("PAYLOAD_TOO_LARGE", "要求が大きすぎます（上限11MB、1ファイル10MB）。"),
}


def http_error_message(status: int, reason: str) -> tuple[str, str]:
    """(code, Japanese message) for an error strawberry raised with an English reason."""
    if reason.startswith("Can't provide a query over GET") or "mutations are not allowed" in reason.lower():
        return "METHOD_NOT_ALLOWED", "ミューテーションは POST で送ってください。"
    return _BY_REASON.get(reason) or _BY_STATUS.get(status, ("BAD_REQUEST", "要求を処理できません。"))


def graphql_error_body(code: str, message: str) -> bytes:
    return json.dumps({"data": None, "errors": [{"message": message, "extensions": {"code": code}}]}, ensure_ascii=False).encode()


def graphql_error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(graphql_error_body(code, message), status_code=status, media_type=MEDIA_TYPE, headers=headers)
