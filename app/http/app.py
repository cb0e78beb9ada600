"""The Starlette application: lifespan (database, migrations), /health, /graphql and /admin."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from cross_web import HTTPException as GraphQLHTTPException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send
from strawberry.asgi import GraphQL
from tortoise import connections
from tortoise.contrib.starlette import RegisterTortoise

from app.domain.accounts.passwords import configure_hashing
from app.domain.accounts.sessions import resolve_session
from app.domain.notices.service_status import forget_announced_stops
from app.domain.plans.tally import REFRESH_INTERVAL_SECONDS as TALLY_REFRESH_INTERVAL
from app.domain.plans.tally import refresh_tally
from app.domain.reports.reminders import INTERVAL_SECONDS as REMINDER_INTERVAL
from app.domain.reports.reminders import queue_report_reminders
from app.graphql.compiled.endpoint import compiled_response
from app.graphql.compiled.operation import Compiler
from app.graphql.core.context import Context
from app.graphql.schema import MAX_TOKENS, build_schema, validation_rules
from app.http.bearer import bearer_token
from app.http.body_limit import BodyLimitMiddleware
from app.http.client_address import client_address
from app.http.documents import change_document, plan_document
from app.http.errors import graphql_error_response, http_error_message
from app.http.exports import export_csv
from app.http.security_headers import SecurityHeadersMiddleware
from app.http.uploads import install as read_extended_file_names
from app.infra.database import apply_migrations, tortoise_config
from app.infra.periodic import run_periodically
from app.infra.settings import Settings, load_settings
from app.infra.smtp_sender import run_outbox_sender
from app.models.enums import SessionChannel

log = logging.getLogger(__name__)

GRAPHIQL = Path(__file__).resolve().parent / "static" / "graphiql"
# What browser clients send to /graphql (Apollo adds the preflight and operation name headers).
CORS_HEADERS = ["authorization", "content-type", "accept", "apollo-require-preflight", "x-apollo-operation-name", "apollographql-client-name"]


class ShuroGraphQL(GraphQL):
    """Token-based GraphQL endpoint (no cookies: multipart requests carry no CSRF protection)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(
            build_schema(production=settings.is_production),
            graphql_ide=None if settings.is_production else "graphiql",
            allow_queries_via_get=True,  # queries only: mutations over GET are refused
            multipart_uploads_enabled=True,
        )
        self.settings = settings
        self.compiler = Compiler(self.schema, validation_rules(settings.is_production), MAX_TOKENS,
                                 log_fallbacks=not settings.is_production) if settings.compiled_reads else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """As strawberry's, but every HTTP error answers a GraphQL response body, never plain text,
        and the reads the compiler covers are answered by one SQL statement (issue #16)."""
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        if self.compiler is not None and scope["method"] == "POST" and request.headers.get("content-type", "").startswith("application/json"):
            compiled = await compiled_response(self.compiler, self.settings, request, await request.body())
            if compiled is not None:
                await compiled(scope, receive, send)
                return
        try:
            response = await self.run(request)
        except GraphQLHTTPException as error:
            response = graphql_error_response(error.status_code, *http_error_message(error.status_code, error.reason))
        await response(scope, receive, send)

    async def render_graphql_ide(self, request: Any) -> HTMLResponse:  # type: ignore[override]
        """GraphiQL from this server's own files (strawberry's page loads it from a CDN, which closed
        government networks cannot reach)."""
        return HTMLResponse((GRAPHIQL / "index.html").read_text(encoding="utf-8"))

    def decode_json(self, data: str | bytes) -> object:
        """Invalid UTF-8 and absurdly deep JSON are the client's errors (400), like invalid JSON; so
        is JSON that is not an object (`"x"`, `1`, `null`) or a list of them."""
        try:
            decoded = super().decode_json(data)
        except (UnicodeDecodeError, RecursionError, ValueError) as error:
            raise GraphQLHTTPException(400, "Unable to parse request body as JSON") from error
        if not isinstance(decoded, (dict, list)) or (isinstance(decoded, list) and not all(isinstance(i, dict) for i in decoded)):
            raise GraphQLHTTPException(400, "The request body must be a JSON object")
        return decoded

    async def get_context(self, request: Any, response: Any) -> Context:  # type: ignore[override]
        token = bearer_token(request)
        return Context(
            request=request,
            settings=self.settings,
            viewer=await resolve_session(token, SessionChannel.API),
            token=token,
            client_address=client_address(request, self.settings.trusted_proxies),
            response=response,
        )


async def health(request: Request) -> JSONResponse:
    try:
        await connections.get(request.app.state.connection_name).execute_query("SELECT 1")
    except Exception:  # the database does not answer: say so, never the details
        log.exception("health check failed")
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ok"})


def graphql_endpoint(settings: Settings, endpoint: ShuroGraphQL) -> ASGIApp:
    """/graphql, with CORS for the origins named in SHURO_CORS_ORIGINS (none by default)."""
    if not settings.cors_origins:
        return endpoint
    return CORSMiddleware(endpoint, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                          allow_headers=CORS_HEADERS, max_age=600)


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or load_settings()
    configure_hashing(settings.argon2_time_cost, settings.argon2_memory_cost)
    read_extended_file_names()
    config = tortoise_config(settings.database_url)

    from admin import create_engine, mount_admin  # the admin adapter stays out of app.domain

    engine = create_engine(settings.database_url)
    graphql = ShuroGraphQL(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with RegisterTortoise(app, config=config, _enable_global_fallback=True):
            await apply_migrations(settings.database_url)
            forget_announced_stops()  # never serve another database's cached stops
            stop = asyncio.Event()
            tasks = [asyncio.create_task(run_outbox_sender(settings, stop)),
                     asyncio.create_task(run_periodically(queue_report_reminders, REMINDER_INTERVAL, stop, "report reminders")),
                     asyncio.create_task(run_periodically(refresh_tally, TALLY_REFRESH_INTERVAL, stop, "statistics cube")),
                     ] if settings.outbox_sender else []
            try:
                yield
            finally:
                stop.set()
                for task in tasks:
                    await task
                await engine.dispose()

    app = Starlette(
        routes=[
            Route("/health", health, methods=["GET"]),
            Route("/graphql", graphql_endpoint(settings, graphql)),  # every method: strawberry answers 405 with a GraphQL body
            *([] if settings.is_production else [Mount("/graphiql", StaticFiles(directory=GRAPHIQL), name="graphiql")]),
            Route("/export/{target}.csv", export_csv, methods=["GET"]),
            Route("/documents/plans/{plan}/changes/{change}/certificate.pdf", change_document, methods=["GET"]),
            Route("/documents/plans/{plan}/{name}", plan_document, methods=["GET"]),
        ],
        lifespan=lifespan,
        middleware=[
            Middleware(SecurityHeadersMiddleware, base_url=settings.base_url, production=settings.is_production),
            Middleware(BodyLimitMiddleware),
        ],
    )
    app.state.settings = settings
    app.state.graphql = graphql
    app.state.connection_name = next(iter(config["connections"]))
    mount_admin(app, settings, engine)
    return app
