"""Maintenance stops (E1, E2): the daily window and announced stops answer 503 with the time
service resumes; /health, systemStatus, announcements and the admin panel keep working."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import httpx
import pytest

from app.domain.clock import JST
from app.http.app import create_app
from app.infra.settings import Settings
from app.models import TemporaryRegistration
from app.models.enums import Bureau, Role
from tests.conftest import FrozenClock
from tests.factories import staff_token
from tests.operations import run, run_raw


@pytest.fixture
async def stopping_api(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings.with_overrides(maintenance="01:00-04:00"))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
            yield http


def at_jst(clock: FrozenClock, hour: int, minute: int = 0) -> None:
    clock.now = datetime(2026, 11, 26, hour, minute, tzinfo=JST)


REGISTER = {"query": 'mutation { requestTemporaryRegistration(input: {loginId: "night-owl", licenseNumber: "国土交通大臣許可(般-1)第9号", companyName: "夜間建設", email: "n@example.jp"}) { loginId errors { code } } }'}


async def test_the_daily_stop_answers_503_with_the_time_service_resumes(stopping_api: httpx.AsyncClient, clock: FrozenClock) -> None:
    at_jst(clock, 2, 30)
    response = await stopping_api.post("/graphql", json=REGISTER)
    assert response.status_code == 503
    assert response.headers["retry-after"] == str(90 * 60)
    body = response.json()
    assert "data" not in body and len(body["errors"]) == 1  # refused before execution: no data entry
    assert body["errors"][0]["extensions"] == {"code": "MAINTENANCE", "resumesAt": "2026-11-26T04:00:00+09:00"}
    assert "04:00に再開します" in body["errors"][0]["message"]
    assert await TemporaryRegistration.all().count() == 0  # nothing ran

    status = (await run(stopping_api, "SystemStatus"))["systemStatus"]
    assert status["inService"] is False and status["resumesAt"] == "2026-11-26T04:00:00+09:00"
    assert (await stopping_api.post("/graphql", json={"query": "{ announcements { id } }"})).status_code == 200
    assert (await stopping_api.get("/health")).status_code == 200
    assert (await stopping_api.get("/admin/login")).status_code == 200


async def test_outside_the_window_everything_answers(stopping_api: httpx.AsyncClient, clock: FrozenClock) -> None:
    at_jst(clock, 4, 0)
    response = await stopping_api.post("/graphql", json=REGISTER)
    assert response.status_code == 200 and response.json()["data"]["requestTemporaryRegistration"]["errors"] == []
    status = (await run(stopping_api, "SystemStatus"))["systemStatus"]
    assert status["inService"] is True
    assert status["nextStopStartsAt"] == "2026-11-27T01:00:00+09:00" and status["nextStopEndsAt"] == "2026-11-27T04:00:00+09:00"
    at_jst(clock, 0, 59)
    assert (await stopping_api.post("/graphql", json={"query": "{ me { loginId } }"})).status_code == 200


async def test_a_mixed_operation_is_stopped_too(stopping_api: httpx.AsyncClient, clock: FrozenClock) -> None:
    at_jst(clock, 1, 0)
    response = await stopping_api.post("/graphql", json={"query": "{ systemStatus { inService } me { loginId } }"})
    assert response.status_code == 503


async def test_an_announced_stop_stops_the_api(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    at_jst(clock, 10, 0)
    _, mlit = await staff_token(Role.MLIT_STAFF)
    published = (await run(client, "PublishAnnouncement", {"input": {
        "title": "臨時メンテナンスのお知らせ", "body": "システム更新のため停止します。",
        "startsAt": "2026-11-26T12:00:00+09:00", "endsAt": "2026-11-26T13:30:00+09:00", "stopsService": True}}, mlit))["publishAnnouncement"]
    assert published["errors"] == [] and published["announcement"]["startsAt"] == "2026-11-26T12:00:00+09:00"
    listed = (await run(client, "Announcements"))["announcements"]
    assert [a["title"] for a in listed] == ["臨時メンテナンスのお知らせ"]
    status = (await run(client, "SystemStatus"))["systemStatus"]
    assert status["nextStopStartsAt"] == "2026-11-26T12:00:00+09:00"
    assert (await client.post("/graphql", json={"query": "{ me { loginId } }"})).status_code == 200
    at_jst(clock, 12, 30)
    stopped = await client.post("/graphql", json={"query": "{ me { loginId } }"})
    assert stopped.status_code == 503 and stopped.headers["retry-after"] == "3600"
    assert stopped.json()["errors"][0]["extensions"]["resumesAt"] == "2026-11-26T13:30:00+09:00"
    at_jst(clock, 13, 30)
    assert (await client.post("/graphql", json={"query": "{ me { loginId } }"})).status_code == 200


async def test_only_mlit_staff_publish_and_bad_input_is_explained(client: httpx.AsyncClient) -> None:
    _, kanto = await staff_token(Role.BUREAU_STAFF, Bureau.KANTO)
    forbidden = await run_raw(client, "PublishAnnouncement", {"input": {"title": "x", "body": "y", "startsAt": "2026-12-01T00:00:00+09:00"}}, kanto)
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    _, mlit = await staff_token(Role.MLIT_STAFF)
    bad = (await run(client, "PublishAnnouncement", {"input": {"title": " ", "body": "本文", "startsAt": "2026-12-01T10:00:00+09:00",
                                                                "endsAt": "2026-12-01T09:00:00+09:00"}}, mlit))["publishAnnouncement"]
    assert {(e["field"], e["code"]) for e in bad["errors"]} == {("title", "REQUIRED"), ("endsAt", "INVALID")}
    assert (await run(client, "Announcements"))["announcements"] == []
