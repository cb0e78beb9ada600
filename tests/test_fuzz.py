"""A small seeded run of the GraphQL fuzzer (tests/fuzz_graphql.py; the README says how to run a
longer one): no 5xx and no traceback but the INTERNAL_SERVER_ERRORs we raise on purpose."""

from __future__ import annotations

from tests.fuzz_graphql import ROLES, fuzz


def test_a_seeded_fuzz_run_finds_no_server_error() -> None:
    report = fuzz(max_examples=3, seed=20261125, timeout=300)
    assert report.ok, report.summary()
    assert all(report.requests[role] > 20 for role in ROLES), report.summary()
