"""Counts the SQL statements Tortoise sends, from its `tortoise.db_client` debug log."""

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
    logger = logging.getLogger("tortoise.db_client")
    counter = _Counter()
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    try:
        yield counter.statements
    finally:
        logger.removeHandler(counter)
        logger.setLevel(previous)
