"""Automatic persisted queries (Apollo's protocol) and trusted documents (#27).

A client may send `extensions.persistedQuery {version: 1, sha256Hash}` without the query text; the
server answers `PERSISTED_QUERY_NOT_FOUND` when it has not seen the hash, and the client sends the
text with the hash, which is checked and kept (per process, bounded; another process simply asks
again). With `SHURO_TRUSTED_DOCUMENTS`, only the listed documents run: a document is identified by
the SHA-256 of its canonical printing (graphql-core's `print_ast`, the same text graphql-js `print`
gives, which Apollo's persisted-queries link hashes), so whitespace and comments do not matter.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphql import DocumentNode, FragmentDefinitionNode, FragmentSpreadNode, GraphQLError, OperationDefinitionNode, parse, print_ast
from graphql.language import Visitor, visit

from app.graphql.core.document_cache import BoundedCache

APQ_VERSION = 1
TRUSTED_FILE_SUFFIXES = (".graphql", ".gql")


@dataclass(frozen=True)
class DocumentRefused(Exception):
    """The request cannot run as sent: an HTTP status, a GraphQL error code and a Japanese message."""

    status: int
    code: str
    message: str


NOT_FOUND = DocumentRefused(200, "PERSISTED_QUERY_NOT_FOUND", "この sha256Hash の文書は保存されていません。query を付けて送り直してください。")
HASH_MISMATCH = DocumentRefused(400, "PERSISTED_QUERY_HASH_MISMATCH", "sha256Hash が query の SHA-256 と一致しません。")
BAD_EXTENSION = DocumentRefused(400, "BAD_REQUEST", "extensions.persistedQuery は {version: 1, sha256Hash: \"<64桁の16進数>\"} にしてください。")
NOT_TRUSTED = DocumentRefused(400, "DOCUMENT_NOT_TRUSTED", "この GraphQL 文書は許可された文書の一覧にありません。")


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical(document: str) -> str | None:
    """The document as graphql-js and graphql-core print it, its operations first and then its
    fragments by name (clients order them differently), or None when it does not parse."""
    try:
        parsed = parse(document, no_location=True)
    except (GraphQLError, RecursionError):
        return None
    return _printed(parsed.definitions)


def _printed(definitions: Any) -> str:
    operations = [d for d in definitions if not isinstance(d, FragmentDefinitionNode)]
    fragments = sorted((d for d in definitions if isinstance(d, FragmentDefinitionNode)), key=lambda d: d.name.value)
    return print_ast(DocumentNode(definitions=(*operations, *fragments)))


def documented_operations(operations_dir: Path) -> dict[str, str]:
    """The trusted-documents manifest of the project's documented operations (`make schema` writes it
    to graphql/trusted-documents.json): each file as the tests send it, and each operation with the
    fragments it uses, as graphql-codegen's client sends it. Canonical hash → canonical text."""
    manifest: dict[str, str] = {}
    for path in sorted(operations_dir.glob("*.graphql")):
        document = parse(path.read_text(encoding="utf-8"), no_location=True)
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        texts = [_printed(document.definitions)]
        for operation in (d for d in document.definitions if isinstance(d, OperationDefinitionNode)):
            texts.append(_printed([operation, *(fragments[name] for name in _fragments_used(operation, fragments))]))
        manifest.update((sha256_hex(text), text) for text in texts)
    return dict(sorted(manifest.items()))


def _fragments_used(node: Any, fragments: dict[str, FragmentDefinitionNode]) -> list[str]:
    used: list[str] = []

    class Spreads(Visitor):
        def enter_fragment_spread(self, spread: FragmentSpreadNode, *_: Any) -> None:
            name = spread.name.value
            if name not in used:
                used.append(name)
                visit(fragments[name], self)

    visit(node, Spreads())
    return used


def read_trusted_documents(path: Path) -> dict[str, str]:
    """Canonical hash → document, from a JSON manifest `{hash: document}` (as `make schema` writes
    and graphql-codegen's persisted documents are), a `.graphql` file, or a folder of them."""
    texts: list[str] = []
    if path.is_dir():
        texts = [file.read_text(encoding="utf-8") for file in sorted(path.rglob("*")) if file.suffix in TRUSTED_FILE_SUFFIXES]
    elif path.suffix == ".json":
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(manifest, dict) or not all(isinstance(text, str) for text in manifest.values()):
            raise ValueError(f"{path}: a JSON object of hash → document text is expected")
        texts = list(manifest.values())
    else:
        texts = [path.read_text(encoding="utf-8")]
    documents: dict[str, str] = {}
    for text in texts:
        printed = canonical(text)
        if printed is None:
            raise ValueError(f"{path}: a document does not parse as GraphQL")
        documents[sha256_hex(printed)] = printed
    return documents


class PersistedDocuments:
    """What a request's `query` is once its persisted-query extension is read, and whether it may run."""

    def __init__(self, trusted: dict[str, str] | None = None) -> None:
        self.trusted = trusted
        self._seen: BoundedCache[str, str] = BoundedCache()
        self._allowed: BoundedCache[str, bool] = BoundedCache()

    def resolve(self, operation: dict[str, Any]) -> dict[str, Any]:
        """The operation with its query text filled in from the hash, checked and remembered; raises
        DocumentRefused. An operation without the extension is only checked against the trusted list."""
        extension = (operation.get("extensions") or {}).get("persistedQuery") if isinstance(operation.get("extensions"), dict) else None
        query = operation.get("query")
        if extension is not None:
            digest = _hash_of(extension)
            if not isinstance(query, str) or not query:
                known = self._seen.get(digest) or (self.trusted or {}).get(digest)
                if known is None:
                    raise NOT_FOUND
                return {**operation, "query": known}
            if digest not in (sha256_hex(query), sha256_hex(canonical(query) or "")):
                raise HASH_MISMATCH
            self._check_trusted(query)
            self._seen.get_or_make(digest, len(query), lambda: query)
            return operation
        if isinstance(query, str):
            self._check_trusted(query)
        return operation

    def _check_trusted(self, query: str) -> None:
        if self.trusted is None:
            return
        trusted = self.trusted
        if not self._allowed.get_or_make(query, len(query), lambda: sha256_hex(canonical(query) or "") in trusted):
            raise NOT_TRUSTED


def _hash_of(extension: object) -> str:
    if not isinstance(extension, dict) or extension.get("version") != APQ_VERSION:
        raise BAD_EXTENSION
    digest = extension.get("sha256Hash")
    if not isinstance(digest, str) or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest.lower()):
        raise BAD_EXTENSION
    return digest.lower()
