"""A small seeded run of the GraphQL fuzzer (tests/fuzz_graphql.py; the README says how to run a
longer one): no 5xx and no traceback but the INTERNAL_SERVER_ERRORs we raise on purpose."""

from __future__ import annotations

import pytest

from tests.fuzz_graphql import ROLES, fuzz
from tests.postgres_server import PostgresServer


@pytest.mark.parametrize("database", ["sqlite", "postgres"])
def test_a_seeded_fuzz_run_finds_no_server_error(database: str, request: pytest.FixtureRequest) -> None:
    url = None
    if database == "postgres":  # an empty database on the suite's server (#24.5: both databases)
        server: PostgresServer = request.getfixturevalue("postgres_server")
        server.admin_sql("CREATE DATABASE fuzz_graphql")
        url = server.url("fuzz_graphql")
    report = fuzz(max_examples=3, seed=20261125, database_url=url, timeout=300)
    assert report.ok, report.summary()
    assert all(report.requests[role] > 20 for role in ROLES), report.summary()
