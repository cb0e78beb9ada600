"""The real `shuro serve` process on a free loopback port, for tests that need what only a served
process shows: the Tortoise context under uvicorn, a browser, two processes on one database, a
SIGKILL in the middle of work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.postgres_server import free_port


class ServedApp:
    def __init__(self, database_url: str, workdir: Path, *arguments: str, command: tuple[str, ...] | None = None, **env: str) -> None:
        self.arguments = arguments
        self.command = command or (sys.executable, "-m", "app")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workdir = workdir
        self.env = {
            **os.environ,
            "SHURO_DATABASE_URL": database_url,
            "SHURO_ENV": "development",
            "SHURO_BASE_URL": self.base,
            "SHURO_UPLOAD_DIR": str(workdir / "uploads"),
            **env,
        }
        self.process: subprocess.Popen[str] | None = None

    def start(self, timeout: float = 60) -> "ServedApp":
        self.workdir.mkdir(parents=True, exist_ok=True)
        # A file, not a pipe: a server that logs much would block on a full pipe.
        with self.log_path.open("a", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                [*self.command, "serve", "--port", str(self.port), *self.arguments],
                cwd=self.workdir, env=self.env, stdout=log, stderr=subprocess.STDOUT, text=True,
            )
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(f"{self.base}/health", timeout=2)
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise AssertionError(self.output() or "server did not start")
                time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL: no lifespan shutdown, no flush, as a power cut or the OOM killer would."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=20)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    @property
    def log_path(self) -> Path:
        return self.workdir / "server.log"

    def output(self) -> str:
        """What the server printed so far (every start of this app appends)."""
        return self.log_path.read_text(encoding="utf-8") if self.log_path.exists() else ""

    def __enter__(self) -> "ServedApp":
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
