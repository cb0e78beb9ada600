"""The documented client operations of graphql/operations/, run by the tests by name."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import httpx
from graphql import OperationDefinitionNode, parse

OPERATIONS_DIR = Path(__file__).resolve().parent.parent / "graphql" / "operations"


@cache
def documents() -> dict[str, str]:
    """operationName → the whole document of the file that defines it (fragments included)."""
    found: dict[str, str] = {}
    for path in sorted(OPERATIONS_DIR.glob("*.graphql")):
        text = path.read_text(encoding="utf-8")
        for definition in parse(text).definitions:
            if isinstance(definition, OperationDefinitionNode) and definition.name:
                assert definition.name.value not in found, f"duplicate operation {definition.name.value}"
                found[definition.name.value] = text
    return found


async def run(client: httpx.AsyncClient, name: str, variables: dict | None = None, token: str | None = None) -> dict:
    """Run a documented operation; returns the response's `data` (asserting there are no errors)."""
    result = await run_raw(client, name, variables, token)
    assert "errors" not in result, result["errors"]
    return result["data"]


async def run_raw(client: httpx.AsyncClient, name: str, variables: dict | None = None, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        "/graphql", json={"query": documents()[name], "operationName": name, "variables": variables or {}}, headers=headers
    )
    assert response.status_code == 200, response.text
    return response.json()
