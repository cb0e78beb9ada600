"""The `shuro` command: create-staff (A10) and a real `shuro serve` process over HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from app.models import StaffUser
from tests.served import ServedApp


def run_shuro(args: list[str], url: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHURO_DATABASE_URL": url, "SHURO_ENV": "development"}
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)


async def test_create_staff_reads_the_password_from_standard_input(db: str, tmp_path: Path) -> None:
    result = run_shuro(["create-staff", "--login-id", "kinki-staff", "--role", "BUREAU_STAFF", "--bureau", "KINKI"],
                       db, tmp_path, stdin="Kinkipass123\n")
    assert result.returncode == 0, result.stderr
    assert "作成しました" in result.stdout
    user = await StaffUser.get(login_id="kinki-staff")
    assert user.role == "BUREAU_STAFF" and user.bureau == "KINKI"
    assert user.password_hash.startswith("$argon2id$") and "Kinkipass123" not in user.password_hash


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "BUREAU_STAFF"], "地方整備局等を指定してください"),
        (["--role", "MLIT_STAFF", "--bureau", "KANTO"], "地方整備局職員だけです"),
        (["--role", "COMPANY"], "職員の役割は"),
        (["--role", "BUREAU_STAFF", "--bureau", "MARS"], "--bureau には"),
    ],
)
async def test_create_staff_refuses_bad_arguments_and_writes_nothing(db: str, tmp_path: Path, args: list[str], message: str) -> None:
    result = run_shuro(["create-staff", "--login-id", "someone", *args], db, tmp_path, stdin="Goodpass1234\n")
    assert result.returncode == 2
    assert message in result.stderr
    assert await StaffUser.all().count() == 0


async def test_create_staff_refuses_a_weak_password_and_a_taken_login_id(db: str, tmp_path: Path) -> None:
    weak = run_shuro(["create-staff", "--login-id", "mlit-a", "--role", "MLIT_STAFF"], db, tmp_path, stdin="short\n")
    assert weak.returncode == 2 and "10文字以上" in weak.stderr
    ok = run_shuro(["create-staff", "--login-id", "mlit-a", "--role", "MLIT_STAFF"], db, tmp_path, stdin="Goodpass1234\n")
    assert ok.returncode == 0
    again = run_shuro(["create-staff", "--login-id", "mlit-a", "--role", "ANALYST"], db, tmp_path, stdin="Goodpass1234\n")
    assert again.returncode == 2 and "既に使われています" in again.stderr
    assert await StaffUser.all().count() == 1



def _get(url: str, data: bytes | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", "Accept": "text/html"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read().decode()


def test_shuro_serve_migrates_and_answers_over_http(tmp_path: Path) -> None:
    """In-process tests cannot catch a missing Tortoise context under uvicorn (DESIGN.md)."""
    served = ServedApp(f"sqlite://{tmp_path / 'var' / 'served.sqlite3'}", tmp_path, SHURO_UPLOAD_DIR="var/uploads")
    with served:
        status, body = _get(f"{served.base}/health")
        assert (status, json.loads(body)) == (200, {"status": "ok"})
        query = json.dumps({"query": "{ me { loginId } systemStatus { inService } documentItems { code } }"}).encode()
        status, body = _get(f"{served.base}/graphql", query)
        data = json.loads(body)["data"]
        assert status == 200 and data["me"] is None and data["systemStatus"]["inService"] is True
        assert len(data["documentItems"]) > 10  # read from the migrated database's reference data
        status, body = _get(f"{served.base}/graphql")
        assert status == 200 and "graphiql" in body.lower()
        status, body = _get(f"{served.base}/admin/login")
        assert status == 200 and "ログイン" in body
    assert (tmp_path / "var" / "served.sqlite3").exists()
    assert (tmp_path / "var" / "secret_key").exists()


def test_serve_without_a_base_url_links_to_where_it_serves(tmp_path) -> None:
    """#27: in development the public URL defaults to the address `serve` was given, so the admin panel
    works on any port without SHURO_BASE_URL."""
    import urllib.error
    import urllib.request

    from tests.served import ServedApp

    server = ServedApp(f"sqlite://{tmp_path / 'cli.sqlite3'}", tmp_path / "served", SHURO_BASE_URL="")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return None

    with server:
        try:
            urllib.request.build_opener(NoRedirect).open(f"{server.base}/admin/", timeout=10)
            raise AssertionError("the admin index redirects to the login form")
        except urllib.error.HTTPError as redirect:
            assert redirect.headers["Location"].startswith(f"{server.base}/admin/login"), redirect.headers["Location"]


def test_long_commands_show_a_bar_on_a_terminal_and_a_line_per_stage_otherwise() -> None:
    """#27 item 9: tqdm's bar where a person watches; plain lines in a log."""
    import io

    from app.infra.progress import StageProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    log, terminal = io.StringIO(), Terminal()
    for stream in (log, terminal):
        progress = StageProgress(stream)
        for done in (10, 20, 30):
            progress.report("事業者・受入計画の投入", done, 30)
        progress.report("集計（キューブ）の再計算", 0, 1)
        progress.report("集計（キューブ）の再計算", 1, 1)
    assert log.getvalue().splitlines() == ["事業者・受入計画の投入: 開始（30件）", "事業者・受入計画の投入: 完了",
                                           "集計（キューブ）の再計算: 開始（1件）", "集計（キューブ）の再計算: 完了"]
    assert "\r" not in log.getvalue()
    shown = terminal.getvalue()
    assert "\r" in shown and "30/30" in shown and "100%" in shown
