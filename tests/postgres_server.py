"""A throwaway PostgreSQL server for the test run: started as the `postgres` user (initdb refuses
root) from a temporary data directory on a free loopback port, and stopped afterwards."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not candidates:
        raise RuntimeError(f"PostgreSQL の {name} が見つかりません（Debian の postgresql パッケージを入れてください）")
    return candidates[-1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="shuro-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else os.environ.get("USER", "postgres")

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.as_root:
            command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{a}'" for a in args)]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> "PostgresServer":
        if self.as_root:
            shutil.chown(self.dir, user="postgres", group="postgres")
        data = str(self.dir / "data")
        self._run(_pg_bin("initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--encoding=UTF8", "--locale=C")
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        self._run(_pg_bin("pg_ctl"), "-D", data, "-w", "-l", str(self.dir / "log"), "-o", options, "start")
        return self

    def stop(self) -> None:
        try:
            self._run(_pg_bin("pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def admin_sql(self, sql: str) -> None:
        subprocess.run(
            [_pg_bin("psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "postgres",
             "-v", "ON_ERROR_STOP=1", "-q", "-c", sql],
            check=True, capture_output=True, text=True,
        )
