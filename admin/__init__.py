"""The staff admin panel (SQLAdmin): an adapter over app.domain, like the GraphQL API."""

from __future__ import annotations

from pathlib import Path

from sqladmin import Admin
from sqladmin.i18n import I18nConfig
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from starlette.applications import Starlette
from tortoise.backends.base.config_generator import expand_db_url

from admin.auth import StaffAuthenticationBackend
from admin.authorization import RoleAuthorizationBackend
from admin.routes import keep_only_routes_in_use
from admin.views import ALL_VIEWS
from app.infra.database import dialect_of, sqlite_path
from app.infra.settings import Settings

TEMPLATES = Path(__file__).resolve().parent / "templates"


def sqlalchemy_url(url: str) -> str:
    """The SQLAlchemy async URL of a Tortoise database URL."""
    if dialect_of(url) == "sqlite":
        path = sqlite_path(url)
        return "sqlite+aiosqlite:///:memory:" if path is None else f"sqlite+aiosqlite:///{path}"
    credentials = expand_db_url(url)["credentials"]
    user = credentials.get("user") or ""
    password = credentials.get("password")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    return f"postgresql+asyncpg://{auth}{credentials.get('host')}:{credentials.get('port') or 5432}/{credentials.get('database')}"


def create_engine(url: str) -> AsyncEngine:
    engine = create_async_engine(sqlalchemy_url(url), pool_pre_ping=dialect_of(url) == "postgres")
    if dialect_of(url) == "sqlite":

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

    return engine


def mount_admin(app: Starlette, settings: Settings, engine: AsyncEngine) -> Admin:
    admin = Admin(
        app,
        engine,
        base_url="/admin",
        title="外国人就労管理システム 管理画面",
        templates_dir=str(TEMPLATES),
        authentication_backend=StaffAuthenticationBackend(
            settings.secret_key, https_only=settings.is_production, trusted_proxies=settings.trusted_proxies
        ),
        authorization_backend=RoleAuthorizationBackend(),
        i18n_config=I18nConfig(default_locale="ja", language_header_name=None, language_cookie_name=None),
    )
    admin.admin.state.settings = settings  # the admin's own routes read the settings from here
    admin.admin.state.storage = app.state.storage  # and the file store (the same one the API streams from)
    for view in ALL_VIEWS:
        admin.add_view(view)
    keep_only_routes_in_use(admin)
    return admin
