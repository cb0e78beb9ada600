"""Configuration (CONTRACT.md) and the daily maintenance window (E1)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import httpx
import pytest

from app.domain.clock import JST
from app.domain.notices.maintenance import parse_window
from app.http.app import create_app
from app.infra.settings import ConfigError, Settings, load_settings


def test_development_has_no_daily_stop_and_production_stops_from_one_to_four(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_settings({}, dotenv=None).maintenance == ""
    production = load_settings(PRODUCTION, dotenv=None)
    assert production.maintenance == "01:00-04:00"
    assert load_settings({**PRODUCTION, "SHURO_MAINTENANCE": ""}, dotenv=None).maintenance == ""


STRONG_KEY = "Vq3x9Lr_T2mZs8Kd0PbW7nYc4HfJ6uGe1AoRtXiN5lMz"  # as secrets.token_urlsafe makes them
PRODUCTION = {"SHURO_ENV": "production", "SHURO_SECRET_KEY": STRONG_KEY, "SHURO_BASE_URL": "https://shuro.example.go.jp"}


def test_production_requires_a_secret_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="SHURO_SECRET_KEY"):
        load_settings({"SHURO_ENV": "production", "SHURO_BASE_URL": "https://shuro.example.go.jp"}, dotenv=None)


def test_production_refuses_a_secret_key_shorter_than_32_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue #10 item 9: a short key makes the signed admin cookie guessable."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="32バイト以上"):
        load_settings({**PRODUCTION, "SHURO_SECRET_KEY": "k" * 31}, dotenv=None)
    varied = "鍵束暗号錠前扉窓門戸印符札箱蔵庫棚壁床柱梁屋根瓦軒"  # 26 characters, none repeated
    assert load_settings({**PRODUCTION, "SHURO_SECRET_KEY": varied}, dotenv=None).secret_key == varied


@pytest.mark.parametrize("weak", ["a" * 32, "鍵" * 11, "ab" * 20, "abcd" * 10, "test-secret-key-not-for-production"])
def test_production_refuses_a_secret_key_that_is_easy_to_guess(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, weak: str) -> None:
    """#24.6: long enough is not enough: repetition and the examples are refused, saying how to make one."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="secrets.token_urlsafe"):
        load_settings({**PRODUCTION, "SHURO_SECRET_KEY": weak}, dotenv=None)
    import secrets

    for _ in range(20):  # what the README's command makes is always accepted
        key = secrets.token_urlsafe(48)
        assert load_settings({**PRODUCTION, "SHURO_SECRET_KEY": key}, dotenv=None).secret_key == key
    hex_key = secrets.token_hex(32)
    assert load_settings({**PRODUCTION, "SHURO_SECRET_KEY": hex_key}, dotenv=None).secret_key == hex_key


def test_production_requires_the_public_base_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="SHURO_BASE_URL"):
        load_settings({"SHURO_ENV": "production", "SHURO_SECRET_KEY": STRONG_KEY}, dotenv=None)
    with pytest.raises(ConfigError, match="SHURO_BASE_URL"):
        load_settings({**PRODUCTION, "SHURO_BASE_URL": "shuro.example.go.jp"}, dotenv=None)
    assert load_settings({}, dotenv=None).base_url == "http://127.0.0.1:8000"


def test_development_generates_a_secret_key_once_under_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    first = load_settings({}, dotenv=None).secret_key
    assert len(first) >= 32
    assert load_settings({}, dotenv=None).secret_key == first
    assert (tmp_path / "var" / "secret_key").read_text() == first


def test_dotenv_sets_values_and_the_environment_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text('SHURO_MAIL_FROM="a@example.jp"\nSHURO_SMTP_PORT=2525\n# comment\n', encoding="utf-8")
    settings = load_settings({"SHURO_SMTP_PORT": "1025"}, dotenv=tmp_path / ".env")
    assert settings.mail_from == "a@example.jp"
    assert settings.smtp_port == 1025


def test_a_malformed_setting_is_refused_at_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="SHURO_MAINTENANCE は HH:MM-HH:MM"):
        load_settings({"SHURO_MAINTENANCE": "1:00-4:00"}, dotenv=None)
    with pytest.raises(ConfigError):
        load_settings({"SHURO_SMTP_PORT": "smtp"}, dotenv=None)


