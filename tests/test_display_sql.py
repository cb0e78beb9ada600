"""`app/http/display_sql.py` is `PlanField.display` in SQL (#28): for every described field of the plan, its workers
and licences, and values of each kind (a label's every code, an unknown code, empty, missing, dates, amounts,
flags, text), the database's reading equals the Python one, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.plans.fields import FIELDS, UNSET, Format, PlanField
from app.http.display_sql import display_or_unset_sql
from app.models import Plan

SQL_TYPES = {Format.DATE: "date", Format.YEN: "bigint", Format.COUNT: "bigint", Format.BOOLEAN: "boolean"}


def samples(spec: PlanField) -> list[Any]:
    if spec.options is not None:
        return [member.value for member in spec.options] + ["UNKNOWN", "", None]
    if spec.format is Format.PREFECTURE:
        return ["01", "13", "47", "99", "", None]
    if spec.format is Format.COUNTRY:
        return ["VN", "PH", "XX", "", None]
    if spec.format is Format.BOOLEAN:
        return [True, False, None]
    if spec.format in (Format.YEN, Format.COUNT):
        return [0, 7, 1000, 1234567, None]
    if spec.format is Format.DATE:
        return [date(2027, 4, 1), date(2026, 12, 31), date(1999, 1, 9), None]
    return ["東京建設", "=1+1", "  ", "", None]


def stored(dialect: str, value: Any) -> Any:
    """A value as the dialect's driver takes it for the column (SQLite keeps dates as text and flags as 0/1)."""
    if dialect == "sqlite" and isinstance(value, date):
        return value.isoformat()
    if dialect == "sqlite" and isinstance(value, bool):
        return int(value)
    return value


async def test_every_fields_display_in_sql_is_its_display(db: str) -> None:
    connection: Any = Plan._meta.db
    dialect = connection.capabilities.dialect
    compared = 0
    for spec in FIELDS:
        for value in samples(spec):
            if dialect == "postgres":
                source = f"(SELECT CAST($1 AS {SQL_TYPES.get(spec.format, 'text')}) AS x) v"
            else:
                source = "(SELECT ? AS x) v"
            rows = await connection.execute_query_dict(
                f"SELECT {display_or_unset_sql(dialect, spec, 'v.x')} AS shown FROM {source}", [stored(dialect, value)])
            assert rows[0]["shown"] == spec.display(value), (spec.path, value)
            compared += 1
    assert compared > 150  # every field, each with several values


def test_what_an_export_writes_unquoted_never_needs_quotes() -> None:
    """SQLite's lines of CSV (`csv_line_sql`) quote typed cells only: every label, code's name and mark that an
    export writes holds no comma, quote or line break."""
    from admin.export_cells import UNNUMBERED
    from admin.views.plan_page import HIDDEN_COMMENT
    from app.domain.catalogue import nationalities
    from app.domain.visibility import MASK
    from app.graphql.compiled.plan_json import labels_of, prefecture_names
    from app.http.display_sql import CSV_SPECIALS
    from app.models import enums

    labeled = [member for member in vars(enums).values() if isinstance(member, type) and issubclass(member, enums.LabeledEnum) and member is not enums.LabeledEnum]
    assert len(labeled) > 5
    written = [name for enum in labeled for _, name in labels_of(enum)] + [name for _, name in prefecture_names()]
    written += [*nationalities().values(), MASK, UNSET, HIDDEN_COMMENT, UNNUMBERED, "はい", "いいえ", "あり", "なし", "〜"]
    assert written and not [name for name in written if any(special in name for special in CSV_SPECIALS)]
