"""Generates the two aerich trees (SQLite and PostgreSQL) in lockstep, offline: no database needed.

`shuro makemigrations NAME` runs one child process per dialect (aerich keeps its state in class
attributes, and Tortoise caches SQL per connection name), each diffing the models against the last
migration's stored model state. `--check` does the same on a copy and reports a lagging tree.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from app.infra.database import APP_LABEL, migrations_location, tortoise_config

DIALECTS = ("sqlite", "postgres")
# Never connected: offline generation only needs the dialect's SQL generator.
OFFLINE_URLS = {"sqlite": "sqlite://:memory:", "postgres": "postgres://shuro@127.0.0.1:9/shuro"}


def _sqlite_keeps_no_column_comments() -> None:
    """aerich refuses to generate a SQLite migration when only a column's comment changed (a new
    enum value changes it); SQLite keeps comments only in the CREATE text, so there is nothing to do."""
    from aerich.ddl.sqlite import SqliteDDL

    SqliteDDL.set_comment = lambda self, model, field_describe: "/* column comment: nothing to change in SQLite */"  # type: ignore[method-assign]


def _sqlite_ignores_varchar_lengths() -> None:
    """A longer enum value widens a VARCHAR column; SQLite never enforces VARCHAR lengths, so such a
    change needs no statement there. Any other column change stays refused, as aerich has it."""
    from aerich.ddl.sqlite import SqliteDDL

    refuse = SqliteDDL.modify_column

    def modify_column(self: SqliteDDL, model: type, field_describe: dict, is_pk: bool = True) -> str:
        if field_describe.get("field_type") in ("CharField", "CharEnumFieldInstance"):
            return f"/* {field_describe.get('db_column')}: SQLite does not enforce VARCHAR lengths */"
        return refuse(self, model, field_describe, is_pk)

    SqliteDDL.modify_column = modify_column  # type: ignore[method-assign]


async def _generate(dialect: str, name: str, location: Path) -> str:
    from aerich import Command
    from tortoise import Tortoise

    if dialect == "sqlite":
        _sqlite_keeps_no_column_comments()
        _sqlite_ignores_varchar_lengths()

    config = tortoise_config(OFFLINE_URLS[dialect])
    command = Command(config, app=APP_LABEL, location=str(location))
    app_dir = location / APP_LABEL
    try:
        if not any(app_dir.glob("[0-9]*_*.py")):
            shutil.rmtree(app_dir / "__pycache__", ignore_errors=True)  # aerich wants an empty folder
            await command.init_migrations(safe=False)
            return sorted(app_dir.glob("[0-9]*_*.py"))[-1].name
        await command.init(offline=True)
        return await command.migrate(name, no_input=True, offline=True) or ""
    finally:
        await Tortoise.close_connections()


def _run_child(dialect: str, name: str, location: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "app.infra.migrations", dialect, name, str(location)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"aerich failed for {dialect}:\n{result.stdout}\n{result.stderr}")
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def make_migrations(name: str) -> dict[str, str]:
    """Write a migration for each dialect; the value is the new file name, or "" for no change."""
    return {dialect: _run_child(dialect, name, migrations_location(dialect)) for dialect in DIALECTS}


def lagging_trees() -> dict[str, str]:
    """Dialects whose tree lags the models, with the migration that would be generated."""
    lagging: dict[str, str] = {}
    for dialect in DIALECTS:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / dialect
            shutil.copytree(migrations_location(dialect), copy)
            if generated := _run_child(dialect, "check", copy):
                lagging[dialect] = (copy / APP_LABEL / generated).read_text(encoding="utf-8")
    return lagging


if __name__ == "__main__":
    dialect_arg, name_arg, location_arg = sys.argv[1:4]
    print(asyncio.run(_generate(dialect_arg, name_arg, Path(location_arg))))
