"""The load client: wrk (Debian's package), a few connections for a fixed time, the same for every
server measured. Its own CPU use is small, so the servers, not the client, set the figures."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Target:
    """One request, sent again and again."""

    url: str
    body: dict | None = None  # POSTed as JSON; None: GET
    token: str | None = None


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


def _script(target: Target) -> str:
    lines = []
    if target.body is not None:
        body = json.dumps(target.body)
        lines += ['wrk.method = "POST"', f"wrk.body = [==[{body}]==]", 'wrk.headers["Content-Type"] = "application/json"']
    if target.token:
        lines.append(f'wrk.headers["Authorization"] = "Bearer {target.token}"')
    return "\n".join(lines) + "\n"


def requests_per_second(target: Target, seconds: int, connections: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "request.lua"
        script.write_text(_script(target), encoding="utf-8")
        result = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "30s", "-s", str(script), target.url],
                                check=True, capture_output=True, text=True)
    if "Non-2xx" in result.stdout or "Socket errors" in result.stdout:
        raise RuntimeError(f"errors under load: {result.stdout}")
    found = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    if not found:
        raise RuntimeError(result.stdout)
    return float(found.group(1))


def server_env(url: str, upload_dir: str | Path | None = None) -> dict[str, str]:
    """The environment of a benchmark's shuro: the database, development mode, and a folder for files
    (a fresh temporary one unless given)."""
    return {**os.environ, "SHURO_DATABASE_URL": url, "SHURO_ENV": "development", "SHURO_SECRET_KEY": "bench-secret",
            "SHURO_MAINTENANCE": "", "SHURO_UPLOAD_DIR": str(upload_dir or tempfile.mkdtemp(prefix="shuro-bench-"))}


def serve(env: dict[str, str], port: int) -> subprocess.Popen:
    """The benchmark's server (`bench.floor_app`: shuro with the floor routes, no background jobs)
    on 127.0.0.1:`port`, answering once this returns."""
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "bench.floor_app:app", "--host", "127.0.0.1", "--port", str(port),
                               "--log-level", "warning", "--no-access-log"], env=env, cwd=ROOT)
    for _ in range(100):
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    return server


def print_table(title: str, rows: list[tuple[str, ...]]) -> None:
    """A benchmark's figures: its title, then a row per figure, columns aligned, the value last."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    print(f"\n{title}")
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1])
