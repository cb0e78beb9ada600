"""File names of uploads sent as `filename*=UTF-8''…` (RFC 5987/2231), which python-multipart drops,
reach the domain decoded (issue #15). Percent-encoded plain names are the domain's to decode."""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

import starlette.formparsers

_EXTENDED = re.compile(rb"""filename\*\s*=\s*(?P<charset>[\w-]+)'[^']*'(?P<value>[^;\s]+)""", re.IGNORECASE)
_original = starlette.formparsers.parse_options_header


def _with_extended_file_name(value: bytes | str | None) -> tuple[bytes, dict[bytes, bytes]]:
    disposition, options = _original(value)
    raw = value.encode("latin-1") if isinstance(value, str) else (value or b"")
    if (match := _EXTENDED.search(raw)) is not None:
        try:
            name = unquote_to_bytes(match["value"]).decode(match["charset"].decode("ascii"))
            options[b"filename"] = name.encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            pass
    return disposition, options


def install() -> None:
    """Once per process: the form parser starlette (and so strawberry) uses reads `filename*` too."""
    starlette.formparsers.parse_options_header = _with_extended_file_name  # type: ignore[assignment]
