"""The admin panel's SQLAlchemy tables, derived from the Tortoise models, match the migrated
database on both dialects (DESIGN.md rule 7)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from admin import create_engine
from admin.tables import mapped, metadata
from app.models.conditions import PIECES_TABLE


def _describe_database(connection: sa.Connection) -> dict[str, dict]:
    inspector = sa.inspect(connection)
    described = {}
    for table in inspector.get_table_names():
        if table in ("aerich", PIECES_TABLE):  # aerich's own; an index SQLite's triggers keep (migration 15)
            continue
        described[table] = {
            "columns": {c["name"]: bool(c["nullable"]) for c in inspector.get_columns(table)},
            "primary_key": tuple(inspector.get_pk_constraint(table)["constrained_columns"]),
            "foreign_keys": sorted(
                (tuple(fk["constrained_columns"]), fk["referred_table"], tuple(fk["referred_columns"]))
                for fk in inspector.get_foreign_keys(table)
            ),
            "defaults": {c["name"] for c in inspector.get_columns(table) if c.get("default") is not None},
        }
    return described


def _describe_metadata() -> dict[str, dict]:
    return {
        name: {
            "columns": {c.name: bool(c.nullable) for c in table.columns},
            "primary_key": tuple(c.name for c in table.primary_key.columns),
            "foreign_keys": sorted(
                ((fk.parent.name,), fk.column.table.name, (fk.column.name,)) for fk in table.foreign_keys
            ),
            "defaults": {c.name for c in table.columns if c.server_default is not None},
        }
        for name, table in metadata.tables.items()
    }


async def test_mapped_tables_match_the_migrated_database(db: str) -> None:
    engine = create_engine(db)
    try:
        async with engine.connect() as connection:
            actual = await AsyncConnection.run_sync(connection, _describe_database)
    finally:
        await engine.dispose()
    expected = _describe_metadata()
    assert set(actual) == set(expected)
    for table in expected:
        assert actual[table]["columns"] == expected[table]["columns"], table
        assert actual[table]["primary_key"] == expected[table]["primary_key"], table
        assert actual[table]["foreign_keys"] == expected[table]["foreign_keys"], table
        # Every defaulted column has its default in the database too (written by SQLAlchemy or SQL).
        assert expected[table]["defaults"] <= actual[table]["defaults"], table


async def test_rows_written_by_tortoise_read_back_through_sqlalchemy(db: str) -> None:
    from app.domain import clock
    from app.models import StaffUser

    written = await StaffUser.create(login_id="reader1", role="ANALYST", password_hash="x", password_changed_at=clock.now())
    engine = create_engine(db)
    try:
        async with engine.connect() as connection:
            staff = mapped["StaffUser"]
            row = (await connection.execute(sa.select(staff.__table__).where(staff.__table__.c.id == written.id))).one()
    finally:
        await engine.dispose()
    assert row.login_id == "reader1"
    assert row.is_active is True
    assert row.password_changed_at == written.password_changed_at
    assert row.password_changed_at.utcoffset() is not None
    assert row.created_at is not None and row.created_at.utcoffset() is not None
