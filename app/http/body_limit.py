"""Refuses request bodies over the cap with HTTP 413 as they stream in (DESIGN.md: strawberry
parses the whole multipart body before any resolver runs)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.http.errors import graphql_error_body

MAX_BODY_BYTES = 11 * 1024 * 1024  # multipart: one 10 MB file and its form
# A JSON body holds a document and its variables only: the largest real one (a plan of 200 workers)
# is about 150 KB. Larger ones are refused before anything parses them (#24.2).
MAX_JSON_BYTES = 2 * 1024 * 1024
DRAIN_LIMIT = 64 * 1024 * 1024  # past this, the connection is closed without reading further


class BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES, max_json_bytes: int = MAX_JSON_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_json_bytes = max_json_bytes

    async def _drain(self, receive: Receive) -> None:
        """Read the rest of the body before answering: a client that is still sending when the
        connection closes (Node's fetch) sees a reset instead of our 413."""
        drained = 0
        while drained <= DRAIN_LIMIT:
            message = await receive()
            if message["type"] != "http.request":
                return
            drained += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def _refuse(self, send: Send, json_body: bool) -> None:
        message = "要求が大きすぎます（JSON の本文は2MBまで）。" if json_body else "要求が大きすぎます（上限11MB、1ファイル10MB）。"
        body = graphql_error_body("PAYLOAD_TOO_LARGE", message)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        json_body = headers.get(b"content-type", b"").split(b";")[0].strip().lower() == b"application/json"
        limit = self.max_json_bytes if json_body else self.max_bytes
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            if int(length) <= DRAIN_LIMIT:
                await self._drain(receive)
            await self._refuse(send, json_body)
            return
        received = 0
        started = False
        complete = False

        async def counting_receive() -> Message:
            nonlocal received, complete
            message = await receive()
            if message["type"] == "http.request":
                complete = not message.get("more_body", False)
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                if not complete:
                    await self._drain(receive)
                await self._refuse(send, json_body)
