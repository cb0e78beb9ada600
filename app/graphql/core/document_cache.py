"""Parsed and validated documents kept per process, bounded by bytes as well as by entries (#24.2).

strawberry's ParserCache and ValidationCache keep any document text a client sends, before its token
is checked: 256 distinct documents of 5 MB each (comments cost nothing under the token limit) hold
over a gigabyte. Here a document longer than `MAX_CACHED_DOCUMENT` is parsed and validated every time
and never kept, and all kept texts together stay under `MAX_CACHED_BYTES`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from typing import Generic, TypeVar

from graphql.language.parser import parse
from strawberry.extensions.base_extension import SchemaExtension
from strawberry.schema.schema import validate_document

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MAX_CACHED_DOCUMENT = 16 * 1024  # characters: the largest documented operation is under 3 000
MAX_CACHED_BYTES = 4 * 1024 * 1024  # of document text, for each cache
MAX_CACHED_ENTRIES = 256


class BoundedCache(Generic[K, V]):
    """Least recently used entries, at most `max_entries` of them and `max_bytes` of their sizes
    together; an entry larger than `max_item_bytes` is never kept."""

    def __init__(self, max_entries: int = MAX_CACHED_ENTRIES, max_bytes: int = MAX_CACHED_BYTES,
                 max_item_bytes: int = MAX_CACHED_DOCUMENT) -> None:
        self.max_entries, self.max_bytes, self.max_item_bytes = max_entries, max_bytes, max_item_bytes
        self._entries: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: K) -> V | None:
        if key not in self._entries:
            return None
        self._entries.move_to_end(key)
        return self._entries[key][0]

    def get_or_make(self, key: K, size: int, make: Callable[[], V]) -> V:
        if key in self._entries:
            self._entries.move_to_end(key)
            return self._entries[key][0]
        value = make()
        if size <= self.max_item_bytes:
            self._entries[key] = (value, size)
            self.bytes += size
            while len(self._entries) > self.max_entries or self.bytes > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.bytes -= dropped
        return value


_PARSED: BoundedCache = BoundedCache()
_VALIDATED: BoundedCache = BoundedCache()


class DocumentCache(SchemaExtension):
    """Parsing and validation, kept per process for documents of a sensible size (pass as a factory)."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        query = context.query or ""
        options = context.parse_options
        context.graphql_document = _PARSED.get_or_make((query, tuple(sorted(options.items()))), len(query), lambda: parse(query, **options))
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        query = context.query or ""
        key = (id(context.schema), query, tuple(context.validation_rules))
        context.pre_execution_errors = _VALIDATED.get_or_make(
            key, len(query), lambda: validate_document(context.schema._schema, context.graphql_document, context.validation_rules))
        yield
