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

    @property
    def meaning(self) -> str:
        return ERROR_CODE_MEANINGS[self]


# What each code means, for the schema's descriptions and docs/api.md (a test checks both).
ERROR_CODE_MEANINGS: dict[ErrorCode, str] = {
    ErrorCode.REQUIRED: "必須の項目が入力されていません",
    ErrorCode.INVALID: "形式・値が正しくありません（桁数、日付、選択肢、項目間の整合など）",
    ErrorCode.TOO_LONG: "文字数の上限を超えています（文字数は人が数えるとおり、NFC 正規化後のコードポイント）",
    ErrorCode.LIMIT_EXCEEDED: "件数・大きさの上限を超えています（外国人の人数、添付ファイルの数や 10MB など）",
    ErrorCode.DUPLICATE: "既に登録されています（ログインID、許可番号、同じファイルなど）",
    ErrorCode.NOT_FOUND: "見つかりません。閲覧できない記録も、存在しないときと同じくこのコードです",
    ErrorCode.FORBIDDEN: "この記録に対してこの操作はできません（担当外、役割外）",
    ErrorCode.INVALID_STATE: "今の状態ではできない操作です（文言が今の状態を示します）",
    ErrorCode.CONFLICT: "読んだ後に他の操作で更新されました（expectedVersion の不一致、同時の操作）。読み直してください",
    ErrorCode.EXPIRED: "期限が切れています（仮パスワード、確認コードなど）",
    ErrorCode.PASSWORD_EXPIRED: "パスワードの有効期限が切れています。changePassword で変更してください",
    ErrorCode.AUTHENTICATION_FAILED: "ログイン名またはパスワードが違います（どちらかは示しません）",
}


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
