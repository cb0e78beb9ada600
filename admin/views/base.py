"""What every admin view shares: read-only rows, row scoping applied to every query sqladmin
makes, Japanese date formatting, and recorded Excel-safe CSV export."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar

import sqlalchemy as sa
from sqladmin import ModelView
from sqladmin.filters import StaticValuesFilter
from sqladmin.flash import Flash, FlashLevel
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse

from admin.auth import csrf_ok, csrf_token, current_viewer, masks_personal_data
from admin.export import ListedRows, export_response, listed_rows
from admin.export_cells import CellSql, label_cell, time_cell
from app.domain.audit import record_export
from app.domain.clock import JST, to_jst
from app.domain.errors import DomainError
from app.domain.plans.fields import Area, PlanField, described_column, fields_of
from app.domain.viewer import Viewer
from app.domain.visibility import masked
from app.http.display_sql import shown_sql
from app.models.enums import ExportChannel, LabeledEnum, Role

# What the search box names for columns of related rows (`column_searchable_list` of the lists that search them).
RELATED_LABELS = {"plan.application_number": "申請番号", "plan.company_name": "商号又は名称", "worker.name": "外国人の氏名"}


def jst(value: Any) -> str:
    return to_jst(value).strftime("%Y-%m-%d %H:%M") if value else ""


@dataclass(frozen=True)
class JapanTime:
    """A moment shown in Japan time; its cell in SQL is `export_cells.time_cell`."""

    def __call__(self, model: Any, attribute: str) -> str:
        return jst(getattr(model, attribute))

    def cell(self, column: str) -> CellSql:
        return time_cell(column)


@dataclass(frozen=True)
class Label:
    """A code shown as its label; its cell in SQL is `export_cells.label_cell`."""

    enum_type: type[LabeledEnum]

    def __call__(self, model: Any, attribute: str) -> str:
        value = getattr(model, attribute)
        return self.enum_type(value).label if value else ""

    def cell(self, column: str) -> CellSql:
        return label_cell(column, self.enum_type)


def label(enum_type: type[LabeledEnum]) -> Label:
    return Label(enum_type)


def masked_for_analysts(model: Any, attribute: str, request: Request) -> Any:
    value = getattr(model, attribute)
    return "" if value is None else masked(value, masks_personal_data(request))


def described_columns(area: Area) -> list[str]:
    """The columns of a table's described plan fields, in the description's order."""
    return [spec.stored_as for spec in fields_of(area)]


def described_labels(area: Area) -> dict[str, str]:
    """The admin labels of the described plan fields of a table: the one set (`plans.fields`)."""
    return {spec.stored_as: spec.label for spec in fields_of(area)}


@dataclass(frozen=True)
class Described:
    """A described column shown as the description reads it (labels, names, 円, dates), personal values masked
    for analysts; an empty value stays an empty cell. Its cell in SQL is `display_sql.shown_sql`."""

    spec: PlanField

    def __call__(self, model: Any, attribute: str, request: Request) -> Any:
        value = getattr(model, attribute)
        if value is None or value == "":
            return ""
        if self.spec.masked and masks_personal_data(request):
            return masked(value, True)
        return self.spec.display(value)

    def cell(self, column: str) -> CellSql:
        return lambda c: shown_sql(c.dialect, self.spec, c.column(column), c.mask)


def described_formatters(area: Area) -> dict[str, Any]:
    return {spec.stored_as: Described(spec) for spec in fields_of(area)}


def staff_name(staff: Any) -> str:
    """A staff member as colleagues know them (a related row of a list)."""
    return (staff.display_name or staff.login_id) if staff is not None else ""


class ChoiceFilter(StaticValuesFilter):
    """A list filter in Japanese: 「すべて」, combinations of values (`APPLIED,UNDER_REVIEW`), and no
    choice the viewer's rows can never hold (差戻し中 for staff, 審査担当 for bureau staff …)."""

    def __init__(self, column: Any, values: list[tuple[str, str]], title: str,
                 never_for: Callable[[Viewer | None], set[str]] | None = None, combinations: list[tuple[str, str]] | None = None,
                 offered: Callable[[Viewer | None], bool] | None = None,
                 groups: Callable[[Viewer | None], list[tuple[str, list[tuple[str, str]]]]] | None = None) -> None:
        super().__init__(column, values=values, title=title)
        self.never_for = never_for or (lambda viewer: set())
        self.combinations = combinations or []
        self.offered = offered or (lambda viewer: True)
        self.groups = groups
        if groups is not None or len(values) > 12:
            self.template = "shuro/filters/select_filter.html"  # a long list as one select, not a column of links

    def grouped(self, request: Request) -> list[tuple[str | None, list[tuple[str, str]]]]:
        """The choices of the select form: すべて, then the groups (a bureau's prefectures …)."""
        viewer = current_viewer(request)
        if self.groups is not None:
            return [(None, [("__all", "すべて")]), *self.groups(viewer)]
        never = self.never_for(viewer)
        return [(None, [("__all", "すべて"), *self.combinations, *[(v, t) for v, t in self.values if v not in never]])]

    async def lookups(self, request: Request, model: Any, run_query: Any) -> list[tuple[str, str]]:
        viewer = current_viewer(request)
        if not self.offered(viewer):
            return []
        never = self.never_for(viewer)
        return [("__all", "すべて"), *self.combinations, *[(value, text) for value, text in self.values if value not in never]]

    async def get_filtered_query(self, query: sa.Select, value: Any, model: Any) -> sa.Select:
        if value in (None, "", "__all"):
            return query
        return query.filter(self.column.in_([part for part in str(value).split(",") if part]))


