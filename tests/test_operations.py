"""Every documented client operation is valid against the schema."""

from __future__ import annotations

from graphql import parse, validate

from app.graphql.schema import schema
from tests.operations import OPERATIONS_DIR, documents


def test_every_operation_file_validates_against_the_schema() -> None:
    files = sorted(OPERATIONS_DIR.glob("*.graphql"))
    assert files
    for path in files:
        errors = validate(schema._schema, parse(path.read_text(encoding="utf-8")))
        assert errors == [], (path.name, errors)


def test_operations_are_named_uniquely() -> None:
    assert {"Login", "SavePlanDraft", "RemandPlan", "SystemStatus"} <= set(documents())
