"""graphql/schema.graphql is exported from the code and kept in sync (DESIGN.md)."""

from __future__ import annotations

from app.cli import SCHEMA_FILE, schema_text


def test_checked_in_schema_matches_the_code() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "graphql/schema.graphql is out of date: run `shuro export-schema`"
    )


def test_contract_enums_are_in_the_schema() -> None:
    from graphql import build_schema

    types = build_schema(schema_text()).type_map
    assert list(types["Role"].values) == ["COMPANY", "BUREAU_STAFF", "MLIT_STAFF", "IMPLEMENTING_ORG", "ANALYST"]
    assert list(types["Bureau"].values)[:3] == ["HOKKAIDO", "TOHOKU", "KANTO"]
