"""The load client: wrk (Debian's package), a few connections for a fixed time, the same for every
server measured. Its own CPU use is small, so the servers, not the client, set the figures."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


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
