"""Issue #16: reads compiled to one SQL statement answer exactly what graphql-core answers.

Every documented query of graphql/operations/, for every role, on SQLite and PostgreSQL, goes
through both paths (the compiler on, then off) and the two responses must be equal; a property test
does the same for generated selections of the compiled types (aliases, fragments, `__typename`,
fields that are not compiled). The tests also check that the compiled path did answer, and with
how many statements."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from graphql import OperationDefinitionNode, OperationType, parse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from app.graphql.compiled.plan_json import OBJECT_TYPES
from app.graphql.core.ids import encode_id
from app.http.app import create_app
from app.infra.settings import Settings
from tests.operations import documents
from tests.plan_builder import PDF, BytesSource
from tests.query_count import count_queries

PASSWORD = "Demo2026pass"
LOGINS = {"BUREAU_STAFF": "demo-kanto", "MLIT_STAFF": "demo-mlit", "IMPLEMENTING_ORG": "demo-jac", "ANALYST": "demo-analyst"}


class BothPaths:
    """The served app on its own event loop: each request is sent with the compiler, then without."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.loop = asyncio.new_event_loop()
        self.tokens: dict[str, str | None] = {"ANONYMOUS": None}
        self.plan_ids: list[str] = []
        self.compiled_answers = 0

    def run(self, coroutine: Any) -> Any:
        return self.loop.run_until_complete(coroutine)

    async def start(self) -> None:
        self.app = create_app(self.settings.with_overrides(outbox_sender=False))
        self.lifespan = self.app.router.lifespan_context(self.app)
        await self.lifespan.__aenter__()
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app, client=("127.0.0.1", 50000)), base_url="http://t")
        self.compiler = self.app.state.graphql.compiler
        original = self.compiler.answer

        async def counted(*args: Any) -> str | None:
            text = await original(*args)
            self.compiled_answers += text is not None
            return text

        self.compiler.answer = counted
        await self._seed()

    async def _seed(self) -> None:
        from app.demo_data import seed_demo
        from app.domain.accounts.authentication import log_in
        from app.domain.accounts.sessions import viewer_of_company
        from app.domain.plans.attachments import add_attachment, add_bulk_attachment
        from app.infra.storage import FolderStorage
        from app.models import CompanyAccount, Plan
        from app.models.enums import PlanStatus

        await seed_demo(40, FolderStorage(self.settings.upload_dir))
        for role, login in LOGINS.items():
            self.tokens[role] = (await log_in(login, PASSWORD, None)).token
        # A company with a certified plan, a bulk file and a staged file; one with a draft.
        certified = await Plan.filter(status=PlanStatus.CERTIFIED).order_by("id").first()
        draft = await Plan.filter(status=PlanStatus.DRAFT).order_by("id").first()
        assert certified is not None and draft is not None
        for name, plan in (("COMPANY", certified), ("COMPANY_DRAFT", draft)):
            company = await CompanyAccount.get(id=plan.company_id)
            self.tokens[name] = (await log_in(company.login_id, PASSWORD, None)).token
        storage = FolderStorage(self.settings.upload_dir)
        viewer = viewer_of_company(await CompanyAccount.get(id=certified.company_id))
        await add_bulk_attachment(viewer, storage, BytesSource(PDF + b"bulk"), "一括.pdf", None, ["REMARKS", "FULL_TIME_STAFF_PROOF"], staged=True)
        await add_attachment(viewer, storage, BytesSource(PDF + b"staged"), "追加.pdf", None, "REMARKS", staged=True)
        drafting = viewer_of_company(await CompanyAccount.get(id=draft.company_id))
        await add_bulk_attachment(drafting, storage, BytesSource(PDF + b"draft"), "一括.pdf", None, ["REGISTRY_CERTIFICATE", "CONSTRUCTION_LICENSE"])
        plans = await Plan.all().order_by("id")
        self.plan_ids = [encode_id("Plan", p.id) for p in plans[:: max(1, len(plans) // 12)]] + ["bm90LWFuLWlk"]

    async def stop(self) -> None:
        await self.http.aclose()
        await self.lifespan.__aexit__(None, None, None)

    async def ask(self, query: str, variables: dict[str, Any], token: str | None, compiled: bool,
                  operation_name: str | None = None) -> dict[str, Any]:
        self.app.state.graphql.compiler = self.compiler if compiled else None
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        body = {"query": query, "variables": variables, **({"operationName": operation_name} if operation_name else {})}
        response = await self.http.post("/graphql", json=body, headers=headers)
        # Pairs, not dicts: the keys must also come in the same order.
        return {"status": response.status_code, "body": json.loads(response.content, object_pairs_hook=list)}

    def compare(self, query: str, variables: dict[str, Any], role: str, operation_name: str | None = None) -> tuple[dict, bool]:
        """Both answers, asserted equal; and whether the compiled path gave the first one."""
        before = self.compiled_answers
        compiled = self.run(self.ask(query, variables, self.tokens[role], True, operation_name))
        answered = self.compiled_answers > before
        general = self.run(self.ask(query, variables, self.tokens[role], False, operation_name))
        assert compiled == general, (role, operation_name, variables, query)
        return _as_dicts(compiled["body"]), answered


def _as_dicts(value: Any) -> Any:
    if isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
        return {k: _as_dicts(v) for k, v in value}
    if isinstance(value, list):
        return [_as_dicts(v) for v in value]
    return value


@contextmanager
def both_paths(settings: Settings) -> Iterator[BothPaths]:
    both = BothPaths(settings)
    both.run(both.start())
    try:
        yield both
    finally:
        both.run(both.stop())
        both.loop.close()


def documented_queries() -> list[str]:
    names = []
    for name, text in documents().items():
        for definition in parse(text).definitions:
            if isinstance(definition, OperationDefinitionNode) and definition.name and definition.name.value == name:
                if definition.operation is OperationType.QUERY:
                    names.append(name)
    return names


COMPILED_DOCUMENTS = {"MyPlan", "Plan", "Plans"}  # REQUIREMENTS C1–C7 reads: the company's plan, review, the queue


def test_every_documented_query_answers_the_same_through_both_paths(settings: Settings) -> None:
    with both_paths(settings) as both:
        first_page, _ = both.compare(documents()["Plans"], {"first": 3}, "MLIT_STAFF", "Plans")
        cursor = first_page["data"]["plans"]["pageInfo"]["endCursor"]
        variants: dict[str, list[dict[str, Any]]] = {
            "Plan": [{"id": plan_id} for plan_id in both.plan_ids],
            "PlanReports": [{"id": plan_id} for plan_id in both.plan_ids[:4]],
            "Plans": [{}, {"first": 5}, {"first": 3, "after": cursor}, {"first": 0}, {"after": "not-a-cursor"},
                      {"filter": {"statuses": ["UNDER_REVIEW", "CERTIFIED"], "bureaus": ["KANTO"]}}, {"filter": {"companyName": "建設"}},
                      {"filter": {"prefectures": ["99"]}}, {"filter": {"hasOverdueReports": True}, "first": 10}],
            "PlansWithReports": [{"first": 5}],
            "ChangeApplications": [{"first": 5}],
            "PlanStatistics": [{"groupBy": ["STATUS"]}],
            "Labels": [{"enum": "PlanStatus"}],
        }
        compiled_for: dict[str, set[str]] = {}
        for name in documented_queries():
            for role in both.tokens:
                for variables in variants.get(name, [{}]):
                    body, answered = both.compare(documents()[name], variables, role, name)
                    if answered:
                        compiled_for.setdefault(name, set()).add(role)
                        assert "errors" not in body
        # The compiled path answered the plan reads for every role that may make them, and nothing else.
        assert set(compiled_for) == COMPILED_DOCUMENTS
        assert compiled_for["MyPlan"] == {"COMPANY", "COMPANY_DRAFT"}
        assert compiled_for["Plans"] == set(LOGINS)
        assert compiled_for["Plan"] == set(LOGINS) | {"COMPANY", "COMPANY_DRAFT"}


def test_a_compiled_read_is_one_statement_besides_the_session(settings: Settings) -> None:
    with both_paths(settings) as both:
        query = documents()["Plans"]
        for first in (2, 30):
            with count_queries() as statements:
                body, answered = both.compare(query, {"first": first}, "MLIT_STAFF", "Plans")
            assert answered and len(body["data"]["plans"]["edges"]) == first
            compiled_statements = [s for s in statements if "json_" in s]
            assert len(compiled_statements) == 1


ALL_PLAN_FIELDS = " ".join(
    name if not hasattr(value, "returns") else f"{name} {{ __typename }}" for name, value in OBJECT_TYPES["Plan"].items()
)


def test_a_selection_wider_than_one_sql_call_is_joined(settings: Settings) -> None:
    """json_build_object takes 50 pairs at most: every field and 25 aliases (67 keys) are built in parts, in order."""
    aliases = " ".join(f"a{n}: status" for n in range(25))
    with both_paths(settings) as both:
        body, answered = both.compare(f"query {{ myPlan {{ {ALL_PLAN_FIELDS} {aliases} }} }}", {}, "COMPANY")
        assert answered and list(body["data"]["myPlan"])[-25:] == [f"a{n}" for n in range(25)]


# ---- generated selections -------------------------------------------------------------------

NOT_COMPILED = {"Plan": ["pendingReports { id }", "changeApplications { id }"], "Worker": ["hasUnsentReport", "report { id }"]}


def _selection(type_name: str, depth: int) -> st.SearchStrategy[str]:
    fields = OBJECT_TYPES[type_name]
    leaves = [name for name, value in fields.items() if not hasattr(value, "returns")]
    objects = [name for name, value in fields.items() if hasattr(value, "returns")] if depth < 3 else []

    @st.composite
    def build(draw: st.DrawFn) -> str:
        parts = []
        for index in range(draw(st.integers(1, 6))):
            alias = draw(st.sampled_from(["", "", f"x{index}: "]))
            kind = draw(st.sampled_from(["leaf", "leaf", "object", "typename", "fragment", "foreign"]))
            if kind == "object" and objects:
                name = draw(st.sampled_from(objects))
                parts.append(f"{alias}{name} {{ {draw(_selection(fields[name].returns, depth + 1))} }}")  # type: ignore[attr-defined]
            elif kind == "typename":
                parts.append(f"{alias}__typename")
            elif kind == "fragment":
                parts.append(f"... on {type_name} {{ {draw(st.sampled_from(leaves))} }}")
            elif kind == "foreign" and type_name in NOT_COMPILED and draw(st.integers(0, 5)) == 0:
                parts.append(draw(st.sampled_from(NOT_COMPILED[type_name])))
            else:
                parts.append(f"{alias}{draw(st.sampled_from(leaves))}")
        return " ".join(parts)

    return build()


@st.composite
def plan_reads(draw: st.DrawFn) -> tuple[str, str, dict[str, Any]]:
    plan = draw(_selection("Plan", 0))
    root = draw(st.sampled_from(["myPlan", "plan", "plans"]))
    if root == "myPlan":
        return f"query {{ myPlan {{ {plan} }} }}", draw(st.sampled_from(["COMPANY", "COMPANY_DRAFT", "MLIT_STAFF"])), {}
    role = draw(st.sampled_from([*LOGINS, "COMPANY"]))
    if root == "plan":
        return f"query($id: ID!) {{ plan(id: $id) {{ {plan} }} }}", role, {"id": draw(st.integers(0, 12))}
    connection = draw(st.sampled_from(["totalCount", "pageInfo { hasNextPage endCursor }", "__typename"]))
    first = draw(st.integers(1, 12))
    return (f"query($first: Int, $filter: PlanFilter) {{ plans(first: $first, filter: $filter) {{ {connection} "
            f"edges {{ cursor node {{ {plan} }} }} }} }}", role,
            {"first": first, "filter": draw(st.sampled_from([None, {"statuses": ["UNDER_REVIEW"]}, {"bureaus": ["KANTO", "KINKI"]}]))})


def test_generated_selections_answer_the_same_through_both_paths(settings: Settings, tmp_path: Path) -> None:
    with both_paths(settings) as both:

        @hypothesis_settings(max_examples=40, deadline=None, database=None,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
        @given(plan_reads())
        def check(read: tuple[str, str, dict[str, Any]]) -> None:
            query, role, variables = read
            if "id" in variables:
                variables = {"id": both.plan_ids[variables["id"] % len(both.plan_ids)]}
            both.compare(query, variables, role)

        check()
        assert both.compiled_answers > 10


def test_a_token_ended_after_a_compiled_read_reads_nothing_more(settings: Settings) -> None:
    """The viewer of a token is remembered, but each statement checks the session itself: after logout
    the next read answers UNAUTHENTICATED at once, and a deactivated staff account reads nothing."""
    from app.domain.accounts.sessions import end_session
    from app.models import StaffUser

    with both_paths(settings) as both:
        query = documents()["MyPlan"]
        body, answered = both.compare(query, {}, "COMPANY", "MyPlan")
        assert answered and body["data"]["myPlan"] is not None
        assert both.run(end_session(both.tokens["COMPANY"]))
        body, answered = both.compare(query, {}, "COMPANY", "MyPlan")
        assert not answered and body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"

        plans = documents()["Plans"]
        body, answered = both.compare(plans, {"first": 2}, "ANALYST", "Plans")
        assert answered
        both.run(StaffUser.filter(login_id=LOGINS["ANALYST"]).update(is_active=False))
        body, answered = both.compare(plans, {"first": 2}, "ANALYST", "Plans")
        assert not answered and body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_the_queue_count_is_the_same_from_the_statistics_cube_and_from_the_plans(settings: Settings) -> None:
    """totalCount of a search the cube can tell is read from its cells while nothing waits to be
    counted, and from the plans while a write does (#16): the same number either way, every role."""
    from app.domain.plans.tally import refresh_tally
    from app.models import Plan, PlanTallyChange
    from app.models.enums import PlanStatus

    searches = [{}, {"filter": {"statuses": ["UNDER_REVIEW", "CERTIFIED"], "bureaus": ["KANTO"]}},
                {"filter": {"prefectures": ["13", "27"], "appliedFrom": "2026-01-01", "appliedTo": "2026-06-30"}},
                {"filter": {"statuses": ["DRAFT"]}}, {"first": 2, "filter": {"bureaus": ["KINKI"]}},
                # One nationality or job category (#28): the plans with such a worker, a worker-keyed cell each.
                {"filter": {"nationalities": ["vn"]}}, {"filter": {"jobCategories": ["CIVIL"], "statuses": ["UNDER_REVIEW"]}},
                {"filter": {"nationalities": ["VN"], "jobCategories": ["CIVIL"], "bureaus": ["KANTO"]}},
                {"filter": {"nationalities": ["VN", "PH"]}},  # two: counted, as a plan may have both
                # A part of the name: PostgreSQL's index of two-character pieces finds the candidates.
                {"filter": {"companyName": "和"}}, {"filter": {"companyName": "工務"}}, {"filter": {"companyName": "三栄工"}},
                {"filter": {"companyName": "株式会社三栄"}}]
    with both_paths(settings) as both:
        both.run(refresh_tally())

        def compare_every_role() -> list[int]:
            return [both.compare(documents()["Plans"], variables, role, "Plans")[0]["data"]["plans"]["totalCount"]
                    for role in LOGINS for variables in searches]

        assert not both.run(PlanTallyChange.exists())
        from_cells = compare_every_role()
        assert any(from_cells)
        everything, *found = [both.compare(documents()["Plans"], variables, "MLIT_STAFF", "Plans")[0]["data"]["plans"]["totalCount"]
                              for variables in [{}, *searches[5:]]]
        assert all(0 < count < everything for count in found), found  # each search narrows, none to nothing

        async def remand_one() -> None:  # written as the admin panel's SQL would, past the domain
            plan = await Plan.filter(status=PlanStatus.UNDER_REVIEW, bureau="KANTO").order_by("id").first()
            assert plan is not None
            await Plan.filter(id=plan.id).update(status=PlanStatus.REMANDED)

        both.run(remand_one())
        assert both.run(PlanTallyChange.exists())
        pending = compare_every_role()  # counted from the plans
        both.run(refresh_tally())
        assert compare_every_role() == pending != from_cells


def test_a_kept_statement_holds_no_date_across_midnight(settings: Settings) -> None:
    """#24: `hasOverdueReports` is judged by today's date in Japan; a statement kept from yesterday must
    not answer with yesterday's date. The clock crosses midnight between two reads of one shape."""
    from datetime import datetime, timedelta

    from app.domain import clock as domain_clock
    from app.domain.accounts.authentication import log_in
    from app.models import WorkerReport
    from app.models.enums import ReportKind, ReportStatus

    query = documents()["Plans"]
    overdue = {"filter": {"hasOverdueReports": True}, "first": 100}
    with both_paths(settings) as both:
        today = domain_clock.today()
        before_midnight = datetime(today.year, today.month, today.day, 23, 59, tzinfo=domain_clock.JST)

        async def due_today_and_log_in() -> None:
            report = await WorkerReport.filter(kind=ReportKind.ACCEPTANCE, status=ReportStatus.REQUIRED, due_on__gt=today).first()
            assert report is not None
            await WorkerReport.filter(id=report.id).update(due_on=today)  # overdue from tomorrow on
            both.tokens["MLIT_STAFF"] = (await log_in(LOGINS["MLIT_STAFF"], PASSWORD, None)).token

        try:
            domain_clock.set_clock(lambda: before_midnight)
            both.run(due_today_and_log_in())
            evening, answered = both.compare(query, overdue, "MLIT_STAFF", "Plans")
            assert answered
            domain_clock.set_clock(lambda: before_midnight + timedelta(minutes=2))
            morning, answered = both.compare(query, overdue, "MLIT_STAFF", "Plans")  # the same shape, the next day
            assert answered
        finally:
            domain_clock.set_clock(None)
        assert morning["data"]["plans"]["totalCount"] == evening["data"]["plans"]["totalCount"] + 1


def test_a_search_read_once_for_its_count_and_pages_pages_as_the_general_path(settings: Settings) -> None:
    """#28: a search only reading the plans can count (a company-name part, days inside a month) reads
    them once for totalCount and takes each page from that reading; paged with `after` to the end, every
    page, count and cursor is the general path's, for each staff role."""
    searches = [{"companyName": "株式会社"}, {"companyName": "建設", "statuses": ["CERTIFIED", "UNDER_REVIEW"]},
                {"appliedFrom": "2026-01-15", "appliedTo": "2026-11-20"}]
    with both_paths(settings) as both:
        for role in LOGINS:
            for search in searches:
                after, seen = None, []
                while True:
                    body, answered = both.compare(documents()["Plans"], {"filter": search, "first": 3, "after": after}, role, "Plans")
                    assert answered, (role, search)
                    connection = body["data"]["plans"]
                    seen += [edge["node"]["id"] for edge in connection["edges"]]
                    if not connection["pageInfo"]["hasNextPage"]:
                        break
                    after = connection["pageInfo"]["endCursor"]
                assert len(seen) == len(set(seen)) == connection["totalCount"], (role, search)
        mlit_found = both.compare(documents()["Plans"], {"filter": searches[0], "first": 3}, "MLIT_STAFF", "Plans")[0]
        assert mlit_found["data"]["plans"]["totalCount"] > 3  # more than one page
