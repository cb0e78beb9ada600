"""A field a documented client operation uses (graphql/operations/) is never removed or changed in
type unnoticed (issue #15): the code's schema must give every such field the type recorded in
graphql/operations/fields.lock. Changing the lock is a deliberate act that reviewers see."""

from __future__ import annotations

from app.cli import FIELDS_LOCK, fields_lock_text
from app.graphql.operation_fields import used_fields
from app.graphql.schema import schema


def test_fields_used_by_documented_operations_keep_their_types() -> None:
    recorded = set(FIELDS_LOCK.read_text(encoding="utf-8").splitlines())
    current = set(fields_lock_text().splitlines())
    changed = sorted(recorded - current)
    assert not changed, (
        "fields the documented operations use were removed or changed type (clients break): "
        + "; ".join(changed)
        + ". If intended, run `make schema` and say so in the changelog."
    )
    assert current == recorded, f"new fields in use: {sorted(current - recorded)}; run `make schema`"


def test_a_changed_type_is_seen(tmp_path) -> None:
    """The check itself: the same operations against a schema where Plan.status is a String."""
    from graphql import build_schema

    import re

    sdl = re.sub(r"(type Plan [^}]*?\n  status: )PlanStatus!", r"\1String!", schema.as_str(), count=1)
    changed = set(used_fields(build_schema(sdl), FIELDS_LOCK.parent))
    assert "Plan.status: String!" in changed and "Plan.status: PlanStatus!" not in changed
