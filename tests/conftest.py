"""Test fixtures: migrated databases on a real SQLite file and a real PostgreSQL server.

Each dialect is migrated once into a template (SQLite: a file, PostgreSQL: a template database);
every test gets its own copy, so tests never see each other's rows.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from tortoise import Tortoise

from app.domain.accounts.passwords import configure_hashing
from app.http.app import create_app
from app.infra.database import apply_migrations, database, tortoise_config
from app.infra.settings import Settings
from tests.object_store import SeaweedServer, with_credentials
from tests.postgres_server import PostgresServer

DIALECTS = ["sqlite", "postgres"]
_counter = itertools.count()

# Cheap Argon2id in tests; production parameters are checked in one test (DESIGN.md).
TEST_TIME_COST = 1
TEST_MEMORY_COST = 1024


async def _migrate_fresh(url: str) -> None:
    await Tortoise.init(config=tortoise_config(url), _enable_global_fallback=True)
    try:
        await apply_migrations(url)
    finally:
        await Tortoise.close_connections()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def seaweed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeaweedServer]:
    """One S3-compatible object store for the session; each test takes a bucket of its own."""
    with_credentials()  # AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, as an operator sets them
    server = SeaweedServer(tmp_path_factory.mktemp("seaweedfs")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    postgres_server.admin_sql("CREATE DATABASE shuro_template")
    asyncio.run(_migrate_fresh(postgres_server.url("shuro_template")))
    return "shuro_template"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    asyncio.run(_migrate_fresh(f"sqlite://{path}"))
    return path


@pytest.fixture(params=DIALECTS)
def dialect(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(dialect: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated database of its own for this test."""
    if dialect == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "shuro.sqlite3"
        shutil.copyfile(template, path)
        return f"sqlite://{path}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    template_name: str = request.getfixturevalue("postgres_template")
    name = f"t_{os.getpid()}_{next(_counter)}"
    server.admin_sql(f"CREATE DATABASE {name} TEMPLATE {template_name}")
    return server.url(name)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    configure_hashing(TEST_TIME_COST, TEST_MEMORY_COST)
    return Settings(
        database_url=db_url,
        secret_key="test-secret-key-not-for-production",
        env="test",
        upload_dir=tmp_path / "uploads",
        argon2_time_cost=TEST_TIME_COST,
        argon2_memory_cost=TEST_MEMORY_COST,
        base_url="http://testserver",
    )


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[str]:
    """Tortoise initialised on the test's database, for domain-level tests."""
    async with database(settings.database_url):
        yield settings.database_url


@asynccontextmanager
async def app_client(settings: Settings, peer: str = "127.0.0.1") -> AsyncIterator[httpx.AsyncClient]:
    """The whole ASGI app, lifespan included, behind an httpx client connecting from `peer`."""
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=(peer, 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(settings) as http:
        yield http


async def graphql(client: httpx.AsyncClient, query: str, variables: dict | None = None, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


class FrozenClock:
    """The domain's clock, moved by the test instead of sleeping."""

    def __init__(self) -> None:
        from datetime import datetime, timezone

        self.now = datetime(2026, 11, 25, 3, 0, tzinfo=timezone.utc)  # 12:00 in Tokyo

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Iterator[FrozenClock]:
    from app.domain import clock as domain_clock

    frozen = FrozenClock()
    domain_clock.set_clock(lambda: frozen.now)
    try:
        yield frozen
    finally:
        domain_clock.set_clock(None)


class Mailbox:
    """A real SMTP server (aiosmtpd) on loopback that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        from email import message_from_bytes
        from email.policy import default

        self.messages.append(message_from_bytes(envelope.content, policy=default))
        return "250 OK"

    def bodies_to(self, address: str) -> list[str]:
        return [m.get_content() for m in self.messages if m["To"] == address]


@pytest.fixture
def smtp_port() -> int:
    from tests.postgres_server import free_port

    return free_port()


@pytest.fixture
def mailbox(smtp_port: int) -> Iterator[Mailbox]:
    from aiosmtpd.controller import Controller

    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


@pytest.fixture
def mail_settings(settings: Settings, smtp_port: int) -> Settings:
    """Settings with SMTP on loopback; delivery is driven by the test (drain_outbox_once)."""
    return settings.with_overrides(smtp_host="127.0.0.1", smtp_port=smtp_port, outbox_sender=False)


@pytest.fixture
async def api(mail_settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The ASGI app with SMTP configured and the background sender off."""
    async with app_client(mail_settings) as http:
        yield http


async def snapshot(*, exclude: tuple[str, ...] = ()) -> dict[str, list[dict]]:
    """Every row of every table, to check that a refused call changed nothing. The periodic tasks' leases
    are left out: the served app's tasks renew them on their own schedule (the first round after a test
    freezes the clock rewrites `held_until`), whatever the calls do."""
    from app import models

    state = {}
    for name in models.__all__:
        model = getattr(models, name)
        if model._meta.db_table in (*exclude, "task_lease"):
            continue
        state[model._meta.db_table] = await model.all().order_by(model._meta.pk_attr).values()
    return state
