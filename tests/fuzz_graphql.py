"""Fuzzes `/graphql` of a real `shuro serve` process with schemathesis, as an anonymous client, a
company and staff (MLIT staff and an analyst), and fails on any 5xx answer or any traceback in the
server's log other than an INTERNAL_SERVER_ERROR we chose to raise (issue #10).

    .venv/bin/python -m tests.fuzz_graphql --max-examples 100 --seed 1

Bounded: `--max-examples` cases per operation and role, and each schemathesis run has a time limit.
A small seeded run of it is part of the test suite (tests/test_fuzz.py).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.served import ServedApp

ROLES = ("anonymous", "company", "mlit", "analyst")
PASSWORDS = {"company": "Companypass123", "mlit": "Staffpass123", "analyst": "Staffpass123"}
OUR_INTERNAL_ERROR = re.compile(r"INTERNAL_SERVER_ERROR requestId=[0-9a-f]+")


@dataclass
class FuzzReport:
    requests: dict[str, int] = field(default_factory=dict)
    server_errors: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    internal_errors: int = 0
    stray_tracebacks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.stray_tracebacks and not any(self.server_errors.values())

    def summary(self) -> str:
        lines = [f"{role}: {self.requests.get(role, 0)} requests, {self.server_errors.get(role, 0)} answers 5xx or INTERNAL_SERVER_ERROR"
                 for role in ROLES]
        lines.append(f"INTERNAL_SERVER_ERROR raised by us: {self.internal_errors}; other tracebacks: {len(self.stray_tracebacks)}")
        lines += [f"FAILED {failure}" for failure in self.failures]
        lines += [f"TRACEBACK {trace[:2000]}" for trace in self.stray_tracebacks]
        return "\n".join(lines)


async def _seed(database_url: str, upload_dir: Path) -> dict[str, str]:
    """A company with a submitted plan, and staff; returns the login IDs by role."""
    from app.domain.accounts.passwords import configure_hashing
    from app.infra.database import database
    from app.models.enums import Role
    from tests.factories import make_staff
    from tests.plan_builder import submitted_plan

    configure_hashing(1, 1024)
    async with database(database_url):
        company, _ = await submitted_plan(upload_dir)
        await make_staff(Role.MLIT_STAFF, login_id="fuzz-mlit")
        await make_staff(Role.ANALYST, login_id="fuzz-analyst")
    return {"company": company.login_id, "mlit": "fuzz-mlit", "analyst": "fuzz-analyst"}


def _login(base: str, login_id: str, password: str) -> str:
    body = json.dumps({"query": "mutation($i: LoginInput!) { login(input: $i) { token } }",
                       "variables": {"i": {"loginId": login_id, "password": password}}}).encode()
    request = urllib.request.Request(f"{base}/graphql", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["data"]["login"]["token"]


def _schemathesis(base: str, role: str, token: str | None, max_examples: int, seed: int, report_dir: Path, timeout: float) -> tuple[int, int, str]:
    """(requests, 5xx answers and INTERNAL_SERVER_ERRORs, output) of one schemathesis run."""
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", f"{base}/graphql",
        "--checks", "not_a_server_error", "--exclude-checks", "not_a_server_error", "--max-examples", str(max_examples), "--seed", str(seed),
        "--generation-database", "none", "--workers", "1", "--no-color",
        "--report", "ndjson", "--report-ndjson-path", str(report_dir / f"{role}.ndjson"),
    ]
    if token:
        command += ["--header", f"Authorization: Bearer {token}"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.fuzz_hooks", "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False, env=env)
    text = (report_dir / f"{role}.ndjson").read_text(encoding="utf-8")
    statuses = re.findall(r'"status_code":\s*(\d{3})', text)
    bodies = [base64.b64decode(encoded) for encoded in re.findall(r'"\$base64":\s*"([A-Za-z0-9+/=]*)"', text)]
    internal = sum(b"INTERNAL_SERVER_ERROR" in body for body in bodies)
    if statuses and not bodies:
        raise RuntimeError("the schemathesis report holds no response bodies: nothing could be checked")
    return len(statuses), sum(code.startswith("5") for code in statuses) + internal, result.stdout + result.stderr


def _edge_requests() -> list[tuple[str, dict]]:
    """Values at the edges that generated cases rarely hit (#24.5): ids and cursors past 32 bits or
    with non-ASCII digits, cursors dated year 1 and 9999, application dates at the ends of the
    calendar, JSON bodies that are not objects."""
    def opaque(text: str) -> str:
        return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")

    plan = "query($id: ID!) { plan(id: $id) { id } }"
    queue = "query($after: String, $filter: PlanFilter) { plans(after: $after, filter: $filter) { totalCount } }"
    ids = ["Plan:²", "Plan:٣", "Plan:2147483648", "Plan:9999999999", "Plan:-1", "Plan:0", ""]
    cursors = ["0001-01-01T00:00:00+09:00|1", "9999-12-31T23:59:59+00:00|1", "2026-01-01T00:00:00+09:00|2147483648",
               "2026-01-01T00:00:00|1", "|", "x|1"]
    days = ["0001-01-01", "9999-12-31", "1900-01-01", "9998-12-31"]
    requests = [("/graphql", {"query": plan, "variables": {"id": opaque(value)}}) for value in ids]
    requests += [("/graphql", {"query": queue, "variables": {"after": opaque(value)}}) for value in cursors]
    requests += [("/graphql", {"query": queue, "variables": {"filter": {key: day}}}) for key in ("appliedFrom", "appliedTo") for day in days]
    requests += [(f"/export/{kind}.csv?{key}={day}", {}) for kind in ("plans", "workers") for key in ("appliedFrom", "appliedTo") for day in days]
    requests += [("/graphql", body) for body in ("x", 1, None, ["x"], [])]  # type: ignore[misc]
    return requests


def _send_edges(base: str, token: str | None) -> tuple[int, int]:
    """(requests, answers 5xx or INTERNAL_SERVER_ERROR) of the edge requests."""
    errors = 0
    requests = _edge_requests()
    for path, body in requests:
        headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
        data = None if path.startswith("/export/") else json.dumps(body).encode()
        request = urllib.request.Request(f"{base}{path}", data=data, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, text = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read()
        errors += status >= 500 or b"INTERNAL_SERVER_ERROR" in text
    return len(requests), errors


def _tracebacks(log: str) -> tuple[int, list[str]]:
    """Our chosen INTERNAL_SERVER_ERRORs, and every other traceback in the log."""
    ours, stray = 0, []
    blocks = re.split(r"(?=Traceback \(most recent call last\):)", log)
    for previous, block in zip(blocks, blocks[1:]):
        if OUR_INTERNAL_ERROR.search(previous.splitlines()[-1] if previous.splitlines() else ""):
            ours += 1
        else:
            stray.append(block)
    return ours, stray


def fuzz(max_examples: int, seed: int, database_url: str | None = None, timeout: float = 600) -> FuzzReport:
    report = FuzzReport()
    with tempfile.TemporaryDirectory(prefix="shuro-fuzz-") as tmp:
        workdir = Path(tmp)
        url = database_url or f"sqlite://{workdir / 'fuzz.sqlite3'}"
        logins = asyncio.run(_seed(url, workdir / "uploads"))
        server = ServedApp(url, workdir)
        with server:
            tokens: dict[str, str | None] = {"anonymous": None}
            tokens.update({role: _login(server.base, login_id, PASSWORDS[role]) for role, login_id in logins.items()})
            for role in ROLES:
                requests, errors, output = _schemathesis(server.base, role, tokens[role], max_examples, seed, workdir, timeout)
                edge_requests, edge_errors = _send_edges(server.base, tokens[role])
                report.requests[role], report.server_errors[role] = requests + edge_requests, errors + edge_errors
                if "FAILURES" in output or errors:
                    report.failures.append(f"{role}: {output[-4000:]}")
        report.internal_errors, report.stray_tracebacks = _tracebacks(server.output())
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-examples", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", default=None, help="an empty database to use (default: a temporary SQLite file)")
    arguments = parser.parse_args()
    report = fuzz(arguments.max_examples, arguments.seed, arguments.database_url)
    print(report.summary())
    sys.exit(0 if report.ok else 1)


if __name__ == "__main__":
    main()
