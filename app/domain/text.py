"""Text as a person counts it (CONTRACT.md): Unicode code points after NFC, CRLF as one break."""

from __future__ import annotations

import re
import unicodedata

from app.domain.errors import ErrorCode, Problem

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


def written_text(field: str, label: str, value: str | None, max_chars: int, problems: list[Problem], required: bool = False) -> str | None:
    """Free text a person wrote (a reason, a description), as stored: normalised and trimmed, empty
    as None; a forbidden character, a missing required text or one too long is added to `problems`."""
    if value is not None and forbidden_character_in(value):
        problems.append(Problem(field, ErrorCode.INVALID, f"{label}に使用できない文字（制御文字など）が含まれています。"))
        return None
    text = normalize_text(value or "").strip() or None
    if required and text is None:
        problems.append(Problem(field, ErrorCode.REQUIRED, f"{label}を入力してください。"))
    if text and char_count(text) > max_chars:
        problems.append(Problem(field, ErrorCode.TOO_LONG, f"{label}は{max_chars}文字以内で入力してください。"))
    return text