class DateBoundFilter:
    """One end of a period of Japan dates (申請日 from / until), as a date input."""

    has_operator = False
    template = "shuro/filters/period_filter.html"

    def __init__(self, column: Any, title: str, parameter_name: str, until: bool) -> None:
        self.column, self.title, self.parameter_name, self.until = column, title, parameter_name, until

    async def lookups(self, request: Request, model: Any, run_query: Any) -> list[tuple[str, str]]:
        return []

    async def get_filtered_query(self, query: sa.Select, value: Any, model: Any) -> sa.Select:
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            return query  # not a date: nothing to filter by (the page shows the input as it was)
        start = datetime.combine(day + timedelta(days=1) if self.until else day, time.min, JST)
        return query.filter(self.column < start if self.until else self.column >= start)


def enum_filter(column: Any, enum_type: type[LabeledEnum], title: str, **options: Any) -> ChoiceFilter:
    """A list filter offering an enum's values by their Japanese labels."""
    return ChoiceFilter(column, [(m.value, m.label) for m in enum_type], title, **options)


def is_mlit(viewer: Viewer | None) -> bool:
    return viewer is not None and viewer.role is Role.MLIT_STAFF


def mlit_viewer(request: Request) -> Viewer:
    """The MLIT staff member behind an administration page; anyone else gets 403. (The domain
    checks again: this only spares reading a form that will be refused.)"""
    viewer = current_viewer(request)
    if viewer is None or not is_mlit(viewer):
        raise HTTPException(status_code=403)
    return viewer


def announce(request: Request, message: str, level: FlashLevel = FlashLevel.success, link: str = "") -> None:
    """A message for the next page's banner (`flash.html`), with a link to the case it is about.
    Starlette's session notices only assignments: sqladmin appends to a list already there, so a second
    message before the first was shown would be lost; assigning the list again keeps both."""
    Flash.flash(request, message, level, link)
    if "_messages" in request.session:
        request.session["_messages"] = list(request.session["_messages"])


def flash_refusal(request: Request, error: DomainError) -> None:
    announce(request, " ".join(p.message for p in error.problems), FlashLevel.error)


