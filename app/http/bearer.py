"""The bearer token of a request (GraphQL and the CSV exports authenticate alike)."""

from __future__ import annotations

from starlette.requests import Request


def bearer_token(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
