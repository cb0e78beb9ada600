"""PostGraphile 4, the peer the compiled reads are measured against (issue #16): installed with npm
into a temporary folder, pointed at the same PostgreSQL database, served on 127.0.0.1.

Its queries ask for what shuro's ask for: the same plans (status, queue order, 50 of them with
their workers and the total) and the same company plan (workers and attachments)."""

from __future__ import annotations

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


def npm_available() -> bool:
    return shutil.which("npm") is not None and shutil.which("node") is not None


class PostGraphile:
    def __init__(self, database_url: str, port: int) -> None:
        self.database_url = database_url.replace("postgres://", "postgresql://", 1)
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix="shuro-postgraphile-"))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/graphql"

    def install(self) -> None:
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "postgraphile@4"], cwd=self.folder,
                       check=True, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        command = ["node", str(self.folder / "node_modules" / "postgraphile" / "cli.js"), "--connection", self.database_url,
                   "--schema", "public", "--host", "127.0.0.1", "--port", str(self.port), "--disable-query-log",
                   "--disable-default-mutations"]
        self.process = subprocess.Popen(command, cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(150):
            try:
                if httpx.post(self.url, json={"query": "{ __typename }"}, timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("PostGraphile did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
        shutil.rmtree(self.folder, ignore_errors=True)
