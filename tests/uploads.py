"""GraphQL multipart uploads as a client sends them (the spec's operations / map / file parts)."""

from __future__ import annotations

import json

import httpx

from tests.operations import documents
from tests.plan_builder import PDF


async def upload(client: httpx.AsyncClient, token: str, name: str, variables: dict, file_name: str, content: bytes,
                 content_type: str = "application/octet-stream") -> httpx.Response:
    """A GraphQL multipart request (the spec's operations / map / file parts)."""
    operations = json.dumps({"query": documents()[name], "operationName": name,
                             "variables": {"input": {**variables, "file": None}}})
    return await client.post(
        "/graphql",
        data={"operations": operations, "map": json.dumps({"0": ["variables.input.file"]})},
        files={"0": (file_name, content, content_type)},
        headers={"Authorization": f"Bearer {token}"},
    )


async def upload_single(client: httpx.AsyncClient, token: str, item: str, file_name: str = "証明書.pdf", content: bytes = PDF,
                        worker_id: str | None = None, staged: bool = False, new_worker_index: int | None = None) -> dict:
    variables = {"documentItem": item, **({"workerId": worker_id} if worker_id else {}), **({"staged": True} if staged else {}),
                 **({"newWorkerIndex": new_worker_index} if new_worker_index is not None else {})}
    response = await upload(client, token, "UploadAttachment", variables, file_name, content)
    assert response.status_code == 200, response.text
    return response.json()["data"]["uploadAttachment"]


async def upload_bulk(client: httpx.AsyncClient, token: str, covers: list[str], content: bytes = PDF, staged: bool = False) -> dict:
    variables = {"covers": covers, **({"staged": True} if staged else {})}
    response = await upload(client, token, "UploadBulkAttachment", variables, "一括.pdf", content)
    assert response.status_code == 200, response.text
    return response.json()["data"]["uploadBulkAttachment"]
