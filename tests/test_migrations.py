"""Both aerich trees apply to fresh databases, neither lags the models, and processes starting
together migrate once (DESIGN.md)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from tortoise import connections

from app.infra.database import apply_migrations, database
from app.infra.migrations import lagging_trees
from app.models import DocumentItem
from tests.conftest import _counter
from tests.postgres_server import PostgresServer


def fresh_url(dialect: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if dialect == "sqlite":
        return f"sqlite://{tmp_path / 'fresh.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"fresh_{next(_counter)}"
    server.admin_sql(f"CREATE DATABASE {name}")
    return server.url(name)


def test_no_tree_lags_the_models() -> None:
    assert lagging_trees() == {}


def test_both_trees_hold_the_same_migrations() -> None:
    root = Path(__file__).resolve().parent.parent / "migrations"
    names = {d: sorted(p.name.split("_", 2)[2] for p in (root / d / "models").glob("[0-9]*_*.py")) for d in ("sqlite", "postgres")}
    assert names["sqlite"] == names["postgres"]


async def test_migrations_apply_to_a_fresh_database(dialect: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    url = fresh_url(dialect, request, tmp_path)
    async with database(url, migrate=False):
        applied = await apply_migrations(url)
        assert applied, "a fresh database has every migration pending"
        assert await apply_migrations(url) == []
        conn = connections.get(dialect)
        _, rows = await conn.execute_query("SELECT COUNT(*) AS n FROM aerich")
        assert rows[0]["n"] == len(applied)
        # Reference data is in place once migrated.
        assert await DocumentItem.filter(code="REMARKS", max_files=50).exists()


def test_processes_starting_together_migrate_once(dialect: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    url = fresh_url(dialect, request, tmp_path)
    env = {"SHURO_DATABASE_URL": url, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    processes = [
        subprocess.Popen([sys.executable, "-m", "app", "migrate"], env=env, cwd=tmp_path,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120) for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0], outputs
    applied_by = [out for out, _ in outputs if "適用したマイグレーション" in out]
    assert len(applied_by) == 1, outputs

    async def count_versions() -> tuple[int, int]:
        async with database(url, migrate=False):
            conn = connections.get(dialect)
            _, rows = await conn.execute_query("SELECT COUNT(*) AS n, COUNT(DISTINCT version) AS d FROM aerich")
            return rows[0]["n"], rows[0]["d"]

    total, distinct = asyncio.run(count_versions())
    assert total == distinct >= 1
