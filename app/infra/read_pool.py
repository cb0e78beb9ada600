"""The compiled reads' own connections on PostgreSQL (#28). A compiled read is one statement whose text
is kept per shape; planning it again on every request cost more than running it (5 ms against 3 ms for
the review queue at 25 000 companies). Its connections therefore keep generic plans
(`plan_cache_mode=force_generic_plan`: planned once per connection and shape) for the shapes whose rows
do not depend on a searched value (a plan, the queue by state; a company-name or date search keeps
PostgreSQL's plan per value, which a generic plan made twice as slow). Those others are planned for
their values every time (`force_custom_plan`) on connections of their own: by default PostgreSQL
switches a statement to a generic plan after five runs, which made a date search ten times slower.
They are not reset when returned, since a compiled read never changes a session's state (no SET, no
transaction, no LISTEN). Every other statement keeps Tortoise's pool and PostgreSQL's default planning."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import asyncpg
from tortoise.backends.base.client import BaseDBAsyncClient

from app.infra.database import nothing_to_reset

log = logging.getLogger("shuro.sql")  # the statements of this pool, as Tortoise logs its own (query-count tests read both)


# PostgreSQL's `plan_cache_mode` for a statement planned once per shape, and for one planned per value.
PLANNING = {True: "force_generic_plan", False: "force_custom_plan"}


class ReadPool:
    """Two pools, one per way of planning, each opened on its first compiled read of a PostgreSQL
    database from the Tortoise connection's own parameters; closed with the application."""

    def __init__(self) -> None:
        self._pools: dict[bool, asyncpg.Pool] = {}
        self._opening = asyncio.Lock()

    async def fetch_text(self, client: BaseDBAsyncClient, sql: str, values: list[Any], planned_once: bool) -> str | None:
        pool = self._pools.get(planned_once) or await self._open(client, planned_once)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s: %s", sql, values)
        return await pool.fetchval(sql, *values)

    async def _open(self, client: Any, planned_once: bool) -> asyncpg.Pool:
        async with self._opening:
            if planned_once not in self._pools:
                self._pools[planned_once] = await asyncpg.create_pool(
                    host=client.host, port=client.port, user=client.user, password=client.password, database=client.database,
                    min_size=1, max_size=client.pool_maxsize, reset=nothing_to_reset,
                    server_settings={**client.server_settings, "plan_cache_mode": PLANNING[planned_once],
                                     "application_name": "shuro-compiled-reads"},
                )
        return self._pools[planned_once]

    async def close(self) -> None:
        pools, self._pools = self._pools, {}
        for pool in pools.values():
            await pool.close()
