"""One description of each plan field (DESIGN.md rules 9–10, #23): everything that knows a plan field
derives from `app.domain.plans.fields` or is checked against it here, so a field added in one place
only fails a test."""

from __future__ import annotations

import logging

import httpx
import pytest
from graphql import GraphQLInputObjectType, GraphQLObjectType, get_named_type

from admin.views.plans import PlanAdmin, WorkerAdmin
from app.domain.changes.items import application_problems, notification_problems
from app.domain.plans.export import PLAN_HEADER, WORKER_HEADER
from app.domain.plans.fields import BY_PATH, FIELDS, GROUPS, AfterCertification, Area, fields_of
from app.domain.visibility import PERSONAL_WORKER_FIELDS
from app.graphql.compiled.operation import Compiler
from app.graphql.compiled.plan_json import NOT_COMPILED, OBJECT_TYPES
from app.graphql.schema import MAX_TOKENS, schema, validation_rules
from app.models import Plan, PlanLicense, Worker
from tests.operations import run

TABLES = {Area.PLAN: Plan, Area.LICENSE: PlanLicense, Area.WORKER: Worker}
# Columns that are not fields a company fills in: the workflow's, the keys, what the domain derives.
NOT_PLAN_FIELDS = {
    Area.PLAN: {"id", "company", "company_id", "status", "version", "application_number", "applied_at", "queued_at", "first_accepted_at",
                "certificate_number", "certified_at", "remand_comment", "cancellation_requested_at", "cancellation_reason", "bureau",
                "worker_count", "created_at", "updated_at"},
    Area.LICENSE: {"id", "plan", "plan_id", "position"},
    Area.WORKER: {"id", "plan", "plan_id", "position", "residence_card_number", "employment_status", "version", "created_at"},
}
# GraphQL object types that show described fields, by where they live.
OUTPUT_TYPES = {"Plan": None, "JacMembership": "jacMembership", "Proxy": "proxy", "Consents": "consents", "License": "licenses",
                "Worker": "workers"}
INPUT_TYPES = {"PlanInput": None, "JacMembershipInput": "jacMembership", "ProxyInput": "proxy", "ConsentsInput": "consents",
               "LicenseInput": "licenses", "WorkerInput": "workers"}


def _described_names(group: str | None) -> set[str]:
    return {f.name for f in FIELDS if (f.group.name if f.group else None) == group}


def test_every_description_names_a_stored_column() -> None:
    for spec in FIELDS:
        assert spec.stored_as in TABLES[spec.area]._meta.fields_map, spec.path


@pytest.mark.parametrize("area", list(Area))
def test_every_column_a_company_fills_in_is_described(area: Area) -> None:
    columns = set(TABLES[area]._meta.db_fields)
    described = {spec.stored_as for spec in fields_of(area)}
    assert columns - described - NOT_PLAN_FIELDS[area] == set(), "describe the new column in app/domain/plans/fields.py"


def test_every_input_field_is_described_or_a_group() -> None:
    types = schema._schema.type_map
    for name, group in INPUT_TYPES.items():
        graphql_type = types[name]
        assert isinstance(graphql_type, GraphQLInputObjectType)
        own = set(graphql_type.fields)
        groups = {g.name for g in GROUPS} if group is None else set()
        extra = {"id"} if name == "WorkerInput" else set()
        assert own == _described_names(group) | groups | extra, name
        for field_name, field in graphql_type.fields.items():
            assert field.description, f"{name}.{field_name} has no description"


def test_every_described_field_is_read_and_compiled() -> None:
    types = schema._schema.type_map
    for name, group in OUTPUT_TYPES.items():
        graphql_type = types[name]
        assert isinstance(graphql_type, GraphQLObjectType)
        assert _described_names(group) <= set(graphql_type.fields), name
        for field_name in _described_names(group):
            assert graphql_type.fields[field_name].description == BY_PATH[f"{group}.{field_name}" if group else field_name].description()


def test_every_field_of_a_compiled_type_is_compiled_or_left_out_on_purpose() -> None:
    types = schema._schema.type_map
    for name, table in OBJECT_TYPES.items():
        graphql_type = types[name]
        assert isinstance(graphql_type, GraphQLObjectType)
        fields = set(graphql_type.fields)
        left_out = NOT_COMPILED.get(name, frozenset())
        assert fields - set(table) - left_out == set(), f"{name}: compile these in plan_json.py or list them in NOT_COMPILED"
        assert set(table) | left_out <= fields, name
    # A compiled type reached from Plan is compiled itself.
    for name in OBJECT_TYPES:
        for field_name, field in types[name].fields.items():
            returned = get_named_type(field.type)
            if field_name not in NOT_COMPILED.get(name, ()) and isinstance(returned, GraphQLObjectType):
                assert returned.name in OBJECT_TYPES, f"{name}.{field_name}"


