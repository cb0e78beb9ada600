"""Attachment files in an S3-compatible object store, through aiobotocore: aio-libs' asyncio port of
botocore, the AWS SDK's own request signing, retries and S3 dialect (path-style addressing for
SeaweedFS, MinIO and on-premises stores), kept current with botocore's releases."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from datetime import datetime
from typing import Any

from aiobotocore.config import AioConfig
from aiobotocore.session import get_session
from botocore.exceptions import BotoCoreError, ClientError

from app.domain.storage import CHUNK, Spooled
from app.infra.storage import failed, new_key

NOT_FOUND_CODES = {"404", "NoSuchKey", "NotFound"}


class S3Storage:
    def __init__(self, bucket: str, prefix: str = "", endpoint: str | None = None, region: str = "us-east-1") -> None:
        if not bucket:
            raise ValueError("s3:// needs a bucket: s3://BUCKET/PREFIX?endpoint=URL")
        self.bucket, self.prefix, self.endpoint, self.region = bucket, prefix, endpoint, region
        self._client: Any = None
        self._stack: AsyncExitStack | None = None
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"S3Storage(s3://{self.bucket}/{self.prefix})"

    def object_name(self, key: str) -> str:
        return f"{self.prefix}/{key}" if self.prefix else key

    async def client(self) -> Any:
        """One client per process and store (its connection pool is reused), made at first use."""
        async with self._lock:
            if self._client is None:
                stack = AsyncExitStack()
                config = AioConfig(s3={"addressing_style": "path"}, retries={"max_attempts": 3, "mode": "standard"},
                                   connect_timeout=5, read_timeout=30)
                self._client = await stack.enter_async_context(
                    get_session().create_client("s3", endpoint_url=self.endpoint, region_name=self.region, config=config))
                self._stack = stack
            return self._client

    async def close(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
            self._client, self._stack = None, None

    async def put(self, upload: Spooled, key: str | None = None) -> str:
        key = key or new_key()
        client = await self.client()
        try:
            with upload.path.open("rb") as body:  # streamed from the spooled file, never read whole
                await client.put_object(Bucket=self.bucket, Key=self.object_name(key), Body=body, ContentLength=upload.size,
                                        Metadata={"sha256": upload.sha256})
        except (BotoCoreError, ClientError) as error:
            raise failed("put", f"put {key} to s3://{self.bucket}: {error}") from error
        return key

    async def open(self, key: str) -> AsyncIterator[bytes]:
        client = await self.client()
        try:
            answer = await client.get_object(Bucket=self.bucket, Key=self.object_name(key))
        except (BotoCoreError, ClientError) as error:
            raise failed("read", f"get {key} from s3://{self.bucket}: {error}") from error
        async with answer["Body"] as body:
            while chunk := await body.read(CHUNK):
                yield chunk

    async def delete(self, key: str) -> None:
        client = await self.client()
        try:
            await client.delete_object(Bucket=self.bucket, Key=self.object_name(key))
        except (BotoCoreError, ClientError) as error:
            raise failed("delete", f"delete {key} from s3://{self.bucket}: {error}") from error

    async def exists(self, key: str) -> bool:
        client = await self.client()
        try:
            await client.head_object(Bucket=self.bucket, Key=self.object_name(key))
        except ClientError as error:
            if str(error.response.get("Error", {}).get("Code")) in NOT_FOUND_CODES:
                return False
            raise failed("exists", f"head {key} in s3://{self.bucket}: {error}") from error
        except BotoCoreError as error:
            raise failed("exists", f"head {key} in s3://{self.bucket}: {error}") from error
        return True

    async def listing(self) -> AsyncIterator[tuple[str, datetime]]:
        client = await self.client()
        start = f"{self.prefix}/" if self.prefix else ""
        try:
            async for page in client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=start):
                for item in page.get("Contents", []):
                    yield item["Key"][len(start):], item["LastModified"]
        except (BotoCoreError, ClientError) as error:
            raise failed("list", f"list s3://{self.bucket}/{self.prefix}: {error}") from error

    async def check(self) -> None:
        client = await self.client()
        try:
            await client.head_bucket(Bucket=self.bucket)
        except (BotoCoreError, ClientError) as error:
            raise failed("check", f"bucket s3://{self.bucket} does not answer: {error}") from error
