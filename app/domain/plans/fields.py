"""The plan's editable fields (CONTRACT.md `PlanInput`) and the checks made when they are stored.

Draft saves keep incomplete data as given (B2); they refuse only what cannot be stored as such
(too long, not a number, an unknown prefecture, a worker of another plan). Completeness and the
rules of DOMAIN.md are `plan_validation`'s, reported all at once (B9).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.catalogue import prefectures
from app.domain.errors import ErrorCode, Problem
from app.domain.text import char_count, forbidden_character_in, normalize_text

MAX_INT = 2_000_000_000


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


@dataclass(frozen=True)
class FieldSpec:
    kind: type  # str, int, bool, date
    max_length: int | None = None
    label: str = ""


PLAN_FIELDS: dict[str, FieldSpec] = {
    "corporate_number": FieldSpec(str, 13, "法人番号"),
    "company_name": FieldSpec(str, 200, "商号又は名称"),
    "representative_name": FieldSpec(str, 100, "代表者の氏名"),
    "head_office_prefecture": FieldSpec(str, 2, "主たる営業所の都道府県"),
    "head_office_address": FieldSpec(str, 300, "主たる営業所の所在地"),
    "phone": FieldSpec(str, 20, "電話番号"),
    "email": FieldSpec(str, 254, "メールアドレス"),
    "ccus_business_id": FieldSpec(str, 14, "建設キャリアアップシステム事業者ID"),
    "full_time_staff_count": FieldSpec(int, None, "常勤職員数"),
    "foreign_construction_worker_count": FieldSpec(int, None, "外国人建設就労者数"),
    "domestic_recruitment_description": FieldSpec(str, 4000, "国内人材確保の取組"),
    "basic_monthly_salary": FieldSpec(int, None, "基本給（月額）"),
    "has_bonus": FieldSpec(bool, None, "賞与の有無"),
    "bonus_description": FieldSpec(str, 200, "賞与の内容"),
    "acceptance_start": FieldSpec(date, None, "受入予定期間の開始日"),
    "acceptance_end": FieldSpec(date, None, "受入予定期間の終了日"),
}
JAC_FIELDS = {"kind": FieldSpec(str, 40, "所属団体の区分"), "organization_name": FieldSpec(str, 200, "所属する正会員団体名")}
PROXY_FIELDS = {
    "name": FieldSpec(str, 100, "代理申請者の氏名"),
    "organization": FieldSpec(str, 200, "代理申請者の所属"),
    "email": FieldSpec(str, 254, "代理申請者のメールアドレス"),
    "phone": FieldSpec(str, 20, "代理申請者の電話番号"),
    "has_power_of_attorney": FieldSpec(bool, None, "代理権の有無"),
}
CONSENT_FIELDS = {"declaration": FieldSpec(bool, None, "宣誓"), "data_sharing": FieldSpec(bool, None, "認定証の情報提供への同意")}
LICENSE_FIELDS = {
    "authority": FieldSpec(str, 8, "許可行政庁"),
    "prefecture": FieldSpec(str, 2, "許可した都道府県"),
    "grade": FieldSpec(str, 7, "一般・特定の別"),
    "number": FieldSpec(str, 6, "許可番号"),
    "valid_until": FieldSpec(date, None, "許可の有効期間の満了日"),
}
WORKER_FIELDS = {
    "name": FieldSpec(str, 100, "氏名"),
    "nationality": FieldSpec(str, None, "国籍・地域"),  # its form is checked by clean_nationality
    "birth_date": FieldSpec(date, None, "生年月日"),
    "sex": FieldSpec(str, 6, "性別"),
    "job_category": FieldSpec(str, 8, "業務区分"),
    "work_start": FieldSpec(date, None, "就労予定期間の開始日"),
    "work_end": FieldSpec(date, None, "就労予定期間の終了日"),
    "salary_mode": FieldSpec(str, 9, "報酬（日本人との比較）"),
    "salary_amount": FieldSpec(int, None, "報酬月額"),
    "ccus_worker_id": FieldSpec(str, 14, "建設キャリアアップシステム技能者ID"),
    "ccus_worker_id_reason": FieldSpec(str, 24, "技能者IDを入力しない理由"),
}
_NATIONALITY = re.compile(r"^[A-Z]{2}$")


def clean_value(path: str, spec: FieldSpec, value: Any, problems: list[Problem]) -> Any:
    """The value as stored: text normalised (NFC, CRLF as one break) and trimmed, empty as None."""
    if value is None:
        return None
    if spec.kind is str:
        if forbidden_character_in(str(value)):
            problems.append(Problem(path, ErrorCode.INVALID, f"{spec.label}に使用できない文字（制御文字など）が含まれています。"))
            return None
        text = normalize_text(str(value)).strip()
        if spec.max_length is not None and char_count(text) > spec.max_length:
            problems.append(Problem(path, ErrorCode.TOO_LONG, f"{spec.label}は{spec.max_length}文字以内で入力してください。"))
        return text or None
    if spec.kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_INT:
            problems.append(Problem(path, ErrorCode.INVALID, f"{spec.label}は0以上の整数で入力してください。"))
        return value
    return value


def clean_prefecture(path: str, value: str | None, label: str, problems: list[Problem]) -> None:
    if value is not None and value not in prefectures():
        problems.append(Problem(path, ErrorCode.INVALID, f"{label}は都道府県コード（01〜47）で指定してください。"))


def clean_nationality(path: str, value: str | None, problems: list[Problem]) -> str | None:
    if value is None:
        return None
    upper = value.upper()
    if not _NATIONALITY.match(upper):
        problems.append(Problem(path, ErrorCode.INVALID, "国籍・地域は ISO 3166 の英字2文字（例: VN）で指定してください。"))
    return upper
