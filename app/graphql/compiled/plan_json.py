"""The plan as SQL that builds its JSON: the compiled twin of `app.graphql.plans.types`,
`app.graphql.plans.files` and the `plans` connection (`app.graphql.plans.search`), field by field,
with the same masks and the same rules.

A field missing from these tables is not compiled: an operation that selects it is executed by
graphql-core as before. What a viewer may read is taken from `app.domain.visibility` and the
transition table (`View`), never decided here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from itertools import count
from typing import Any

from tortoise.queryset import QuerySet, ValuesQuery

from app.domain.catalogue import prefectures
from app.domain.plans.fields import CONSENTS, JAC, PROXY, Area, Format, Group, fields_of
from app.domain.plans.tally import PENDING_CHANGES_SQL
from app.domain.review.menu import COMPANY_MENU, AnyRows
from app.domain.review.transitions import available_actions
from app.domain.viewer import Viewer
from app.domain.visibility import MASK, may_read_internal_comments, plan_scope
from app.graphql.compiled.selection import Field, NotCompiled
from app.graphql.compiled.sql import Dialect, literal
from app.http.files import PATH_PREFIX
from app.models import Plan as PlanModel
from app.models.enums import Bureau, EmploymentStatus, JobCategory, PlanAction, PlanStatus, SalaryMode

# Any moment: it stands for "a cancellation is requested" when the transition table is read.
REQUESTED = datetime(2000, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class View:
    """What of a plan the viewer reads differently, as far as it changes the SQL."""

    mask_personal_data: bool
    withhold_file_names: bool
    internal_comments: bool
    actions: tuple[tuple[PlanStatus, bool, tuple[str, ...]], ...]  # (status, cancellation pending, mutations)
    menu: tuple[tuple[frozenset[PlanStatus], str, AnyRows | None], ...] = ()  # the company's, after the table's actions


def view_of(viewer: Viewer) -> View:
    scope = plan_scope(viewer)
    actions = tuple(
        (status, pending, tuple(available_actions(PlanModel(status=status, cancellation_requested_at=REQUESTED if pending else None), viewer)))
        for status in PlanStatus for pending in (False, True)
    )
    menu = COMPANY_MENU if viewer.is_company else ()
    return View(scope.mask_personal_data, scope.withhold_file_names, may_read_internal_comments(viewer), actions, menu)


@dataclass(frozen=True)
class Page:
    """The `plans` connection being written: its numbered rows (a CTE with `n` from 1; the row after
    the page tells hasNextPage), the page size, and the count query of totalCount."""

    rows: str
    size: int
    total: QuerySet[Any] | None
    applied_total: ValuesQuery[Any] | None = None  # the count from the statistics cube, while it is current
    found: str | None = None  # or a CTE of the plans found, which counts them


class Render:
    """One rendering of an operation's SQL: the dialect, the viewer's view, fresh table aliases, and
    `embed`, which writes a Tortoise query into the statement where it stands."""

    def __init__(self, dialect: Dialect, view: View, embed: Callable[[QuerySet[Any]], str]) -> None:
        self.dialect = dialect
        self.view = view
        self.embed = embed
        self.page: Page | None = None
        self._aliases = count(1)

    def alias(self, prefix: str) -> str:
        return f"{prefix}{next(self._aliases)}"

    def object(self, type_name: str, fields: tuple[Field, ...], row: str, parent: str | None = None) -> str:
        table = OBJECT_TYPES[type_name]
        return self.dialect.json_object([
            (f.key, literal(type_name) if f.name == "__typename" else table[f.name].sql(self, f, row, parent)) for f in fields
        ])


class Value:
    """One field of an object type, as a SQL expression over the row alias (and its parent's).
    A field with a selection set names the object type it returns in `returns`."""

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class Column(Value):
    column: str

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return f"{row}.{self.column}"


@dataclass(frozen=True)
class Flag(Column):
    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return r.dialect.boolean(f"{row}.{self.column}")


@dataclass(frozen=True)
class Day(Column):
    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return r.dialect.day(f"{row}.{self.column}")


@dataclass(frozen=True)
class JapanTime(Column):
    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return r.dialect.japan_time(f"{row}.{self.column}")


@dataclass(frozen=True)
class OpaqueId(Column):
    kind: str

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return r.dialect.opaque_id(self.kind, f"{row}.{self.column}")


@dataclass(frozen=True)
class Named(Column):
    """A code shown as its name: an enum's Japanese label, a prefecture's name."""

    names: tuple[tuple[str, str], ...]

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return named_sql(f"{row}.{self.column}", self.names)


def named_sql(expression: str, names: tuple[tuple[str, str], ...]) -> str:
    """A code's name in SQL (NULL for no code): the compiled reads and the CSV exports write it so."""
    cases = " ".join(f"WHEN {literal(code)} THEN {literal(name)}" for code, name in names)
    return f"(CASE {expression} {cases} END)"


def labels_of(enum: type[Enum]) -> tuple[tuple[str, str], ...]:
    return tuple((member.value, member.label) for member in enum)  # type: ignore[attr-defined]


def prefecture_names() -> tuple[tuple[str, str], ...]:
    return tuple((code, prefecture.name) for code, prefecture in prefectures().items())


def label(enum: type[Enum], column: str) -> Named:
    return Named(column, labels_of(enum))


def masked_sql(expression: str) -> str:
    """`visibility.masked`: the mask for a value, a missing (or empty) value stays as it is."""
    return f"(CASE WHEN {expression} IS NULL OR {expression} = '' THEN {expression} ELSE {literal(MASK)} END)"


@dataclass(frozen=True)
class PrefectureName(Value):
    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return Named("head_office_prefecture", prefecture_names()).sql(r, field, row, parent)


@dataclass(frozen=True)
class Personal(Value):
    """A worker's personal value: masked for viewers who may not read it; a date cannot carry the
    mask and is left out."""

    inner: Value
    text: bool = True

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        value = self.inner.sql(r, field, row, parent)
        if not r.view.mask_personal_data:
            return value
        return masked_sql(value) if self.text else "NULL"


@dataclass(frozen=True)
class FileName(Column):
    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        value = f"{row}.{self.column}"
        return masked_sql(value) if r.view.withhold_file_names else value


@dataclass(frozen=True)
class FileUrl(Column):
    """`Attachment.url` (app.http.files): the path with the opaque id; null where file names are withheld."""

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        if r.view.withhold_file_names:
            return "NULL"
        return f"({literal(PATH_PREFIX)} || {r.dialect.opaque_id('Attachment', f'{row}.{self.column}')})"


@dataclass(frozen=True)
class HistoryComment(Value):
    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return f"{row}.comment" if r.view.internal_comments else f"(CASE WHEN {row}.comment_is_internal THEN NULL ELSE {row}.comment END)"


@dataclass(frozen=True)
class EffectiveSalary(Value):
    """`plans.draft.effective_salary`: 「同じ」 takes the plan's basic salary."""

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return effective_salary_sql(row, parent or "")


def effective_salary_sql(worker: str, plan: str) -> str:
    return f"(CASE WHEN {worker}.salary_mode = {literal(SalaryMode.SAME.value)} THEN {plan}.basic_monthly_salary ELSE {worker}.salary_amount END)"


@dataclass(frozen=True)
class Nested(Value):
    """An object made of the same row's columns; null unless `present` holds."""

    returns: str
    present: tuple[str, ...] = ()  # columns: the object exists when any of them is set

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        built = r.object(self.returns, field.children, row, parent)
        if not self.present:
            return built
        condition = " OR ".join(f"{row}.{c} IS NOT NULL" for c in self.present)
        return r.dialect.json_value(f"CASE WHEN {condition} THEN {built} END")


@dataclass(frozen=True)
class Children(Value):
    """A list of child rows, in the order the loaders read them (`app.graphql.core.loaders`)."""

    returns: str
    table: str
    order: tuple[str, ...]
    where: Callable[[Dialect, str], str] | None = None

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        child = r.alias(self.table[0])
        condition = f"{child}.plan_id = {row}.id" + (f" AND {self.where(r.dialect, child)}" if self.where else "")
        order = ", ".join(f"{child}.{column}" for column in self.order)
        return r.dialect.json_array(r.object(self.returns, field.children, child, row), self.table, child, condition, order)


@dataclass(frozen=True)
class CoveredItems(Value):
    """The items a bulk file covers (`[]` for a single file)."""

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        item = r.alias("c")
        items = r.dialect.json_array(f"{item}.document_item_id", "attachment_coverage", item, f"{item}.attachment_id = {row}.id", f"{item}.id")
        return r.dialect.json_value(f"CASE WHEN {row}.is_bulk THEN {items} ELSE {r.dialect.json_constant([])} END")


def _rows_exist(r: Render, when: AnyRows, row: str) -> str:
    """`menu.AnyRows.holds` as SQL over the plan row."""
    table = r.alias("m")
    conditions = [f"{table}.plan_id = {row}.id",
                  *(f"{table}.{column} IN ({', '.join(literal(v) for v in values)})" for column, values in when.where)]
    if when.worker_status:
        worker = r.alias("w")
        statuses = ", ".join(literal(v) for v in when.worker_status)
        conditions.append(f"EXISTS (SELECT 1 FROM worker {worker} WHERE {worker}.id = {table}.worker_id AND {worker}.employment_status IN ({statuses}))")
    rows = f"SELECT 1 FROM {when.table} {table} WHERE {' AND '.join(conditions)}"
    found = f"EXISTS ({rows})" if when.at_least == 1 else f"(SELECT count(*) FROM ({rows} LIMIT {when.at_least}) {r.alias('n')}) >= {when.at_least}"
    return f"NOT {found}" if when.none else found


@dataclass(frozen=True)
class AvailableActions(Value):
    """`review.transitions.available_actions` for this viewer, read off the table for each state,
    then the company's menu (`review.menu`), each item with the rows it needs."""

    def _listed(self, r: Render, row: str, status: PlanStatus, actions: tuple[str, ...]) -> str:
        menu = [(mutation, when) for states, mutation, when in r.view.menu if status in states]
        if not menu:
            return literal(json.dumps(actions))
        parts = [literal("," + json.dumps(a)) for a in actions] + [
            literal("," + json.dumps(mutation)) if when is None else
            f"(CASE WHEN {_rows_exist(r, when, row)} THEN {literal(',' + json.dumps(mutation))} ELSE '' END)" for mutation, when in menu]
        return f"('[' || substr({' || '.join(parts)}, 2) || ']')"

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        by_status: dict[PlanStatus, dict[bool, tuple[str, ...]]] = {}
        for status, pending, actions in r.view.actions:
            by_status.setdefault(status, {})[pending] = actions
        cases = []
        for status, variants in by_status.items():
            state = f"{row}.status = {literal(status.value)}"
            if variants[False] == variants[True]:
                cases.append(f"WHEN {state} THEN {self._listed(r, row, status, variants[False])}")
            else:
                for pending, actions in variants.items():
                    requested = f"{row}.cancellation_requested_at IS {'NOT NULL' if pending else 'NULL'}"
                    cases.append(f"WHEN {state} AND {requested} THEN {self._listed(r, row, status, actions)}")
        return r.dialect.parsed_json(f"CASE {' '.join(cases)} ELSE '[]' END")


class PageValue(Value):
    def page(self, r: Render) -> Page:
        assert r.page is not None, "a connection's fields are written inside its page"
        return r.page


class TotalCount(PageValue):
    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        page = self.page(r)
        counted = f"(SELECT count(*) FROM {page.found})" if page.found else f"({r.embed(page.total.count())})"
        if page.applied_total is None:
            return counted
        return f"(CASE WHEN {PENDING_CHANGES_SQL} THEN {counted} ELSE ({r.embed(page.applied_total)}) END)"


@dataclass(frozen=True)
class Edges(PageValue):
    returns: str = "PlanEdge"

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        page, edge = self.page(r), r.alias("e")
        return r.dialect.json_array(r.object(self.returns, field.children, edge), page.rows, edge, f"{edge}.n <= {page.size}", f"{edge}.n")


class HasNextPage(PageValue):
    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        page = self.page(r)
        return r.dialect.boolean(f"(SELECT count(*) FROM {page.rows}) > {page.size}")


class EndCursor(PageValue):
    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        page, last = self.page(r), r.alias("e")
        cursor = QueueCursor().sql(r, field, last, None)
        return f"(SELECT {cursor} FROM {page.rows} {last} WHERE {last}.n <= {page.size} ORDER BY {last}.n DESC LIMIT 1)"


class QueueCursor(Value):
    """`plans.search.encode_cursor` of the row."""

    def sql(self, r: Render, field: Field, row: str, parent: str | None) -> str:
        return r.dialect.queue_cursor(f"{row}.queued_at", f"{row}.id")


def _not_staged(dialect: Dialect, alias: str) -> str:
    return dialect.is_false(f"{alias}.staged")


def _staged_unclaimed(dialect: Dialect, alias: str) -> str:
    return f"NOT ({dialect.is_false(f'{alias}.staged')}) AND {alias}.change_application_id IS NULL"


def described(area: Area | Group | None) -> dict[str, Value]:
    """The described fields (`app.domain.plans.fields`) as their columns: dates and flags written as
    the Python path writes them, personal values masked for the viewers who read them masked."""
    values: dict[str, Value] = {}
    for spec in fields_of(area):
        inner = Day(spec.stored_as) if spec.format is Format.DATE else Flag(spec.stored_as) if spec.format is Format.BOOLEAN else Column(spec.stored_as)
        values[spec.name] = Personal(inner, text=spec.kind is str) if spec.masked else inner
    return values


def _present(group: Group) -> tuple[str, ...]:
    return tuple(spec.stored_as for spec in fields_of(group))


PLAN_FIELDS: dict[str, Value] = {
    **described(None),
    "id": OpaqueId("id", "Plan"),
    "version": Column("version"),
    "applicationNumber": Column("application_number"),
    "status": Column("status"),
    "statusLabel": label(PlanStatus, "status"),
    "bureau": Column("bureau"),
    "bureauLabel": label(Bureau, "bureau"),
    "appliedAt": JapanTime("applied_at"),
    "queuedAt": JapanTime("queued_at"),
    "certificateNumber": Column("certificate_number"),
    "certifiedAt": JapanTime("certified_at"),
    "remandComment": Column("remand_comment"),
    "cancellationRequestedAt": JapanTime("cancellation_requested_at"),
    "cancellationReason": Column("cancellation_reason"),
    "headOfficePrefectureName": PrefectureName(),
    "jacMembership": Nested("JacMembership", _present(JAC)),
    "proxy": Nested("Proxy", _present(PROXY)),
    "consents": Nested("Consents"),
    "workerCount": Column("worker_count"),
    "licenses": Children("License", "plan_license", ("position", "id")),
    "workers": Children("Worker", "worker", ("position", "id")),
    "attachments": Children("Attachment", "attachment", ("id",), _not_staged),
    "stagedAttachments": Children("Attachment", "attachment", ("id",), _staged_unclaimed),
    "history": Children("HistoryEvent", "plan_event", ("at", "id")),
    "availableActions": AvailableActions(),
}

OBJECT_TYPES: dict[str, dict[str, Value]] = {
    "Plan": PLAN_FIELDS,
    "JacMembership": described(JAC),
    "Proxy": described(PROXY),
    "Consents": described(CONSENTS),
    "License": described(Area.LICENSE),
    "Worker": {
        **described(Area.WORKER),
        "id": OpaqueId("id", "Worker"),
        "jobCategoryLabel": label(JobCategory, "job_category"),
        "effectiveSalary": EffectiveSalary(),
        "employmentStatus": Column("employment_status"),
        "employmentStatusLabel": label(EmploymentStatus, "employment_status"),
    },
    "Attachment": {
        "id": OpaqueId("id", "Attachment"),
        "documentItem": Column("document_item_id"),
        "workerId": OpaqueId("worker_id", "Worker"),
        "newWorkerIndex": Column("new_worker_index"),
        "fileName": FileName("file_name"),
        "contentType": Column("content_type"),
        "size": Column("size"),
        "uploadedAt": JapanTime("uploaded_at"),
        "url": FileUrl("id"),
        "coveredItems": CoveredItems(),
    },
    "HistoryEvent": {
        "at": JapanTime("at"),
        "action": Column("action"),
        "actionLabel": label(PlanAction, "action"),
        "fromStatus": Column("from_status"),
        "toStatus": Column("to_status"),
        "actorRole": Column("actor_role"),
        "comment": HistoryComment(),
    },
    "PlanConnection": {"edges": Edges(), "pageInfo": Nested("PageInfo"), "totalCount": TotalCount()},
    "PlanEdge": {"cursor": QueueCursor(), "node": Nested("Plan")},
    "PageInfo": {"hasNextPage": HasNextPage(), "endCursor": EndCursor()},
}


# Fields of the compiled types that graphql-core answers on purpose: their rows are read through
# loaders with rules of their own (reports, change applications), or stored JSON is read for people
# (`HistoryEvent.changes`, `plans.readable`). A test fails when a schema field is in neither table.
NOT_COMPILED: dict[str, frozenset[str]] = {
    "Plan": frozenset({"changeApplications", "pendingReports", "documents"}),
    "Worker": frozenset({"report", "reports", "hasUnsentReport"}),
    "HistoryEvent": frozenset({"changes"}),
}


def returned_type(type_name: str, field_name: str) -> str | None:
    """The object type a compiled field returns (None for a leaf), or NotCompiled: the operation is
    executed the general way."""
    try:
        return getattr(OBJECT_TYPES[type_name][field_name], "returns", None)
    except KeyError:
        raise NotCompiled(f"{type_name}.{field_name}") from None
