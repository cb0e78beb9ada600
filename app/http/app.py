"""The Starlette application: lifespan (database, migrations), /health, /graphql and /admin."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp
from tortoise.contrib.starlette import RegisterTortoise

from app.domain.accounts.passwords import configure_hashing
from app.domain.notices.service_status import forget_announced_stops
from app.domain.plans.files import collect_garbage
from app.domain.plans.tally import REFRESH_INTERVAL_SECONDS as TALLY_REFRESH_INTERVAL
from app.domain.plans.tally import refresh_tally
from app.domain.reports.reminders import INTERVAL_SECONDS as REMINDER_INTERVAL
from app.domain.reports.reminders import queue_report_reminders
from app.http.body_limit import BodyLimitMiddleware
from app.http.documents import change_document, plan_document
from app.http.exports import export_csv
from app.http.files import attachment_file
from app.http.graphql_endpoint import GRAPHIQL, ShuroGraphQL
from app.http.observation import ObservationMiddleware
from app.http.operations_routes import health, metrics, ready
from app.http.security_headers import SecurityHeadersMiddleware
from app.http.uploads import install as read_extended_file_names
from app.http.url_paths import keep_url_paths
from app.infra.database import apply_migrations, tortoise_config
from app.infra.leases import release_leases
from app.infra.periodic import run_periodically
from app.infra.settings import Settings, load_settings
from app.infra.smtp_sender import run_outbox_sender
from app.infra.storage import open_storage

log = logging.getLogger(__name__)
STORAGE_GC_INTERVAL = 3600  # seconds; orphans older than a day are removed (plans/files.py)

# What browser clients send to /graphql (Apollo adds the preflight and operation name headers).
CORS_HEADERS = ["authorization", "content-type", "accept", "apollo-require-preflight", "x-apollo-operation-name",
                "apollographql-client-name", "apollographql-client-version", "x-request-id"]


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
    storage = open_storage(settings.storage_location)

    async def remove_orphan_files() -> None:
        await collect_garbage(storage)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with RegisterTortoise(app, config=config, _enable_global_fallback=True):
            await apply_migrations(settings.database_url)
            forget_announced_stops()  # never serve another database's cached stops
            stop = asyncio.Event()
            tasks = [asyncio.create_task(run_outbox_sender(settings, stop)),
                     asyncio.create_task(run_periodically(queue_report_reminders, REMINDER_INTERVAL, stop, "report-reminders")),
                     asyncio.create_task(run_periodically(refresh_tally, TALLY_REFRESH_INTERVAL, stop, "statistics-cube")),
                     asyncio.create_task(run_periodically(remove_orphan_files, STORAGE_GC_INTERVAL, stop, "storage-gc")),
                     ] if settings.outbox_sender else []
            try:
                yield
            finally:
                stop.set()
                for task in tasks:
                    await task
                await release_leases()
                if graphql.compiler is not None:
                    await graphql.compiler.read_pool.close()
                await storage.close()
                await engine.dispose()

    app = Starlette(
        routes=[
            Route("/health", health, methods=["GET"]),
            Route("/health/ready", ready, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
            Route("/files/attachments/{attachment}", attachment_file, methods=["GET"]),
            Route("/graphql", graphql_endpoint(settings, graphql)),  # every method: strawberry answers 405 with a GraphQL body
            *([] if settings.is_production else [Mount("/graphiql", StaticFiles(directory=GRAPHIQL), name="graphiql")]),
            Route("/export/{target}.csv", export_csv, methods=["GET"]),
            Route("/documents/plans/{plan}/changes/{change}/certificate.pdf", change_document, methods=["GET"]),
            Route("/documents/plans/{plan}/{name}", plan_document, methods=["GET"]),
        ],
        lifespan=lifespan,
        middleware=[
            Middleware(ObservationMiddleware),
            Middleware(SecurityHeadersMiddleware, base_url=settings.base_url, production=settings.is_production),
            Middleware(BodyLimitMiddleware),
        ],
    )
    app.state.settings = settings
    app.state.storage = storage
    app.state.graphql = graphql
    app.state.connection_name = next(iter(config["connections"]))
    mount_admin(app, settings, engine)
    keep_url_paths(app.router)
    return app
