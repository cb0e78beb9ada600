"""Background work of the served process: a job run again and again until the process stops."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


async def run_periodically(job: Callable[[], Awaitable[object]], interval_seconds: float, stop: asyncio.Event, name: str) -> None:
    """Run `job`, then wait `interval_seconds` or until `stop`; a failing round is logged and the
    next one runs as planned (the rows the job works on say what is left)."""
    while not stop.is_set():
        try:
            await job()
        except Exception:
            log.exception("%s failed", name)
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval_seconds)
        except asyncio.TimeoutError:
            pass
