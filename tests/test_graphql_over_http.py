"""GraphQL over HTTP as real clients expect it (#27 item 5, CONTRACT.md): the graphql-response+json
media type and its status codes, 405 with Allow, automatic persisted queries, trusted documents,
batches, the headers CORS allows, and invalid variables named by their input field."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from app.http.persisted_documents import canonical, documented_operations, sha256_hex
from app.infra.settings import PROJECT_ROOT, Settings
from app.models import Plan
from app.models.enums import Role
from tests.conftest import app_client
from tests.factories import company_token, staff_token
from tests.operations import documents
from tests.served import ServedApp

GRAPHQL_RESPONSE = "application/graphql-response+json"
STATUS = "{ systemStatus { inService } }"


def apq(digest: str) -> dict:
    return {"persistedQuery": {"version": 1, "sha256Hash": digest}}


async def test_graphql_response_media_type_answers_request_errors_with_400(client: httpx.AsyncClient) -> None:
    accept = {"Accept": f"{GRAPHQL_RESPONSE}, application/json;q=0.9"}
    ok = await client.post("/graphql", json={"query": STATUS}, headers=accept)
    assert ok.status_code == 200 and ok.headers["content-type"].startswith(GRAPHQL_RESPONSE)
    assert ok.json()["data"]["systemStatus"]["inService"] is True
    for query in ("{", "{ nope }"):
        refused = await client.post("/graphql", json={"query": query}, headers=accept)
        assert refused.status_code == 400 and refused.headers["content-type"].startswith(GRAPHQL_RESPONSE)
        assert "data" not in refused.json()
    bad_variable = await client.post("/graphql", headers=accept, json={
        "query": "query($f: Date) { plans(filter: {appliedFrom: $f}) { totalCount } }", "variables": {"f": "tomorrow"}})
    assert bad_variable.status_code == 400
    # Not logged in is an execution error: data is there (null), and the status stays 200.
    executed = await client.post("/graphql", json={"query": "{ plans { totalCount } }"}, headers=accept)
    assert executed.status_code == 200 and executed.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    # application/json (and no Accept) keep answering 200, as those clients expect.
    legacy = await client.post("/graphql", json={"query": "{ nope }"}, headers={"Accept": "application/json"})
    assert legacy.status_code == 200 and legacy.headers["content-type"].startswith("application/json")


async def test_a_mutation_over_get_is_405_allowing_post(client: httpx.AsyncClient) -> None:
    refused = await client.get("/graphql", params={"query": "mutation { logout { errors { code } } }"})
    assert refused.status_code == 405 and refused.headers["allow"] == "POST"
    assert refused.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"
    put = await client.put("/graphql", json={"query": STATUS})
    assert put.status_code == 405 and put.headers["allow"] == "GET, POST"


async def test_automatic_persisted_queries_over_post_and_get(client: httpx.AsyncClient) -> None:
    digest = sha256_hex(STATUS)
    unknown = (await client.post("/graphql", json={"extensions": apq(digest)})).json()
    assert unknown["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    wrong = await client.post("/graphql", json={"query": STATUS, "extensions": apq("0" * 64)})
    assert wrong.status_code == 400 and wrong.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"
    registered = (await client.post("/graphql", json={"query": STATUS, "extensions": apq(digest)})).json()
    assert registered["data"]["systemStatus"]["inService"] is True
    by_hash = (await client.post("/graphql", json={"extensions": apq(digest)})).json()
    assert by_hash["data"]["systemStatus"]["inService"] is True
    # A browser's GET with only the hash answers the result, never the GraphiQL page.
    get = await client.get("/graphql", params={"extensions": json.dumps(apq(digest))}, headers={"Accept": "text/html,application/json"})
    assert get.headers["content-type"].startswith("application/json") and get.json()["data"]["systemStatus"]["inService"] is True
    unknown_get = await client.get("/graphql", params={"extensions": json.dumps(apq("a" * 64))}, headers={"Accept": "text/html"})
    assert unknown_get.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    malformed = await client.post("/graphql", json={"extensions": {"persistedQuery": {"version": 2, "sha256Hash": digest}}})
    assert malformed.status_code == 400 and malformed.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_the_trusted_documents_manifest_is_the_documented_operations() -> None:
    manifest = json.loads((PROJECT_ROOT / "graphql" / "trusted-documents.json").read_text(encoding="utf-8"))
    assert manifest == documented_operations(PROJECT_ROOT / "graphql" / "operations"), "run `make schema`"
    for text in set(documents().values()):  # each file as the tests send it is listed
        assert sha256_hex(canonical(text) or "") in manifest
    for digest, text in manifest.items():
        assert hashlib.sha256(text.encode()).hexdigest() == digest


async def test_trusted_documents_only_run_the_listed_documents(settings: Settings) -> None:
    trusted = settings.with_overrides(trusted_documents=PROJECT_ROOT / "graphql" / "trusted-documents.json")
    async with app_client(trusted) as client:
        listed = documents()["SystemStatus"]
        # Listed: runs whatever its spacing or comments (the canonical printing is what is hashed).
        spaced = "# from the front end\n" + listed.replace("{", " {  ")
        answer = (await client.post("/graphql", json={"query": spaced, "operationName": "SystemStatus"})).json()
        assert answer["data"]["systemStatus"]["inService"] is True
        for query in (STATUS, "{ __typename }"):
            refused = await client.post("/graphql", json={"query": query})
            assert refused.status_code == 400 and refused.json()["errors"][0]["extensions"]["code"] == "DOCUMENT_NOT_TRUSTED"
        by_get = await client.get("/graphql", params={"query": STATUS})
        assert by_get.json()["errors"][0]["extensions"]["code"] == "DOCUMENT_NOT_TRUSTED"
        # A client that knows the list's hash may send only the hash.
        digest = sha256_hex(canonical(listed) or "")
        assert (await client.post("/graphql", json={"extensions": apq(digest), "operationName": "SystemStatus"})).json()["data"]


async def test_trusted_documents_from_a_folder(settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "status.graphql").write_text(STATUS, encoding="utf-8")
    async with app_client(settings.with_overrides(trusted_documents=tmp_path)) as client:
        assert (await client.post("/graphql", json={"query": STATUS})).json()["data"]
        assert (await client.post("/graphql", json={"query": "{ bureaus { code } }"})).status_code == 400


async def test_a_batch_runs_in_order_and_answers_an_array(client: httpx.AsyncClient) -> None:
    _, token = await company_token()
    headers = {"Authorization": f"Bearer {token}"}
    batch = [
        {"query": "mutation($i: PlanInput!) { savePlanDraft(input: $i) { plan { companyName } errors { code } } }",
         "variables": {"i": {"companyName": "一括建設株式会社"}}},
        {"query": "{ myPlan { companyName } }"},
        {"query": "{ nope }"},
    ]
    answer = await client.post("/graphql", json=batch, headers={**headers, "Accept": GRAPHQL_RESPONSE})
    assert answer.status_code == 200
    first, second, third = answer.json()
    assert first["data"]["savePlanDraft"]["plan"]["companyName"] == "一括建設株式会社"
    assert second["data"]["myPlan"]["companyName"] == "一括建設株式会社"  # the mutation ran first
    assert third["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert await Plan.filter(company_name="一括建設株式会社").count() == 1


async def test_a_batch_is_bounded_and_holds_one_authentication_mutation(client: httpx.AsyncClient) -> None:
    eleven = await client.post("/graphql", json=[{"query": STATUS}] * 11)
    assert eleven.status_code == 400 and eleven.json()["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"
    assert eleven.json()["errors"][0]["message"] == "一度に送れる操作は10件までです。"
    login = "mutation($i: LoginInput!) { login(input: $i) { token errors { code } } }"
    guesses = [{"query": login, "variables": {"i": {"loginId": "someone", "password": f"guess{n}"}}} for n in range(2)]
    refused = await client.post("/graphql", json=guesses)
    assert refused.status_code == 400 and refused.json()["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED"
    ten = await client.post("/graphql", json=[{"query": STATUS}] * 10)
    assert ten.status_code == 200 and len(ten.json()) == 10


async def test_cors_allows_the_headers_apollo_clients_send(settings: Settings) -> None:
    origin = "http://localhost:5173"
    sent = "content-type,apollographql-client-name,apollographql-client-version,x-request-id,apollo-require-preflight"
    async with app_client(settings.with_overrides(cors_origins=(origin,))) as client:
        preflight = await client.options("/graphql", headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                                              "Access-Control-Request-Headers": sent})
    assert preflight.status_code == 200
    allowed = preflight.headers["access-control-allow-headers"].lower()
    assert all(header in allowed for header in sent.split(","))


async def test_an_invalid_variable_value_names_the_input_field(client: httpx.AsyncClient) -> None:
    _, token = await staff_token(Role.MLIT_STAFF)
    mutation = "mutation($input: PlanInput!) { savePlanDraft(input: $input) { errors { code } } }"
    answer = (await client.post("/graphql", json={"query": mutation, "variables": {"input": {"acceptanceStart": "2027/04/01"}}},
                                headers={"Authorization": f"Bearer {token}"})).json()
    error = answer["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "input.acceptanceStart"}
    assert not error["message"].isascii()
    nested = (await client.post("/graphql", json={"query": mutation, "variables": {"input": {"workers": [{"birthDate": "x"}]}}})).json()
    assert nested["errors"][0]["extensions"]["field"] == "input.workers.0.birthDate"


@pytest.mark.skipif(shutil.which("node") is None or not (PROJECT_ROOT / "graphql" / "node_modules" / "@apollo").is_dir(),
                    reason="make test installs Node.js and the front-end toolchain")
def test_apollo_clients_batch_http_link_and_persisted_queries_link(tmp_path: Path) -> None:
    """Apollo Client's own links on their defaults, through a served process (graphql/clients/)."""
    script = PROJECT_ROOT / "graphql" / "clients" / "apollo-links.mjs"
    with ServedApp(f"sqlite://{tmp_path / 'apollo.sqlite3'}", tmp_path) as served:
        result = subprocess.run(["node", str(script), f"{served.base}/graphql"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["batch"] == {"inService": True, "bureaus": 10, "requests": [2]}  # both queries in one array body
    persisted = answer["persisted"]
    assert persisted["first"] == persisted["second"] == 10
    # Hash only → PERSISTED_QUERY_NOT_FOUND → hash with the text; then the new client's hash alone is enough.
    assert [(r["query"], r["hash"] is not None) for r in persisted["requests"]] == [(False, True), (True, True), (False, True)]
