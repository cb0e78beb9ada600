"""graphql/schema.graphql is exported from the code and kept in sync (DESIGN.md)."""

from __future__ import annotations

from app.cli import SCHEMA_FILE, schema_text


def test_checked_in_schema_matches_the_code() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "graphql/schema.graphql is out of date: run `shuro export-schema`"
    )


def test_contract_enums_are_in_the_schema() -> None:
    text = schema_text()
    assert "enum Role {\n  COMPANY\n  BUREAU_STAFF\n  MLIT_STAFF\n  IMPLEMENTING_ORG\n  ANALYST\n}" in text
    assert "enum Bureau {\n  HOKKAIDO\n  TOHOKU\n  KANTO\n" in text
