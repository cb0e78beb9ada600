"""Opaque IDs: clients never parse them (CONTRACT.md). `Plan:12` travels as base64url."""

from __future__ import annotations

import base64
import binascii
import re

MAX_ROW_ID = 2**31 - 1  # primary keys are 32-bit integers on both databases
_ROW_ID = re.compile(r"[0-9]{1,10}")  # ASCII digits only: "²" and "٣" are digits to str.isdigit, not to int()


def row_number(text: str) -> int | None:
    """A primary key written in an ID or a cursor, or None when it cannot be one."""
    if not _ROW_ID.fullmatch(text):
        return None
    number = int(text)
    return number if number <= MAX_ROW_ID else None


def encode_id(kind: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{pk}".encode()).decode().rstrip("=")


def decode_id(kind: str, value: str | None) -> int | None:
    """The primary key behind an ID of this kind, or None for anything else."""
    if not value:
        return None
    try:
        text = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    prefix, _, pk = text.partition(":")
    return row_number(pk) if prefix == kind else None


NO_ROW = 0  # primary keys start at 1: an ID that decodes to nothing matches no row


def row_id(kind: str, value: str | None) -> int:
    """The primary key behind an ID, or NO_ROW, so that an unknown ID is refused as NOT_FOUND by the
    domain like any other record the viewer cannot see."""
    return decode_id(kind, value) or NO_ROW
