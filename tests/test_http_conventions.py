"""HTTP conventions real clients rely on (issue #15): CORS for named origins, queries over GET,
paging arguments, uploads as Apollo and browsers send them, strict dates, public labels, GraphiQL
without internet, and a 413 that Node's fetch sees."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from app.infra.settings import Settings
from app.models import Attachment
from app.models.enums import Role
from tests.conftest import app_client
from tests.factories import company_token, staff_token
from tests.operations import documents, run
from tests.plan_builder import PDF
from tests.served import ServedApp

ORIGIN = "http://localhost:5173"
QUEUE = "query($first: Int, $from: Date) { plans(first: $first, filter: {appliedFrom: $from}) { totalCount } }"


async def test_cors_allows_the_named_origins_only(settings: Settings) -> None:
    preflight = {"Origin": ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type,authorization"}
    async with app_client(settings.with_overrides(cors_origins=(ORIGIN,))) as client:
        allowed = await client.options("/graphql", headers=preflight)
        assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == ORIGIN
        assert "authorization" in allowed.headers["access-control-allow-headers"]
        answer = await client.post("/graphql", json={"query": "{ systemStatus { inService } }"}, headers={"Origin": ORIGIN})
        assert answer.headers["access-control-allow-origin"] == ORIGIN
        stranger = await client.options("/graphql", headers={**preflight, "Origin": "http://evil.example"})
        assert "access-control-allow-origin" not in stranger.headers
    async with app_client(settings) as client:  # none by default
        assert "access-control-allow-origin" not in (await client.options("/graphql", headers=preflight)).headers


async def test_queries_over_get_and_mutations_refused_with_a_graphql_body(client: httpx.AsyncClient) -> None:
    query = await client.get("/graphql", params={"query": "{ systemStatus { inService } }"})
    assert query.status_code == 200 and query.json()["data"]["systemStatus"]["inService"] is True
    mutation = await client.get("/graphql", params={"query": "mutation { logout { errors { code } } }"})
    assert mutation.status_code == 405 and mutation.headers["allow"] == "POST"
    assert mutation.json()["errors"][0] == {"message": "ミューテーションは POST で送ってください。", "extensions": {"code": "METHOD_NOT_ALLOWED"}}


async def test_first_is_nullable_with_a_default_and_null_is_bad_user_input(client: httpx.AsyncClient) -> None:
    _, token = await staff_token(Role.MLIT_STAFF)
    headers = {"Authorization": f"Bearer {token}"}
    default = await client.post("/graphql", json={"query": "{ plans { totalCount } }"}, headers=headers)
    assert default.json()["data"]["plans"]["totalCount"] == 0
    null = (await client.post("/graphql", json={"query": QUEUE, "variables": {"first": None}}, headers=headers)).json()
    assert null["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "first"}


@pytest.mark.parametrize("value", ["20261125", "2026-W48-3", "2026/11/25", "2026-11-25T00:00:00"])
async def test_a_date_is_exactly_yyyy_mm_dd(client: httpx.AsyncClient, value: str) -> None:
    _, token = await staff_token(Role.MLIT_STAFF)
    headers = {"Authorization": f"Bearer {token}"}
    refused = (await client.post("/graphql", json={"query": QUEUE, "variables": {"from": value}}, headers=headers)).json()
    assert refused["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    accepted = (await client.post("/graphql", json={"query": QUEUE, "variables": {"from": "2026-11-25"}}, headers=headers)).json()
    assert accepted["data"]["plans"]["totalCount"] == 0


async def test_labels_offer_only_enums_of_the_public_schema(client: httpx.AsyncClient) -> None:
    refused = (await client.post("/graphql", json={"query": '{ labels(enum: "MailKind") { value } }'})).json()
    assert refused["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT" and "MailKind" not in refused["errors"][0]["message"].split("。")[1]
    statuses = (await client.post("/graphql", json={"query": '{ labels(enum: "PlanStatus") { value label } }'})).json()
    assert {"value": "REMANDED", "label": "差戻し中"} in statuses["data"]["labels"]


async def _draft(client: httpx.AsyncClient) -> str:
    _, token = await company_token()
    await run(client, "SavePlanDraft", {"input": {"companyName": "東京建設株式会社", "workers": [{"name": "A"}]}}, token)
    return token


async def test_one_file_mapped_to_two_inputs_is_stored_for_both(client: httpx.AsyncClient) -> None:
    token = await _draft(client)
    document = """mutation($a: Upload!, $b: Upload!) {
      first: uploadAttachment(input: {documentItem: "CONSTRUCTION_LICENSE", file: $a}) { attachment { size } errors { code } }
      second: uploadAttachment(input: {documentItem: "REGISTRY_CERTIFICATE", file: $b}) { attachment { size } errors { code message } } }"""
    operations = json.dumps({"query": document, "variables": {"a": None, "b": None}})
    response = await client.post("/graphql", data={"operations": operations, "map": json.dumps({"0": ["variables.a", "variables.b"]})},
                                 files={"0": ("許可証.pdf", PDF, "application/pdf")}, headers={"Authorization": f"Bearer {token}"})
    data = response.json()["data"]
    assert data["first"] == data["second"] == {"attachment": {"size": len(PDF)}, "errors": []}
    assert await Attachment.all().count() == 2


@pytest.mark.parametrize(
    "disposition",
    ['form-data; name="0"; filename="%E8%A8%B1%E5%8F%AF%E8%A8%BC.pdf"',
     "form-data; name=\"0\"; filename*=UTF-8''%E8%A8%B1%E5%8F%AF%E8%A8%BC.pdf"],
    ids=["percent-encoded", "rfc5987"],
)
async def test_japanese_file_names_sent_encoded_are_stored_decoded(client: httpx.AsyncClient, disposition: str) -> None:
    token = await _draft(client)
    operations = json.dumps({"query": documents()["UploadAttachment"], "operationName": "UploadAttachment",
                             "variables": {"input": {"documentItem": "CONSTRUCTION_LICENSE", "file": None}}})
    boundary = "shuroboundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{operations}\r\n',
        f'--{boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{json.dumps({"0": ["variables.input.file"]})}\r\n',
        f"--{boundary}\r\nContent-Disposition: {disposition}\r\nContent-Type: application/pdf\r\n\r\n",
    ]
    body = "".join(parts).encode() + PDF + f"\r\n--{boundary}--\r\n".encode()
    response = await client.post("/graphql", content=body, headers={"Authorization": f"Bearer {token}",
                                                                     "Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert response.json()["data"]["uploadAttachment"]["errors"] == []
    assert (await Attachment.get()).file_name == "許可証.pdf"


async def test_graphiql_needs_no_internet(client: httpx.AsyncClient) -> None:
    page = await client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "GraphiQL" in page.text
    assert not re.search(r"(src|href)=\"https?://", page.text)
    for asset in re.findall(r'(?:src|href)="(/graphiql/[^"]+)"', page.text):
        assert (await client.get(asset)).status_code == 200, asset


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_nodes_fetch_sees_the_413(tmp_path: Path) -> None:
    script = tmp_path / "big.mjs"
    script.write_text(
        "const r = await fetch(process.argv[2], {method: 'POST', headers: {'content-type': 'application/json'},"
        " body: 'x'.repeat(12 * 1024 * 1024)});\n"
        "console.log(JSON.stringify({status: r.status, body: await r.json()}));\n",
        encoding="utf-8",
    )
    with ServedApp(f"sqlite://{tmp_path / 'node.sqlite3'}", tmp_path) as served:
        result = subprocess.run(["node", str(script), f"{served.base}/graphql"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["status"] == 413 and answer["body"]["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"


async def test_documents_refused_before_execution_say_why_in_their_code(client) -> None:  # type: ignore[no-untyped-def]
    """#27: a document that does not parse carries GRAPHQL_PARSE_FAILED, one that does not validate
    GRAPHQL_VALIDATION_FAILED; errors that have a code of their own keep it."""
    cases = {"query {": "GRAPHQL_PARSE_FAILED", "{ nope }": "GRAPHQL_VALIDATION_FAILED",
             "query($x: Int!) { systemStatus { inService } }": "GRAPHQL_VALIDATION_FAILED"}
    for query, code in cases.items():
        body = (await client.post("/graphql", json={"query": query})).json()
        assert "data" not in body and [e["extensions"]["code"] for e in body["errors"]] == [code], (query, body)
    unauthenticated = (await client.post("/graphql", json={"query": "{ myPlan { id } }"})).json()
    assert unauthenticated["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
