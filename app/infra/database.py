"""Database configuration and applying aerich migrations under a lock (DESIGN.md)."""

from __future__ import annotations

import asyncio
import fcntl
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from tortoise import Tortoise, connections
from tortoise.backends.base.config_generator import expand_db_url

from app.infra.settings import ConfigError

log = logging.getLogger(__name__)

# The repository keeps the trees at its top level (`migrations/`); this link into the package ships
# them inside the wheel, so an installed service finds them next to its code.
MIGRATIONS_ROOT = Path(__file__).resolve().parent / "migration_files"
APP_LABEL = "models"
MODEL_MODULES = ["app.models", "aerich.models"]
# Any constant: the key of the PostgreSQL advisory lock taken while migrating.
MIGRATION_LOCK_KEY = 0x5348_5552_4F


def dialect_of(url: str) -> str:
    return "postgres" if url.split("://", 1)[0] in ("postgres", "postgresql", "asyncpg", "psycopg") else "sqlite"


def sqlite_path(url: str) -> str | None:
    """The file of a SQLite URL, or None for an in-memory database."""
    path = expand_db_url(url)["credentials"]["file_path"]
    return None if path == ":memory:" else path


async def nothing_to_reset(connection: Any) -> None:
    """A PostgreSQL connection returned to a pool: asyncpg rolls back an open transaction in any case.
    Its default reset also unlocks advisory locks, closes cursors, stops listening and resets settings:
    one more round trip after every statement outside a transaction (#28: 6 to 8 per write). shuro's
    statements leave none of that behind (the migration lock has its own connection, the tally's lock
    and `SET LOCAL` end with their transaction)."""
    return None


def tortoise_config(url: str) -> dict[str, Any]:
    """Tortoise config for one database. The connection is named after its dialect, since Tortoise
    caches INSERT SQL per connection name without the dialect (DESIGN.md)."""
    dialect = dialect_of(url)
    connection = expand_db_url(url)
    if dialect == "sqlite":
        connection["credentials"].setdefault("busy_timeout", 5000)
        connection["engine"] = "app.infra.sqlite_engine"  # Tortoise's, with our SQL functions
        if path := sqlite_path(url):
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    else:
        connection["credentials"]["reset"] = nothing_to_reset
    return {
        "connections": {dialect: connection},
        "apps": {APP_LABEL: {"models": MODEL_MODULES, "default_connection": dialect}},
        "use_tz": True,
        "timezone": "UTC",
    }


def migrations_location(dialect: str) -> Path:
    """The aerich tree of a dialect; aerich keeps the app's files in `<location>/models`."""
    return MIGRATIONS_ROOT / dialect


class MigrationsMissing(ConfigError):
    """The installation has no migrations: serving would fail later with `no such table`."""


def check_migrations_present(dialect: str) -> None:
    location = migrations_location(dialect) / APP_LABEL
    if not any(location.glob("[0-9]*_*.py")):
        raise MigrationsMissing(
            f"no {dialect} migrations found in {location}: this installation of shuro is incomplete "
            "(reinstall it from the project's wheel or checkout); nothing was started"
        )


@asynccontextmanager
async def migration_lock(url: str) -> AsyncIterator[None]:
    """Hold a lock that only one migrating process at a time can have."""
    if dialect_of(url) == "postgres":
        import asyncpg

        credentials = expand_db_url(url)["credentials"]
        conn = await asyncpg.connect(
            host=credentials.get("host"),
            port=int(credentials.get("port") or 5432),
            user=credentials.get("user"),
            password=credentials.get("password"),
            database=credentials.get("database"),
        )
        try:
            await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY)
            try:
                yield
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
        finally:
            await conn.close()
        return
    path = sqlite_path(url)
    if path is None:
        yield
        return
    lock_file = Path(f"{path}.migrate-lock")
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("a") as handle:
        await asyncio.to_thread(fcntl.flock, handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


async def refresh_planner_statistics(dialect: str) -> None:
    """The query planner's statistics after a migration, so that its new indexes are weighed by them.
    PostgreSQL would gather an expression index's statistics only at its next automatic analysis;
    SQLite keeps statistics only where ANALYZE ran once (say after a bulk load), and then never
    refreshes them: an index added later looked cheaper than it is (#28: a search 4x slower)."""
    client = connections.get(dialect)
    if dialect == "postgres":
        await client.execute_script("ANALYZE")
    elif (await client.execute_query("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'"))[1][0]["n"]:
        await client.execute_script("ANALYZE")


async def apply_migrations(url: str) -> list[str]:
    """Apply pending migrations of the URL's dialect; Tortoise must already be initialised for it.

    Pending versions are re-read after the lock is taken, so two processes starting together apply
    each migration once."""
    from aerich import Command

    from app.domain.plans.tally import refresh_tally
    from app.domain.reference_data import sync_reference_data

    check_migrations_present(dialect_of(url))
    command = Command(tortoise_config(url), app=APP_LABEL, location=str(migrations_location(dialect_of(url))))
    async with migration_lock(url):
        await command.init()
        applied = await command.upgrade(run_in_transaction=True)
        await sync_reference_data()
        if applied:  # a migration may note cells to count (9 notes every plan's): before serving
            await refresh_tally()
            await refresh_planner_statistics(dialect_of(url))
    for version in applied:
        log.info("applied migration %s", version)
    return applied


@asynccontextmanager
async def database(url: str, migrate: bool = True) -> AsyncIterator[None]:
    """Tortoise initialised for `url` (migrated first) for the length of the block: CLI commands."""
    await Tortoise.init(config=tortoise_config(url), _enable_global_fallback=True)
    try:
        if migrate:
            await apply_migrations(url)
        yield
    finally:
        await Tortoise.close_connections()