def test_a_window_may_cross_midnight() -> None:
    window = parse_window("23:30-02:00")
    assert window is not None
    inside = datetime(2026, 11, 26, 1, 0, tzinfo=JST)
    assert window.active_until(inside) == datetime(2026, 11, 26, 2, 0, tzinfo=JST)
    before = datetime(2026, 11, 25, 23, 0, tzinfo=JST)
    assert window.active_until(before) is None
    assert window.next_stop(before) == (datetime(2026, 11, 25, 23, 30, tzinfo=JST), datetime(2026, 11, 26, 2, 0, tzinfo=JST))
    assert window.active_until(datetime(2026, 11, 26, 2, 0, tzinfo=JST)) is None


def test_the_daily_window_is_in_japan_time() -> None:
    window = parse_window("01:00-04:00")
    assert window is not None
    # 17:30 UTC is 02:30 in Tokyo.
    assert window.active_until(datetime.fromisoformat("2026-11-25T17:30:00+00:00")) == datetime(2026, 11, 26, 4, 0, tzinfo=JST)


async def test_production_turns_off_graphiql_and_introspection(settings: Settings) -> None:
    app = create_app(settings.with_overrides(env="production"))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            page = await http.get("/graphql", headers={"Accept": "text/html"})
            assert page.status_code != 200 or "graphiql" not in page.text.lower()
            result = (await http.post("/graphql", json={"query": "{ __schema { types { name } } }"})).json()
            assert result.get("data") is None and "introspection" in result["errors"][0]["message"].lower()
            plain = (await http.post("/graphql", json={"query": "{ systemStatus { inService } }"})).json()
            assert plain["data"]["systemStatus"]["inService"] in (True, False)


def test_production_lists_every_missing_or_invalid_setting_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """#27 item 6: one start tells the operator everything to fix, in Japanese, naming each variable."""
    monkeypatch.chdir(tmp_path)
    environment = {"SHURO_ENV": "production", "SHURO_SMTP_PORT": "smtp", "SHURO_MAINTENANCE": "25:00",
                   "SHURO_TRUSTED_DOCUMENTS": str(tmp_path / "missing")}
    with pytest.raises(ConfigError) as refused:
        load_settings(environment, dotenv=None)
    message = str(refused.value)
    assert message.startswith("設定に誤りがあります（5件）")
    for variable in ("SHURO_SECRET_KEY", "SHURO_BASE_URL", "SHURO_SMTP_PORT", "SHURO_MAINTENANCE", "SHURO_TRUSTED_DOCUMENTS"):
        assert f"  - {variable}" in message, variable
    assert not (tmp_path / "var").exists()  # nothing generated for a start that is refused


def test_serve_exits_2_with_the_list(tmp_path: Path) -> None:
    import subprocess
    import sys

    environment = {"PATH": "/usr/bin:/bin", "SHURO_ENV": "production", "SHURO_SMTP_PORT": "0"}
    done = subprocess.run([sys.executable, "-m", "app", "serve", "--port", "8399"], cwd=tmp_path, env={**environment, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "設定に誤りがあります（3件）" in done.stderr and "SHURO_SMTP_PORT" in done.stderr


def test_the_configuration_reference_is_generated_from_the_settings_code() -> None:
    """#27 item 2: docs/configuration.md lists every variable the code reads, with its default."""
    import re

    from app.infra.settings import PROJECT_ROOT, VARIABLES, configuration_reference

    assert (PROJECT_ROOT / "docs" / "configuration.md").read_text(encoding="utf-8") == configuration_reference(), (
        "docs/configuration.md is stale: run `shuro config-reference --output docs/configuration.md`")
    read = set()
    for source in (PROJECT_ROOT / "app").rglob("*.py"):
        read |= set(re.findall(r"\"(SHURO_[A-Z_]+)\"", source.read_text(encoding="utf-8")))
    assert read <= {v.name for v in VARIABLES}, read - {v.name for v in VARIABLES}
