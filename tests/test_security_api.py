"""What an outside probe found (issue #10), each as a test that failed before the fix: masked data
recovered through search, one-request denial of service, internal error text, hostile inputs,
admin hardening and file names for analysts."""

from __future__ import annotations

import base64
import json
import logging

import httpx
import pytest

from app.domain.plans import draft as plan_rules
from app.domain.plans.fields import MAX_WORKERS
from app.infra.settings import Settings
from app.models import AuthSession, LoginFailure, Plan, Worker
from app.models.enums import PlanStatus, Role
from tests.admin_client import admin_login
from tests.conftest import app_client, graphql, snapshot
from tests.factories import company_token, make_staff, staff_token
from tests.plan_builder import submitted_plan, to_graphql, worker_input

QUEUE = "query($filter: PlanFilter, $first: Int, $after: String) { plans(filter: $filter, first: $first, after: $after) { totalCount } }"


async def post(client: httpx.AsyncClient, body: dict, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    headers["content-type"] = "application/json"
    # json.dumps escapes as a browser's JSON.stringify does (a lone surrogate travels as \ud800).
    return (await client.post("/graphql", content=json.dumps(body), headers=headers)).json()


# Item 2: masked columns are never searchable, filterable or sortable by who sees them masked.

async def test_analysts_cannot_recover_a_masked_name_through_admin_search(client: httpx.AsyncClient, settings: Settings) -> None:
    await submitted_plan(settings.upload_dir)
    worker = await Worker.first()
    await make_staff(Role.ANALYST, login_id="analyst-search")
    await admin_login(client, "analyst-search")
    for term in (worker.name[:3], worker.name, worker.ccus_worker_id or "0"):
        page = (await client.get("/admin/worker/list", params={"search": term})).text
        assert f"/admin/worker/details/{worker.id}" not in page, term
    assert (await client.get("/admin/worker/list", params={"sortBy": "name"})).status_code == 400
    await make_staff(Role.MLIT_STAFF, login_id="mlit-search")
    await admin_login(client, "mlit-search")
    assert f"/admin/worker/details/{worker.id}" in (await client.get("/admin/worker/list", params={"search": worker.name})).text


# Item 3: one request cannot occupy the server.

async def test_a_document_of_many_aliases_is_refused_before_anything_runs(client: httpx.AsyncClient) -> None:
    _, token = await staff_token(Role.ANALYST)
    document = "{" + " ".join(f"s{n}: planStatistics(groupBy: [STATUS]) {{ plans }}" for n in range(240)) + "}"
    result = await post(client, {"query": document}, token)
    assert result.get("data") is None
    assert {e["extensions"]["code"] for e in result["errors"]} == {"LIMIT_EXCEEDED"}


async def test_a_document_too_costly_for_its_first_is_refused(client: httpx.AsyncClient) -> None:
    _, token = await staff_token(Role.MLIT_STAFF)
    page = "plans(first: 100) { edges { node { id workers { id name } history { at } attachments { id } } } }"
    affordable = await post(client, {"query": "{ " + page + " }"}, token)
    assert "errors" not in affordable
    costly = await post(client, {"query": "{ " + " ".join(f"p{n}: {page}" for n in range(12)) + " }"}, token)
    assert costly["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED" and "first" in costly["errors"][0]["message"]


async def test_one_authentication_mutation_per_operation(client: httpx.AsyncClient) -> None:
    await make_staff(Role.MLIT_STAFF, login_id="target-staff")
    guesses = " ".join(
        f'g{n}: login(input: {{loginId: "target-staff", password: "Guess{n:04d}pass"}}) {{ token }}' for n in range(30)
    )
    result = await post(client, {"query": "mutation { " + guesses + " }"})
    assert result["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"
    assert await LoginFailure.all().count() == 0 and await AuthSession.all().count() == 0


# Item 5: no internal text reaches a client.

@pytest.mark.parametrize(
    ("filter_", "field"),
    [
        ({"prefectures": ["東京都"]}, "filter.prefectures.0"),
        ({"nationalities": ["VNM"]}, "filter.nationalities.0"),
        ({"corporateNumber": "1" * 20}, "filter.corporateNumber"),
        ({"licenseNumber": "第十二号"}, "filter.licenseNumber"),
        ({"companyName": "建" * 100_000}, "filter.companyName"),
    ],
)
async def test_a_filter_that_can_never_match_is_bad_user_input(client: httpx.AsyncClient, filter_: dict, field: str) -> None:
    _, token = await staff_token(Role.ANALYST)
    [error] = (await post(client, {"query": QUEUE, "variables": {"filter": filter_}}, token))["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}
    assert not any(word in error["message"] for word in ("Length", "pattern", "int()", "Traceback"))
    assert error["message"].isascii() is False  # Japanese


async def test_a_licence_number_as_the_api_prints_it_is_a_valid_filter(client: httpx.AsyncClient, settings: Settings) -> None:
    await submitted_plan(settings.upload_dir)
    _, token = await staff_token(Role.MLIT_STAFF)
    plan = await Plan.first().prefetch_related("licenses")
    license = await plan.licenses.all().first()
    printed = f"国土交通大臣許可(般-5)第{int(license.number)}号"
    result = await post(client, {"query": QUEUE, "variables": {"filter": {"licenseNumber": printed}}}, token)
    assert result["data"]["plans"]["totalCount"] == 1


async def test_paging_arguments_that_can_never_be_valid(client: httpx.AsyncClient) -> None:
    _, token = await staff_token(Role.MLIT_STAFF)
    for variables, field in (({"first": 0}, "first"), ({"first": -5}, "first"), ({"after": "not-a-cursor"}, "after"),
                             ({"after": base64.urlsafe_b64encode(b"2026-01-01T00:00:00+00:00|abc").decode()}, "after")):
        [error] = (await post(client, {"query": QUEUE, "variables": variables}, token))["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == field


async def test_ids_of_any_shape_are_just_not_found(client: httpx.AsyncClient) -> None:
    _, token = await staff_token(Role.MLIT_STAFF)
    for raw in ("Plan:abc", "Plan:-1", "Plan:99999999999999999999", "\u00ff\u00fe", "Plan:²", "Plan:٣", "Plan:2147483648", "Plan:9999999999"):
        plan_id = base64.urlsafe_b64encode(raw.encode()).decode()
        result = await post(client, {"query": "query($id: ID!) { plan(id: $id) { id } }", "variables": {"id": plan_id}}, token)
        assert result == {"data": {"plan": None}}


async def test_extreme_cursors_and_dates_are_bad_user_input(client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture) -> None:
    """#24.5: values no API answer holds, at the edges of what Python and the databases can hold."""
    _, token = await staff_token(Role.MLIT_STAFF)
    cursors = ["0001-01-01T00:00:00+09:00|1", "9999-12-31T23:59:59+00:00|1", "2026-01-01T00:00:00+09:00|2147483648",
               "2026-01-01T00:00:00+09:00|٣", "2026-01-01T00:00:00|1"]
    cases = [({"after": base64.urlsafe_b64encode(c.encode()).decode()}, "after") for c in cursors] + [
        ({"filter": {"appliedTo": "9999-12-31"}}, "filter.appliedTo"), ({"filter": {"appliedFrom": "0001-01-01"}}, "filter.appliedFrom")]
    with caplog.at_level(logging.WARNING):
        for variables, field in cases:
            [error] = (await post(client, {"query": QUEUE, "variables": variables}, token))["errors"]
            assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == field, variables
        for query in ("appliedTo=9999-12-31", "appliedFrom=0001-01-01"):
            response = await client.get(f"/export/plans.csv?{query}", headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 400 and response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "Traceback" not in caplog.text


async def test_the_csv_export_refuses_a_bad_filter_with_a_graphql_body(client: httpx.AsyncClient) -> None:
    _, token = await staff_token(Role.ANALYST)
    response = await client.get("/export/plans.csv?prefectures=130", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_non_file_where_an_upload_belongs_is_invalid(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    await graphql(client, "mutation($i: PlanInput!) { savePlanDraft(input: $i) { errors { code } } }", {"i": {"companyName": "x"}}, token)
    document = "mutation($f: Upload!) { uploadAttachment(input: {documentItem: \"EMPLOYMENT_CONTRACT\", file: $f}) { errors { field code message } } }"
    [error] = (await post(client, {"query": document, "variables": {"f": {"filename": "a.pdf"}}}, token))["data"]["uploadAttachment"]["errors"]
    assert error["field"] == "file" and error["code"] == "INVALID"


async def test_anything_unexpected_is_one_internal_error_with_a_request_id_in_the_log(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, db_url: str
) -> None:
    from tortoise import connections

    _, token = await staff_token(Role.MLIT_STAFF)
    await connections.get(next(iter(connections.db_config))).execute_script('DROP TABLE "plan_event"')  # a real fault
    await submitted_plan_for_history(client, token)
    with caplog.at_level(logging.ERROR, logger="app.graphql"):
        result = await post(client, {"query": "{ plans(first: 5) { edges { node { history { at } } } } }"}, token)
    [error] = result["errors"]
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert "plan_event" not in error["message"] and "relation" not in error["message"]
    assert error["extensions"]["requestId"] in caplog.text and "Traceback" in caplog.text


async def submitted_plan_for_history(client: httpx.AsyncClient, token: str) -> None:
    await Plan.create(company=(await company_token())[0], status=PlanStatus.APPLIED, company_name="株式会社障害",
                      head_office_prefecture="13", bureau="KANTO", application_number="20261125-99999",
                      applied_at="2026-11-25T00:00:00+00:00", queued_at="2026-11-25T00:00:00+00:00")


async def test_production_suggests_no_field_names(settings: Settings) -> None:
    production = settings.with_overrides(env="production", secret_key="Vq3x9Lr_T2mZs8Kd0PbW7nYc4HfJ6uGe1AoRtXiN5lMz")
    async with app_client(production) as client:
        [error] = (await post(client, {"query": "{ plan { id } planz }"}))["errors"][:1]
        assert "Did you mean" not in error["message"]


@pytest.mark.parametrize(
    "body",
    [b"{not json", b'{"query": "\xff\xfe"}', b"[" * 100_000 + b"]" * 100_000, b'{"query": 42}', b'"x"', b"1", b"null", b'["x"]'],
    ids=["invalid-json", "invalid-utf8", "deep", "query-not-a-string", "a-string", "a-number", "null", "a-list-of-strings"],
)
async def test_malformed_bodies_answer_400_with_a_graphql_body(client: httpx.AsyncClient, body: bytes) -> None:
    response = await client.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_other_http_errors_have_graphql_bodies(client: httpx.AsyncClient) -> None:
    too_large = await client.post("/graphql", content=b"x" * (11 * 1024 * 1024 + 1), headers={"content-type": "application/json"})
    assert too_large.status_code == 413 and too_large.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"
    put = await client.put("/graphql", json={"query": "{ __typename }"})
    assert put.status_code == 405 and put.headers["content-type"].startswith("application/json")


async def test_admin_urls_with_unknown_ids_answer_404(client: httpx.AsyncClient) -> None:
    await make_staff(Role.MLIT_STAFF, login_id="mlit-404")
    await admin_login(client, "mlit-404")
    for path in ("/admin/plan/details/999999", "/admin/plan/details/abc", "/admin/worker/details/1%00",
                 "/admin/plan/review/999999/accept", "/admin/nothing/list"):
        assert (await client.get(path)).status_code == 404, path


# Item 6: inputs.

@pytest.mark.parametrize("text", ["株式会社\x00", "株式会社\ud800", "\x1b[31m"], ids=["nul", "surrogate", "escape"])
async def test_control_characters_and_lone_surrogates_are_refused_and_change_nothing(client: httpx.AsyncClient, text: str) -> None:
    _, token = await company_token()
    before = await snapshot(exclude=("auth_session",))
    document = "mutation($i: PlanInput!) { savePlanDraft(input: $i) { errors { field code } } }"
    result = await post(client, {"query": document, "variables": {"i": {"companyName": text}}}, token)
    [error] = result["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "i.companyName"}
    assert await snapshot(exclude=("auth_session",)) == before
    login = await post(client, {"query": 'mutation($id: String!) { login(input: {loginId: $id, password: "x"}) { token } }',
                                "variables": {"id": f"someone{text}"}})
    assert login["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_the_domain_refuses_control_characters_too(db: str) -> None:
    from app.domain.errors import DomainError
    from tests.plan_builder import company_viewer

    viewer = await company_viewer()
    with pytest.raises(DomainError) as refused:
        await plan_rules.save_plan_draft(viewer, {"company_name": "株式会社\x00"})
    assert refused.value.problems[0].field == "companyName" and refused.value.problems[0].code == "INVALID"


async def test_a_plan_lists_at_most_the_stated_number_of_workers(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    workers = [to_graphql(worker_input(n)) for n in range(MAX_WORKERS + 1)]
    document = "mutation($i: PlanInput!) { savePlanDraft(input: $i) { plan { id } errors { field code message } } }"
    before = await snapshot(exclude=("auth_session",))
    [error] = (await post(client, {"query": document, "variables": {"i": {"workers": workers}}}, token))["data"]["savePlanDraft"]["errors"]
    assert error["field"] == "workers" and error["code"] == "LIMIT_EXCEEDED" and f"{MAX_WORKERS}人まで" in error["message"]
    assert await snapshot(exclude=("auth_session",)) == before


# Item 8: admin hardening.

async def test_admin_pages_are_unframeable_uncached_and_allow_no_inline_script(client: httpx.AsyncClient) -> None:
    login_page = await client.get("/admin/login")
    assert login_page.headers["x-frame-options"] == "DENY"
    policy = login_page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert login_page.headers["cache-control"] == "no-store"
    await make_staff(Role.MLIT_STAFF, login_id="mlit-headers")
    await admin_login(client, "mlit-headers")
    page = await client.get("/admin/plan/list")
    nonce = page.headers["content-security-policy"].split("'nonce-")[1].split("'")[0]
    assert page.text.count("<script") == page.text.count("<script type=\"text/javascript\" src=") + page.text.count(f'nonce="{nonce}"')


async def test_hsts_in_production_only(settings: Settings) -> None:
    async with app_client(settings.with_overrides(env="production", secret_key="Vq3x9Lr_T2mZs8Kd0PbW7nYc4HfJ6uGe1AoRtXiN5lMz")) as client:
        assert "max-age=" in (await client.get("/health")).headers["strict-transport-security"]
    async with app_client(settings) as client:
        assert "strict-transport-security" not in (await client.get("/health")).headers


async def test_redirects_use_the_configured_base_url_never_the_host_header(client: httpx.AsyncClient) -> None:
    response = await client.get("/admin/", headers={"Host": "evil.example"})
    assert response.status_code in (302, 303) and response.headers["location"].startswith("http://testserver/admin/login")


@pytest.mark.parametrize("role", [Role.ANALYST, Role.IMPLEMENTING_ORG])
async def test_review_forms_a_role_may_never_submit_answer_403_on_get(client: httpx.AsyncClient, settings: Settings, role: Role) -> None:
    _, plan = await submitted_plan(settings.upload_dir)
    await make_staff(role, login_id=f"no-review-{role.value.lower()}")
    await admin_login(client, f"no-review-{role.value.lower()}")
    for slug in ("accept", "remand", "certify", "reject", "revoke"):
        assert (await client.get(f"/admin/plan/review/{plan.id}/{slug}")).status_code == 403


# Item 10: analysts get no attachment file names through GraphQL either.

async def test_analysts_get_no_attachment_file_names(client: httpx.AsyncClient, settings: Settings) -> None:
    _, plan = await submitted_plan(settings.upload_dir)
    document = "{ plans(first: 5) { edges { node { attachments { fileName size } } } } }"
    _, analyst = await staff_token(Role.ANALYST)
    [node] = [e["node"] for e in (await post(client, {"query": document}, analyst))["data"]["plans"]["edges"]]
    assert node["attachments"] and all(a["fileName"] == "＊＊＊" and a["size"] > 0 for a in node["attachments"])
    _, mlit = await staff_token(Role.MLIT_STAFF)
    [node] = [e["node"] for e in (await post(client, {"query": document}, mlit))["data"]["plans"]["edges"]]
    assert all(a["fileName"].endswith(".pdf") for a in node["attachments"])


async def test_expected_refusals_are_logged_as_one_line_without_a_traceback(client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="app.graphql"):
        result = await post(client, {"query": "{ plans { totalCount } }"})
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    [record] = [r for r in caplog.records if r.name == "app.graphql"]
    assert record.getMessage().startswith("UNAUTHENTICATED") and record.exc_info is None