def test_a_read_that_falls_back_names_the_field_in_development(caplog: pytest.LogCaptureFixture) -> None:
    compiler = Compiler(schema, validation_rules(False), MAX_TOKENS, log_fallbacks=True)
    with caplog.at_level(logging.INFO, logger="app.graphql.compiled"):
        assert compiler.compiled("query Fallback { myPlan { id workers { id hasUnsentReport } } }", "Fallback") is None
        assert compiler.compiled("query Compiled { myPlan { id workers { id name } } }", "Compiled") is not None
    [line] = [r.getMessage() for r in caplog.records]
    assert "Worker.hasUnsentReport" in line and "Fallback" in line


def test_the_admin_and_the_csv_use_the_one_set_of_labels() -> None:
    for view, area in ((PlanAdmin, Area.PLAN), (WorkerAdmin, Area.WORKER)):
        for spec in fields_of(area):
            assert view.column_labels[spec.stored_as] == spec.label, spec.path
    assert {"商号又は名称", "法人番号", "主たる営業所の都道府県"} <= set(PLAN_HEADER)
    assert {BY_PATH[p].label for p in ("workers.name", "workers.workStart", "workers.ccusWorkerId")} <= set(WORKER_HEADER)


def test_the_masked_fields_are_the_ones_visibility_masks() -> None:
    assert {spec.stored_as for spec in fields_of(Area.WORKER) if spec.masked} == PERSONAL_WORKER_FIELDS - {"residence_card_number"}


def _sample(spec_path: str) -> object:
    spec = BY_PATH[spec_path]
    return next(iter(spec.options)).value if spec.options else {int: 1, bool: True}.get(spec.kind, "x")


@pytest.mark.parametrize("spec", [f for f in FIELDS if f.group is None or not f.group.is_list], ids=lambda f: f.path)
def test_each_field_is_routed_after_certification_as_described(spec) -> None:
    """A change application takes exactly the 変更申請 items, a notification the 変更届出 items."""
    value = _sample(spec.path)
    changes = {spec.group.key: {spec.key: value}} if spec.group else {spec.key: value}
    by_application = application_problems(changes, set())
    by_notification = notification_problems(changes, set())
    assert (by_application == []) == (spec.after_certification is AfterCertification.CHANGE_APPLICATION)
    assert (by_notification == []) == (spec.after_certification is AfterCertification.CHANGE_NOTIFICATION)


@pytest.mark.parametrize("spec", fields_of(Area.WORKER), ids=lambda f: f.path)
def test_each_worker_field_is_routed_as_described(spec) -> None:
    existing = {"id": 7, spec.key: _sample(spec.path)}
    by_application = application_problems({"workers": [existing]}, {7})
    by_notification = notification_problems({"workers": [existing]}, {7})
    assert (by_application == []) == (spec.after_certification is AfterCertification.CHANGE_APPLICATION)
    assert (by_notification == []) == (spec.after_certification is AfterCertification.CHANGE_NOTIFICATION)
    # A worker added by an application brings every item.
    assert application_problems({"workers": [{spec.key: _sample(spec.path)}]}, set()) == []


async def test_plan_fields_describe_the_form_without_a_login(client: httpx.AsyncClient) -> None:
    listed = (await run(client, "PlanFields", {}))["planFields"]
    assert [row["path"] for row in listed] == [spec.path for spec in FIELDS]
    by_path = {row["path"]: row for row in listed}
    assert by_path["corporateNumber"] == {
        "path": "corporateNumber", "label": "法人番号", "required": True, "requiredWhen": None, "format": "DIGITS_13", "maxLength": 13,
        "minimum": None, "options": None, "afterCertification": "UNCHANGEABLE", "masked": False,
        "description": BY_PATH["corporateNumber"].description(),
    }
    assert by_path["email"]["format"] == "EMAIL" and by_path["email"]["afterCertification"] == "CHANGE_NOTIFICATION"
    assert by_path["workers.salaryAmount"]["requiredWhen"] and by_path["workers.salaryAmount"]["minimum"] == 1
    assert {"value": "CIVIL", "label": "土木"} in by_path["workers.jobCategory"]["options"]
    assert by_path["workers.name"]["masked"] is True and by_path["proxy.phone"]["format"] == "PHONE_JP"


def test_the_admin_plan_page_shows_every_described_field() -> None:
    from admin.views.plan_page import _COMPOSED, plan_sections

    shown = {label for _, rows in plan_sections(Plan(), []) for label, _ in rows}
    assert [spec.path for spec in fields_of(Area.PLAN) if spec.path not in _COMPOSED and spec.label not in shown] == []
