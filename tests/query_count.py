"""Counts the SQL statements sent, from the debug logs of Tortoise (`tortoise.db_client`) and of the compiled
reads' own pool (`shuro.sql`)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if "connection pool" in text.lower() or text.startswith("Created connection"):
            return
        self.statements.append(text)


@contextmanager
def count_queries() -> Iterator[list[str]]:
    loggers = [logging.getLogger("tortoise.db_client"), logging.getLogger("shuro.sql")]
    counter = _Counter()
    previous = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(counter)
    try:
        yield counter.statements
    finally:
        for logger, level in zip(loggers, previous):
            logger.removeHandler(counter)
            logger.setLevel(level)
