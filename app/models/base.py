"""Field helpers shared by the models: every defaulted column also gets its database default
(DESIGN.md: SQLAlchemy writers in the admin panel rely on it)."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.fields.db_defaults import Now


def created_at_field() -> Any:
    return fields.DatetimeField(auto_now_add=True, db_default=Now())


def updated_at_field() -> Any:
    return fields.DatetimeField(auto_now=True, db_default=Now())


def version_field() -> Any:
    """Optimistic-lock counter of a workflow record: every state change bumps it."""
    return fields.IntField(default=1, db_default=1)


def flag_field(default: bool = False, **kwargs: Any) -> Any:
    return fields.BooleanField(default=default, db_default=default, **kwargs)
