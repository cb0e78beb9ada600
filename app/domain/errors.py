"""DomainError: the one way a rule says no. Adapters turn it into `UserError`s or form messages."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ErrorCode(str, Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    TOO_LONG = "TOO_LONG"
    LIMIT_EXCEEDED = "LIMIT_EXCEEDED"
    DUPLICATE = "DUPLICATE"
    NOT_FOUND = "NOT_FOUND"
    FORBIDDEN = "FORBIDDEN"
    INVALID_STATE = "INVALID_STATE"
    CONFLICT = "CONFLICT"
    EXPIRED = "EXPIRED"
    PASSWORD_EXPIRED = "PASSWORD_EXPIRED"
    AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED"


@dataclass(frozen=True)
class Problem:
    """One reason for a refusal: a dotted, 0-based path into the input (or None), a code, and a
    Japanese message."""

    field: str | None
    code: ErrorCode
    message: str


class DomainError(Exception):
    def __init__(self, field: str | None, code: ErrorCode, message: str) -> None:
        self.problems: list[Problem] = [Problem(field, code, message)]
        super().__init__(message)

    @classmethod
    def of(cls, problems: list[Problem]) -> "DomainError":
        if not problems:
            raise ValueError("a DomainError needs at least one problem")
        error = cls(problems[0].field, problems[0].code, problems[0].message)
        error.problems = list(problems)
        return error