async def checked_form(request: Request) -> Any:
    """The posted form of one of our pages, refused (403) without the session's CSRF token."""
    form = await request.form()
    if not csrf_ok(request, form.get("csrf")):
        raise HTTPException(status_code=403)
    return form


def _with_numeric_pk(request: Request) -> Request:
    """Every record here has a numeric id: anything else in the URL is a record that does not exist."""
    pk = str(request.path_params.get("pk", ""))
    if not pk.isdigit() or len(pk) > 12:
        raise HTTPException(status_code=404)
    return request


COUNT_CAP = 10_000  # a list counts its rows up to here (more is 「10,000件以上」)


class ShuroView(ModelView):
    """A read-only view whose rows are limited by `scope` in list, count, details and edit alike,
    so nothing outside it is reachable by URL (404, never 500)."""

    count_cap = COUNT_CAP
    described_area: ClassVar[Area | None] = None  # the plan fields this view's columns hold (plans/fields.py)

    can_create = False
    can_edit = False
    can_delete = False
    can_export = True
    export_types: ClassVar[list[str]] = ["csv"]
    export_max_rows = 100_000
    page_size = 50
    page_size_options: ClassVar[list[int]] = [25, 50, 100]
    datetime_columns: ClassVar[tuple[str, ...]] = ()
    # Each column's cell as SQL (`admin.export_cells`); the formatters that know theirs (`cell`) add it.
    # A list with every column's cell is exported by the database.
    column_sql: ClassVar[dict[str, CellSql]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        formatters = dict.fromkeys(cls.datetime_columns, JapanTime())
        cls.column_formatters = {**formatters, **cls.column_formatters}
        known = {name: formatter.cell(name) for name, formatter in cls.column_formatters.items() if hasattr(formatter, "cell")}
        cls.column_sql = {**known, **cls.column_sql}
        cls.column_formatters_detail = {**formatters, **cls.column_formatters_detail, **cls.column_formatters}

    async def page(self, request: Request, template: str, title: str, status_code: int = 200, **context: Any) -> Response:
        """One of our own pages (forms), in the admin's layout, with the CSRF token."""
        return await self.templates.TemplateResponse(
            request, template, {"model_view": self, "title": title, "csrf": csrf_token(request), **context}, status_code=status_code
        )

    def record_title(self, record: Any, request: Request | None = None) -> str:
        """A record's page title, from the record: its title or name, else when it happened (#26)."""
        for attribute in ("title", "display_name", "company_name", "name", "subject"):
            if value := getattr(record, attribute, None):
                return f"{self.name} {value}"
        for attribute in ("at", "created_at", "registered_at", "queued_at"):
            if (moment := getattr(record, attribute, None)) is not None:
                return f"{self.name} {jst(moment)}"
        return str(self.name)

    def to_details(self, request: Request, pk: int) -> RedirectResponse:
        return RedirectResponse(request.url_for("admin:details", identity=self.identity, pk=pk), status_code=303)

    def to_list(self, request: Request) -> RedirectResponse:
        return RedirectResponse(request.url_for("admin:list", identity=self.identity), status_code=303)

    def scope(self, viewer: Viewer | None) -> list[sa.ColumnElement[bool]]:
        """Conditions on this view's model for this viewer; none by default."""
        return [] if viewer is not None else [sa.false()]

    def _scoped(self, request: Request, stmt: sa.Select) -> sa.Select:
        return stmt.where(*self.scope(current_viewer(request)))

    def unsearchable(self, viewer: Viewer | None) -> frozenset[str]:
        """Columns this viewer sees masked: never searched, filtered or sorted by (a search would
        reveal what the mask hides). The rule is the domain's (visibility)."""
        return frozenset()

    def list_query(self, request: Request) -> sa.Select:
        # search_query is not given the request: the statement carries what it may not search.
        stmt = self._scoped(request, super().list_query(request))
        unsearchable = self.unsearchable(current_viewer(request))
        withheld = [field for field in self._search_fields if field in unsearchable]
        if withheld and request.query_params.get("search", "").strip():
            # A search the viewer may not make says so, instead of quietly finding nothing (#26 item 6).
            names = "・".join(str(self.column_labels.get(field, field)) for field in withheld)
            request.state.search_note = f"{names}は個人情報のため、検索の対象になりません（ほかの項目で検索しています）。"
        return stmt.execution_options(shuro_unsearchable=unsearchable)

    def search_query(self, stmt: sa.Select, term: str) -> sa.Select:
        """Full-width digits, letters and spaces are read as their half-width forms (２０２５０７０３,
        光洋　鉄筋), and every word of the term must be found in one of the searchable columns, as stored
        or as a person reads it (ベトナム finds VN: the field's description names the codes)."""
        unsearchable = stmt.get_execution_options().get("shuro_unsearchable", frozenset(self._search_fields))
        fields = [field for field in self._search_fields if field not in unsearchable]
        words = unicodedata.normalize("NFKC", term).split()
        if not words or not fields:
            return stmt.filter(sa.false()) if words else stmt
        return stmt.filter(*[sa.or_(*[self._matches(field, word) for field in fields]) for word in words])

    def _matches(self, field: str, word: str) -> sa.ColumnElement[bool]:
        if "." in field:  # a column of a related row (`plan.company_name`): rows whose relation has it
            relation_name, column_name = field.split(".", 1)
            relation = getattr(self.model, relation_name)
            related = getattr(relation.property.mapper.class_, column_name)
            return relation.has(sa.cast(related, sa.String).ilike(f"%{word}%"))
        column = getattr(self.model, field)
        described = described_column(self.described_area, field) if self.described_area is not None else None
        named = described.codes_named(word) if described is not None else ()
        text = sa.cast(column, sa.String).ilike(f"%{word}%")
        return sa.or_(text, column.in_(named)) if named else text

    def sort_query(self, stmt: sa.Select, request: Request) -> sa.Select:
        if request.query_params.get("sortBy") in self.unsearchable(current_viewer(request)):
            raise HTTPException(status_code=400)
        return super().sort_query(stmt, request)

    def count_query(self, request: Request) -> sa.Select:
        return self._scoped(request, super().count_query(request))

    async def count(self, request: Request, stmt: sa.Select | None = None) -> int:
        """The list's count, without the list's order and up to COUNT_CAP + 1 (#28): sqladmin counts the sorted
        statement whole, which at national scale cost more than the page (700 000 attachments). Beyond the cap
        the list says 「10,000件以上」 and asks for a filter; the pages up to the cap stay reachable."""
        froms = stmt.get_final_froms() if stmt is not None else []
        if len(froms) == 1 and isinstance(froms[0], sa.Subquery) and isinstance(froms[0].element, sa.Select):
            listed = froms[0].element.order_by(None).limit(self.count_cap + 1)
            stmt = sa.select(sa.func.count()).select_from(listed.subquery())
        return await super().count(request, stmt)

    def details_query(self, request: Request) -> sa.Select:
        return self._scoped(request, super().details_query(_with_numeric_pk(request)))

    def form_edit_query(self, request: Request) -> sa.Select:
        return self._scoped(request, super().form_edit_query(_with_numeric_pk(request)))

    async def get_model_objects(self, request: Request, limit: int | None = 0) -> Any:  # type: ignore[override]
        """What the export reads: the list page's own statement (sqladmin's reads the unfiltered table)."""
        return await listed_rows(self, request)

    async def export_data(self, data: Any, export_type: str = "csv", request: Request | None = None) -> StreamingResponse:
        assert request is not None and isinstance(data, ListedRows)
        viewer = current_viewer(request)
        assert viewer is not None
        response = await export_response(self, data, request)
        async with self.session_maker() as session:
            count = (await session.execute(sa.select(sa.func.count()).select_from(data.statement.order_by(None).subquery()))).scalar_one()
        await record_export(viewer, ExportChannel.ADMIN, self.identity, data.condition, count)
        return response
