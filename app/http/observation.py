"""Each request's id and measurements (#29): an `X-Request-Id` (the client's, when it is a sane one,
else a new one) in the response and on every log line written for it; counts and latencies by GraphQL
operation name and by admin page for `/metrics`."""

from __future__ import annotations

import re
import time
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.infra.logs import REQUEST_ID
from app.infra.metrics import LATENCY, REQUESTS, bounded

_SANE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_NUMBER = re.compile(r"/\d+(?=/|$)")
GRAPHQL_OPERATION = "graphql_operation"  # set on the request's state by the GraphQL endpoint


def request_id_of(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            text = value.decode("latin-1")
            if _SANE_ID.match(text):
                return text
    return uuid.uuid4().hex[:16]


def kind_and_name(scope: Scope) -> tuple[str, str]:
    path: str = scope.get("path", "")
    if path == "/graphql":
        return "graphql", str(scope.get("state", {}).get(GRAPHQL_OPERATION, "anonymous"))
    if path.startswith("/admin"):
        page = _NUMBER.sub("/id", path[len("/admin"):]).strip("/").replace("/", ".") or "home"
        return "admin", bounded("admin", page)
    first = path.strip("/").split("/", 1)[0]
    return ("files", "attachment") if first == "files" else ("other", bounded("other", first or "root"))


class ObservationMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_of(scope)
        token = REQUEST_ID.set(request_id)
        scope.setdefault("state", {})  # shared with the endpoints' `request.state`
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            kind, name = kind_and_name(scope)
            REQUESTS.labels(kind=kind, name=name, status=str(status)).inc()
            LATENCY.labels(kind=kind, name=name).observe(time.perf_counter() - started)
            REQUEST_ID.reset(token)
