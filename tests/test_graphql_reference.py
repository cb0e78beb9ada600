"""GraphQL basics of the foundation: me, systemStatus, documentItems, bureaus, labels."""

from __future__ import annotations

import csv

import httpx

from app.domain.catalogue import DATA_DIR
from tests.conftest import graphql
from tests.operations import run


async def test_me_is_null_without_a_token(client: httpx.AsyncClient) -> None:
    result = await graphql(client, "{ me { loginId role } }")
    assert result == {"data": {"me": None}}


async def test_me_is_null_with_an_unknown_token(client: httpx.AsyncClient) -> None:
    result = await graphql(client, "{ me { loginId } }", token="not-a-session")
    assert result["data"]["me"] is None


async def test_system_status_names_the_mail_sender(client: httpx.AsyncClient) -> None:
    result = await graphql(client, "{ systemStatus { inService resumesAt nextStopStartsAt message mailFrom } }")
    status = result["data"]["systemStatus"]
    assert status["inService"] is True
    assert status["resumesAt"] is None
    # Development/test settings have no daily stop unless SHURO_MAINTENANCE sets one (CONTRACT.md).
    assert status["nextStopStartsAt"] is None
    assert status["mailFrom"] == "no-reply@gaikokujin-shuro.example.jp"


async def test_bureaus_cover_every_prefecture_once_as_in_the_reference_table(client: httpx.AsyncClient) -> None:
    bureaus = (await run(client, "Bureaus"))["bureaus"]
    with (DATA_DIR / "prefectures.csv").open(encoding="utf-8") as handle:
        expected = {row["code"]: row["bureau"] for row in csv.DictReader(handle)}
    seen = {code: bureau["code"] for bureau in bureaus for code in bureau["prefectures"]}
    assert seen == expected
    assert len(expected) == 47
    by_code = {b["code"]: b for b in bureaus}
    assert by_code["KANTO"]["name"] == "関東地方整備局"
    assert "20" in by_code["KANTO"]["prefectures"]  # 長野 is reviewed by Kanto (DOMAIN §3)
    assert "18" in by_code["KINKI"]["prefectures"]  # 福井 by Kinki
    assert by_code["OKINAWA"]["name"] == "沖縄総合事務局"


async def test_document_items_carry_their_limits(client: httpx.AsyncClient) -> None:
    result = {"data": await run(client, "DocumentItems")}
    items = {item["code"]: item for item in result["data"]["documentItems"]}
    assert items["REMARKS"]["maxFiles"] == 50 and items["REMARKS"]["name"] == "備考"
    assert items["CONSTRUCTION_LICENSE"]["maxFiles"] == 30 and items["CONSTRUCTION_LICENSE"]["required"]
    assert items["EMPLOYMENT_CONTRACT"]["perWorker"] is True
    assert items["POWER_OF_ATTORNEY"]["required"] is False
    numbers = [item["number"] for item in result["data"]["documentItems"]]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


async def test_labels_give_japanese_for_every_value(client: httpx.AsyncClient) -> None:
    labels = {row["value"]: row["label"] for row in (await run(client, "Labels", {"enum": "PlanStatus"}))["labels"]}
    assert labels["REMANDED"] == "差戻し中"
    assert labels["CERTIFIED"] == "認定済み"
    assert set(labels) == {"DRAFT", "APPLIED", "UNDER_REVIEW", "REMANDED", "CERTIFIED", "WITHDRAWN", "REJECTED", "REVOKED", "CANCELLED"}


async def test_labels_of_an_unknown_enum_is_a_clear_error(client: httpx.AsyncClient) -> None:
    result = await graphql(client, '{ labels(enum: "Nope") { value } }')
    assert result["data"] is None
    assert "列挙型 Nope はありません" in result["errors"][0]["message"]


async def test_graphiql_is_served_outside_production(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


async def test_health_answers_ok_once_the_database_answers(client: httpx.AsyncClient) -> None:
    response = await client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_graphiqls_introspection_passes_and_an_oversized_query_is_refused(client: httpx.AsyncClient) -> None:
    from graphql import get_introspection_query

    full = (await client.post("/graphql", json={"query": get_introspection_query()})).json()
    assert "errors" not in full and full["data"]["__schema"]["queryType"]["name"] == "Query"
    huge = "{ " + " ".join(f"a{n}: systemStatus {{ inService }}" for n in range(1500)) + " }"
    refused = (await client.post("/graphql", json={"query": huge})).json()
    assert refused.get("data") is None and "token" in refused["errors"][0]["message"].lower()
