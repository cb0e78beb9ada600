"""Installed like a user installs it (issue #15): the wheel, in a fresh virtual environment outside
the checkout, migrates, creates staff and serves; without its migrations it refuses to start."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.served import ServedApp

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv outside the checkout with the project's wheel installed: its `bin` folder."""
    work = tmp_path_factory.mktemp("install")
    # setuptools reuses build/ in the checkout: a migration renamed since the last build would ship twice.
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(work / "dist"), str(ROOT)],
                   check=True, cwd=work, capture_output=True)
    [wheel] = (work / "dist").glob("shuro-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True)
    pip = subprocess.run([str(work / "venv" / "bin" / "pip"), "install", "--quiet", str(wheel)], cwd=work, capture_output=True, text=True)
    assert pip.returncode == 0, pip.stderr[-3000:]
    return work / "venv" / "bin"


def _run(bin_dir: Path, cwd: Path, env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bin_dir / "shuro"), *args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=120)


def test_the_wheel_migrates_creates_staff_and_serves_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    import os

    env = {**os.environ, "SHURO_DATABASE_URL": f"sqlite://{tmp_path / 'shuro.sqlite3'}", "SHURO_ENV": "development"}
    env.pop("PYTHONPATH", None)
    migrated = _run(installed, tmp_path, env, "migrate")
    assert migrated.returncode == 0 and "0_" in migrated.stdout, migrated.stderr
    staff = _run(installed, tmp_path, env, "create-staff", "--login-id", "mlit-admin", "--role", "MLIT_STAFF", stdin="Installed2026pass\n")
    assert staff.returncode == 0, staff.stderr
    served = ServedApp(env["SHURO_DATABASE_URL"], tmp_path, command=(str(installed / "shuro"),))
    served.env.pop("PYTHONPATH", None)
    with served:
        body = json.dumps({"query": 'mutation { login(input: {loginId: "mlit-admin", password: "Installed2026pass"}) { token } }'}).encode()
        request = urllib.request.Request(f"{served.base}/graphql", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert json.loads(response.read())["data"]["login"]["token"]
        with urllib.request.urlopen(f"{served.base}/admin/login", timeout=30) as response:
            assert "ログイン" in response.read().decode()
    assert str(ROOT) not in (installed.parent / "lib").glob("python*/site-packages/app/__init__.py").__next__().resolve().as_posix()
    # #27: outside a checkout the schema goes to standard output, nothing is written beside the code.
    exported = _run(installed, tmp_path, env, "export-schema")
    assert exported.returncode == 0 and "type Query {" in exported.stdout and "Traceback" not in exported.stderr
    assert not list((installed.parent / "lib").glob("python*/site-packages/graphql/schema.graphql"))
    written = _run(installed, tmp_path, env, "export-schema", "--output", str(tmp_path / "schema.graphql"))
    assert written.returncode == 0 and (tmp_path / "schema.graphql").read_text(encoding="utf-8") == exported.stdout


def test_an_installation_without_migrations_refuses_to_start(installed: Path, tmp_path: Path) -> None:
    import os

    [package] = (installed.parent / "lib").glob("python*/site-packages/app")
    trees = package / "infra" / "migration_files"
    backup = tmp_path / "trees"
    shutil.move(str(trees), str(backup))
    try:
        env = {**os.environ, "SHURO_DATABASE_URL": f"sqlite://{tmp_path / 'x.sqlite3'}", "SHURO_ENV": "development"}
        refused = _run(installed, tmp_path, env, "serve", "--port", "9")
        assert refused.returncode == 2 and "migrations" in refused.stderr and "Traceback" not in refused.stderr
    finally:
        shutil.move(str(backup), str(trees))
