"""Response headers that keep the admin panel out of frames, caches and injected scripts, and the
canonical origin every redirect and link is built from (SHURO_BASE_URL, never the request's Host)."""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ADMIN_PREFIX = "/admin"
HSTS = "max-age=31536000; includeSubDomains"


def admin_policy(nonce: str) -> str:
    """Scripts only from the panel itself or carrying this response's nonce (no inline handlers)."""
    return (
        f"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
        "form-action 'self'; base-uri 'self'; object-src 'none'"
    )


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, base_url: str, production: bool) -> None:
        self.app = app
        parts = urlsplit(base_url)
        self.scheme = parts.scheme or "http"
        self.host = parts.netloc.encode("latin-1")
        self.production = production

    def _canonical(self, scope: Scope) -> Scope:
        headers = [(name, value) for name, value in scope.get("headers", []) if name != b"host"]
        host, _, port = self.host.decode("latin-1").partition(":")
        default_port = 443 if self.scheme == "https" else 80
        return {**scope, "scheme": self.scheme, "headers": [(b"host", self.host), *headers],
                "server": (host, int(port) if port else default_port)}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope = self._canonical(scope)
        path: str = scope.get("path", "")
        admin_page = path == ADMIN_PREFIX or (path.startswith(ADMIN_PREFIX + "/") and not path.startswith(ADMIN_PREFIX + "/statics/"))
        extra: list[tuple[bytes, bytes]] = []
        if self.production:
            extra.append((b"strict-transport-security", HSTS.encode()))
        if path.startswith(ADMIN_PREFIX):
            nonce = secrets.token_urlsafe(16)
            scope.setdefault("state", {})["csp_nonce"] = nonce
            extra += [(b"x-frame-options", b"DENY"), (b"content-security-policy", admin_policy(nonce).encode()),
                      (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")]
            if admin_page:
                extra.append((b"cache-control", b"no-store"))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start" and extra:
                own = {name.lower() for name, _ in message.get("headers", [])}
                # A response with a policy of its own keeps it (a stored file: `sandbox`, DESIGN.md rule 8).
                added = [(n, v) for n, v in extra if not (n == b"content-security-policy" and n in own)]
                names = {name for name, _ in added}
                kept = [(n, v) for n, v in message.get("headers", []) if n.lower() not in names]
                message = {**message, "headers": [*kept, *added]}
            await send(message)

        await self.app(scope, receive, with_headers)
