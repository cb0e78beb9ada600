"""SQLAlchemy tables and mapped classes derived from the Tortoise models' metadata.

No second model set is written by hand (DESIGN.md rule 7): each Tortoise model becomes a `Table`
built from `Model._meta`, mapped imperatively onto a plain class named like the model.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import class_mapper, registry, relationship
from tortoise import Tortoise, fields
from tortoise.fields.db_defaults import SqlDefault
from tortoise.fields.relational import ForeignKeyFieldInstance
from tortoise.models import Model

from app.infra.database import APP_LABEL


class TortoiseDateTime(sa.types.TypeDecorator):
    """Timezone-aware datetimes as Tortoise stores them: TIMESTAMPTZ on PostgreSQL, ISO text
    (`2026-11-25 18:42:45.464428+00:00`) on SQLite."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.String())
        return dialect.type_descriptor(sa.DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat(sep=" ")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:  # CURRENT_TIMESTAMP on SQLite is UTC without an offset
            value = value.replace(tzinfo=timezone.utc)
        return value


def _column_type(field: fields.Field) -> Any:
    if isinstance(field, fields.DatetimeField):
        return TortoiseDateTime()
    if isinstance(field, fields.DateField):
        return sa.Date()
    if isinstance(field, fields.BooleanField):
        return sa.Boolean()
    if isinstance(field, fields.BigIntField):
        return sa.BigInteger()
    if isinstance(field, (fields.IntField, fields.SmallIntField)):
        return sa.Integer()
    if isinstance(field, fields.TextField):
        return sa.Text()
    if isinstance(field, fields.JSONField):
        return sa.JSON()
    if isinstance(field, fields.DecimalField):
        return sa.Numeric(field.max_digits, field.decimal_places)
    if isinstance(field, fields.FloatField):
        return sa.Float()
    max_length = getattr(field, "max_length", None)
    if max_length is not None:
        return sa.String(max_length)
    raise TypeError(f"no SQLAlchemy type for {type(field).__name__}")


def _server_default(field: fields.Field) -> Any:
    if not field.has_db_default():
        return None
    value = field.db_default
    if isinstance(value, SqlDefault):
        return sa.text(value.get_sql())
    if isinstance(value, bool):
        return sa.true() if value else sa.false()
    return sa.text(str(int(value))) if isinstance(value, int) else str(getattr(value, "value", value))


def _table_for(model: type[Model], metadata: sa.MetaData) -> sa.Table:
    meta = model._meta
    columns: list[sa.Column] = []
    for name, field in meta.fields_map.items():
        if name not in meta.fields_db_projection or isinstance(field, ForeignKeyFieldInstance):
            continue  # relations are represented by their source columns (`plan_id`)
        column_name = meta.fields_db_projection[name]
        args: list[Any] = [column_name, _column_type(field)]
        fk_field = next(
            (fk for fk in (meta.fields_map[n] for n in meta.fk_fields) if fk.source_field == column_name),
            None,
        )
        if fk_field is not None:
            target = fk_field.related_model._meta
            target_column = target.fields_db_projection[fk_field.to_field]
            args.append(sa.ForeignKey(f"{target.db_table}.{target_column}"))
        columns.append(
            sa.Column(
                *args,
                primary_key=field.pk,
                nullable=bool(field.null) and not field.pk,
                server_default=_server_default(field),
                autoincrement=field.pk and isinstance(field, fields.IntField),
            )
        )
    return sa.Table(meta.db_table, metadata, *columns)


def _tortoise_models() -> list[type[Model]]:
    if not Tortoise.apps or APP_LABEL not in Tortoise.apps:
        Tortoise.init_models(["app.models"], APP_LABEL)
    return [m for m in Tortoise.apps[APP_LABEL].values() if m.__module__.startswith("app.models")]


metadata = sa.MetaData()
mapper_registry = registry(metadata=metadata)
# Mapped classes by Tortoise model name: `mapped["Plan"]` is the admin panel's `Plan`.
mapped: dict[str, type] = {}

for _model in _tortoise_models():
    _table = _table_for(_model, metadata)
    _cls = type(_model.__name__, (), {"__doc__": _model.__doc__, "__module__": __name__})
    mapper_registry.map_imperatively(_cls, _table)
    mapped[_model.__name__] = _cls


def _add_relations() -> None:
    """Each Tortoise foreign key becomes a read-only relationship of the same name (`worker.plan`),
    so lists show what a key points to (申請番号＋商号, a staff member's name), loaded in one query."""
    for model in _tortoise_models():
        cls = mapped[model.__name__]
        table = class_mapper(cls).local_table
        for name in model._meta.fk_fields:
            field = model._meta.fields_map[name]
            target = mapped[field.related_model.__name__]
            class_mapper(cls).add_property(
                name, relationship(target, foreign_keys=[table.c[field.source_field]], viewonly=True, lazy="raise")
            )


_add_relations()
