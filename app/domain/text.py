"""Text as a person counts it (CONTRACT.md): Unicode code points after NFC, CRLF as one break."""

from __future__ import annotations

import re
import unicodedata

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_text(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def char_count(text: str) -> int:
    return len(normalize_text(text))


def is_email(text: str) -> bool:
    return len(text) <= 254 and bool(_EMAIL.match(text))


# NUL and the other C0 controls but tab and line breaks, DEL, and lone surrogates: never text a
# person typed, and PostgreSQL or the drivers fail on some of them.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def forbidden_character_in(text: str) -> bool:
    return _FORBIDDEN.search(text) is not None
