"""The B7 rules over a whole set of files (FAQ 16, 21): at most `max_files` per document item (and
worker), and an item covered by a bulk file takes no single files. A change after certification
(D7) is checked as the set the plan would have once it is applied."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.domain.catalogue import DOCUMENT_ITEMS, DocumentItemSpec
from app.domain.errors import DomainError, ErrorCode, Problem

ITEMS = {item.code: item for item in DOCUMENT_ITEMS}


@dataclass(frozen=True)
class FileFacts:
    """What the B7 rules need to know of one file."""

    id: int
    document_item: str | None  # None for a bulk file
    worker_id: int | None
    covers: tuple[str, ...] = ()


def limit_exceeded(item: DocumentItemSpec, field: str) -> DomainError:
    return DomainError(field, ErrorCode.LIMIT_EXCEEDED, f"「{item.name}」に添付できるファイルは{item.max_files}件までです。")


def covered_by_bulk(item: DocumentItemSpec, field: str) -> DomainError:
    return DomainError(
        field, ErrorCode.INVALID,
        f"「{item.name}」は一括登録で添付されています。この書類の追加・削除は一括登録の欄で行ってください。",
    )


def has_single_files(item: DocumentItemSpec, field: str) -> DomainError:
    return DomainError(
        field, ErrorCode.INVALID,
        f"「{item.name}」には個別に添付したファイルがあります。一括登録に含める前に個別のファイルを削除してください。",
    )


def attachment_set_problems(files: Iterable[FileFacts], field_of: Mapping[int, str]) -> list[Problem]:
    """Every B7 rule the set breaks, each placed on the new file (`field_of`) that breaks it."""
    files = list(files)
    covered = {code for f in files for code in f.covers}
    counts: Counter[tuple[str, int | None]] = Counter()
    for f in files:
        if f.document_item is not None:
            item = ITEMS[f.document_item]
            counts[(item.code, f.worker_id if item.per_worker else None)] += 1
    bulk_counts = Counter(code for f in files for code in f.covers)
    problems: list[Problem] = []
    seen: set[str] = set()
    for f in files:
        field = field_of.get(f.id)
        if field is None:
            continue
        for code in (f.document_item,) if f.document_item is not None else f.covers:
            item = ITEMS[code]
            if f.document_item is not None and code in covered:
                error = covered_by_bulk(item, field)
            elif f.document_item is None and any(key[0] == code for key in counts):
                error = has_single_files(item, field)
            elif counts[(code, f.worker_id if item.per_worker else None)] + bulk_counts[code] > item.max_files:
                error = limit_exceeded(item, field)
            else:
                continue
            if (message := error.problems[0].message) not in seen:
                seen.add(message)
                problems += error.problems
    return problems
