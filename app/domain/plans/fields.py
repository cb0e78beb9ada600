"""Each field of the plan described once (DESIGN.md rule 9): its path, Japanese label, format and
length, whether `submitPlan` requires it, its class after certification, the analysts' mask, how its
value reads as Japanese text, and the column it is stored in.

Everything else derives from `FIELDS` or is checked against it by a test: draft cleaning (below),
submission checks (`validation`), the routing of changes after certification (`changes.items`), the
comparison of a change (`changes.diff`), the GraphQL input and output types and their descriptions,
`planFields`, the compiled reads, the admin labels and the CSV headers.

Draft saves keep incomplete data as given (B2); they refuse only what cannot be stored as such
(too long, not a number, an unknown prefecture, a worker of another plan). Completeness and formats
are `plan_problems`'s, reported all at once (B9).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache, cached_property
from typing import Any

from app.domain.catalogue import nationalities, nationality_name, prefectures
from app.domain.errors import ErrorCode, Problem
from app.domain.text import char_count, forbidden_character_in, is_email, normalize_text
from app.models.enums import CcusIdReason, JacMembershipKind, JobCategory, LabeledEnum, LicenseAuthority, LicenseGrade, SalaryMode, Sex

MAX_INT = 2_000_000_000
MAX_WORKERS = 200  # 特定技能外国人リスト: the most workers one plan may list
MAX_LICENSES = 10


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


@cache
def snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


class Format(LabeledEnum):
    """How a value is written, as short names a front end can check against (`planFields.format`)."""

    TEXT = ("TEXT", "1行の文字列")
    MULTILINE_TEXT = ("MULTILINE_TEXT", "改行を含められる文字列")
    DIGITS_13 = ("DIGITS_13", "13桁の数字（法人番号）")
    DIGITS_14 = ("DIGITS_14", "14桁の数字（CCUS 事業者ID・技能者ID）")
    DIGITS_UP_TO_6 = ("DIGITS_UP_TO_6", "6桁までの数字（建設業許可番号）")
    EMAIL = ("EMAIL", "メールアドレス")
    PHONE_JP = ("PHONE_JP", "日本の電話番号（数字とハイフン）")
    DATE = ("DATE", "日付（YYYY-MM-DD）")
    COUNT = ("COUNT", "人数・件数（0以上の整数）")
    YEN = ("YEN", "金額（円、整数）")
    BOOLEAN = ("BOOLEAN", "はい・いいえ")
    PREFECTURE = ("PREFECTURE", "都道府県の JIS コード（01〜47）")
    COUNTRY = ("COUNTRY", "国・地域の ISO 3166-1 alpha-2 コード")
    ENUM = ("ENUM", "選択肢（options のいずれか）")


class AfterCertification(LabeledEnum):
    """How a field changes once the plan is certified (FAQ 33, 38, DOMAIN §4.7)."""

    CHANGE_APPLICATION = ("CHANGE_APPLICATION", "変更申請")
    CHANGE_NOTIFICATION = ("CHANGE_NOTIFICATION", "変更届出")
    UNCHANGEABLE = ("UNCHANGEABLE", "変更不可")


_KIND: dict[Format, type] = {Format.DATE: date, Format.COUNT: int, Format.YEN: int, Format.BOOLEAN: bool}
# What a well-formed value looks like, for the format's message 「…は<rule>で入力してください」.
_RULES: dict[Format, tuple[Callable[[Any], bool], str]] = {
    Format.DIGITS_13: (lambda v: re.fullmatch(r"\d{13}", v) is not None, "13桁の数字"),
    Format.DIGITS_14: (lambda v: re.fullmatch(r"\d{14}", v) is not None, "14桁の数字"),
    Format.DIGITS_UP_TO_6: (lambda v: re.fullmatch(r"\d{1,6}", v) is not None, "6桁以内の数字"),
    Format.EMAIL: (is_email, "メールアドレスの形式（例: info@example.jp）"),
    Format.PHONE_JP: (lambda v: re.fullmatch(r"0\d{1,4}-?\d{1,4}-?\d{3,4}", v) is not None, "市外局番からの数字とハイフン（例: 03-1234-5678）"),
    Format.PREFECTURE: (lambda v: v in prefectures(), "都道府県コード（01〜47）"),
    Format.COUNTRY: (lambda v: re.fullmatch(r"[A-Z]{2}", v) is not None and v != "JP", "ISO 3166 の英字2文字（例: VN。日本は指定できません）"),
}


class Area(str, Enum):
    """Where a field is stored: the plan row (with its nested groups) or a child row of a list."""

    PLAN = "plan"
    LICENSE = "plan_license"
    WORKER = "worker"


@dataclass(frozen=True)
class Group:
    """A nested input (`jacMembership`, `proxy`, `consents`, stored as columns of the plan) or a list
    of child rows (`licenses`, `workers`)."""

    name: str
    label: str
    area: Area
    prefix: str = ""  # nested groups: their columns' prefix
    is_list: bool = False
    max_items: int | None = None
    after_certification: AfterCertification = AfterCertification.CHANGE_APPLICATION

    @property
    def key(self) -> str:
        return snake(self.name)


JAC = Group("jacMembership", "所属団体", Area.PLAN, "jac_")
PROXY = Group("proxy", "代理申請者", Area.PLAN, "proxy_", after_certification=AfterCertification.CHANGE_NOTIFICATION)
CONSENTS = Group("consents", "宣誓・同意", Area.PLAN, "consent_", after_certification=AfterCertification.UNCHANGEABLE)
LICENSES = Group("licenses", "建設業許可", Area.LICENSE, is_list=True, max_items=MAX_LICENSES)
WORKERS = Group("workers", "特定技能外国人リスト", Area.WORKER, is_list=True, max_items=MAX_WORKERS)
GROUPS: tuple[Group, ...] = (JAC, PROXY, CONSENTS, LICENSES, WORKERS)


UNSET = "（未入力）"  # how a field without a value reads


@dataclass(frozen=True)
class PlanField:
    """One field of the plan, described once."""

    path: str  # in the input and in `Plan` (`companyName`, `proxy.email`, `workers.salaryAmount`)
    label: str
    format: Format = Format.TEXT
    max_length: int | None = None
    required: bool = False  # `submitPlan` requires it whatever else the plan holds
    required_when: str | None = None  # required under a condition of other fields, said in Japanese
    after_certification: AfterCertification = AfterCertification.CHANGE_APPLICATION
    masked: bool = False  # analysts read a mask (a date: nothing), and may not search by it
    options: type[LabeledEnum] | None = None
    minimum: int | None = None
    hint: str = ""  # said after the format's rule in its message

    @cached_property  # these are read per value of every response (#28)
    def group(self) -> Group | None:
        head = self.path.split(".")[0]
        return next((g for g in GROUPS if g.name == head), None) if "." in self.path else None

    @cached_property
    def name(self) -> str:
        """The field's own name in GraphQL (`email` of `proxy.email`)."""
        return self.path.rsplit(".", 1)[-1]

    @cached_property
    def key(self) -> str:
        """Its key in the domain's changes (`changes["proxy"]["email"]`)."""
        return snake(self.name)

    @cached_property
    def area(self) -> Area:
        return self.group.area if self.group else Area.PLAN

    @cached_property
    def stored_as(self) -> str:
        """The column: the snake-case name, with a nested group's prefix."""
        return (self.group.prefix if self.group else "") + self.key

    @property
    def kind(self) -> type:
        return _KIND.get(self.format, str)

    def well_formed(self, value: Any) -> bool:
        if self.options is not None:
            return str(value) in {member.value for member in self.options}
        rule = _RULES.get(self.format)
        return rule is None or rule[0](value)

    def format_message(self) -> str:
        if self.options is not None:
            return f"{self.label}は{'・'.join(m.label for m in self.options)}から選んでください。"
        rule = _RULES[self.format][1]
        return f"{self.label}は{rule}で入力してください{self.hint}。"

    def display(self, value: Any) -> str:
        """The value as a person reads it: labels for codes, names for prefectures and countries,
        amounts with 円, counts with 人, dates in Japanese, あり/なし."""
        if value is None or value == "":
            return UNSET
        if self.options is not None:
            return next((m.label for m in self.options if m.value == str(value)), str(value))
        if self.format is Format.PREFECTURE:
            prefecture = prefectures().get(str(value))
            return prefecture.name if prefecture else str(value)
        if self.format is Format.COUNTRY:
            return nationality_name(str(value))
        if self.format is Format.BOOLEAN:
            return "あり" if value in (True, "true") else "なし"
        if self.format in (Format.YEN, Format.COUNT):
            try:
                return f"{int(value):,}{'円' if self.format is Format.YEN else '人'}"
            except (TypeError, ValueError):
                return str(value)
        if self.format is Format.DATE:
            day = value if isinstance(value, date) else _date_or_none(str(value))
            return japanese_date(day) if day else str(value)
        return str(value)

    def codes_named(self, word: str) -> tuple[str, ...]:
        """The stored codes whose name as a person reads it contains `word` (ベトナム → VN, 土木 → CIVIL,
        大阪 → 27): searches match what people read as well as the codes (#26)."""
        if self.options is not None:
            names = {member.value: member.label for member in self.options}
        elif self.format is Format.PREFECTURE:
            names = {code: prefecture.name for code, prefecture in prefectures().items()}
        elif self.format is Format.COUNTRY:
            names = nationalities()
        else:
            return ()
        return tuple(code for code, name in names.items() if word in name)

    def description(self) -> str:
        """The GraphQL description: the label, how it is written, when it is required, how it changes
        after certification."""
        parts = []
        if self.format in _RULES:
            parts.append(_RULES[self.format][1] + self.hint)
        elif self.format in _WRITTEN:
            parts.append(_WRITTEN[self.format])
        if self.max_length and self.format in (Format.TEXT, Format.MULTILINE_TEXT):
            parts.append(f"{self.max_length}文字以内")
        if self.minimum is not None:
            parts.append(f"{self.display(self.minimum)}以上")
        if self.required:
            parts.append("申請に必須")
        elif self.required_when:
            parts.append(f"{self.required_when}申請に必須")
        parts.append(f"認定後は{self.after_certification.label}")
        if self.masked:
            parts.append("分析担当者にはマスクして表示")
        return f"{self.label}（{'、'.join(parts)}）"


_WRITTEN = {Format.DATE: "日付", Format.YEN: "円単位の整数", Format.COUNT: "人数", Format.MULTILINE_TEXT: "改行可"}


def japanese_date(day: date) -> str:
    """2027年4月1日."""
    return f"{day.year}年{day.month}月{day.day}日"


def _date_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


APPLICATION, NOTIFICATION, UNCHANGEABLE = AfterCertification
F = PlanField
FIELDS: tuple[PlanField, ...] = (
    # 1. 特定技能所属機関になろうとする者に関する事項
    F("corporateNumber", "法人番号", Format.DIGITS_13, 13, True, after_certification=UNCHANGEABLE, hint="（個人事業主は0を13桁）"),
    F("companyName", "商号又は名称", max_length=200, required=True),
    F("representativeName", "代表者の氏名", max_length=100, required=True),
    F("headOfficePrefecture", "主たる営業所の都道府県", Format.PREFECTURE, 2, True),
    F("headOfficeAddress", "主たる営業所の所在地", max_length=300, required=True),
    F("phone", "電話番号", Format.PHONE_JP, 20, True, after_certification=NOTIFICATION),
    F("email", "メールアドレス", Format.EMAIL, 254, True, after_certification=NOTIFICATION),
    # 2. 受入れ体制 (the licences are the list below)
    F("ccusBusinessId", "建設キャリアアップシステム事業者ID", Format.DIGITS_14, 14, True),
    F("jacMembership.kind", "所属団体の区分", Format.ENUM, required=True, options=JacMembershipKind),
    F("jacMembership.organizationName", "所属する正会員団体名", max_length=200, required_when="所属団体の区分が正会員団体のとき"),
    F("fullTimeStaffCount", "常勤職員数", Format.COUNT, required=True, minimum=1),
    F("foreignConstructionWorkerCount", "外国人建設就労者数", Format.COUNT, after_certification=NOTIFICATION),
    # 3. 国内人材確保の取組
    F("domesticRecruitmentDescription", "国内人材確保の取組", Format.MULTILINE_TEXT, 4000, after_certification=NOTIFICATION),
    # 4. 適正な就労環境の確保
    F("basicMonthlySalary", "基本給（月額）", Format.YEN, required=True, minimum=1),
    F("hasBonus", "賞与の有無", Format.BOOLEAN),
    F("bonusDescription", "賞与の内容", max_length=200, required_when="賞与が「あり」のとき"),
    F("acceptanceStart", "受入予定期間の開始日", Format.DATE, required=True),
    F("acceptanceEnd", "受入予定期間の終了日", Format.DATE, required=True),
    # 代理申請者・取次申請者 (B3)
    F("proxy.name", "代理申請者の氏名", max_length=100, required_when="代理申請者を入力するとき", after_certification=NOTIFICATION),
    F("proxy.organization", "代理申請者の所属", max_length=200, after_certification=NOTIFICATION),
    F("proxy.email", "代理申請者のメールアドレス", Format.EMAIL, 254, required_when="代理申請者を入力するとき", after_certification=NOTIFICATION),
    F("proxy.phone", "代理申請者の電話番号", Format.PHONE_JP, 20, required_when="代理申請者を入力するとき", after_certification=NOTIFICATION),
    F("proxy.hasPowerOfAttorney", "代理権の有無", Format.BOOLEAN, required_when="代理申請者を入力するとき", after_certification=NOTIFICATION),
    # 申請書の宣誓と情報提供への同意 (DOMAIN §1.1): both must be given
    F("consents.declaration", "宣誓", Format.BOOLEAN, required=True, after_certification=UNCHANGEABLE),
    F("consents.dataSharing", "認定証の情報提供への同意", Format.BOOLEAN, required=True, after_certification=UNCHANGEABLE),
    # 建設業許可: all the licences held (DOMAIN §1.3)
    F("licenses.authority", "許可行政庁", Format.ENUM, required=True, options=LicenseAuthority),
    F("licenses.prefecture", "許可した都道府県", Format.PREFECTURE, 2, required_when="知事許可のとき"),
    F("licenses.grade", "一般・特定の別", Format.ENUM, required=True, options=LicenseGrade),
    F("licenses.number", "許可番号", Format.DIGITS_UP_TO_6, 6, True),
    F("licenses.validUntil", "許可の有効期間の満了日", Format.DATE, required=True),
    # 1号特定技能外国人リスト (DOMAIN §1.5)
    F("workers.name", "氏名", max_length=100, required=True, masked=True),
    F("workers.nationality", "国籍・地域", Format.COUNTRY, 2, True),
    F("workers.birthDate", "生年月日", Format.DATE, required=True, masked=True),
    F("workers.sex", "性別", Format.ENUM, required=True, options=Sex),
    F("workers.jobCategory", "業務区分", Format.ENUM, required=True, options=JobCategory),
    F("workers.workStart", "就労予定期間の開始日", Format.DATE, required=True),
    F("workers.workEnd", "就労予定期間の終了日", Format.DATE, required=True),
    F("workers.salaryMode", "報酬（日本人との比較）", Format.ENUM, options=SalaryMode),
    F("workers.salaryAmount", "報酬月額", Format.YEN, required_when="報酬が日本人と「異なる」とき", minimum=1),
    F("workers.ccusWorkerId", "建設キャリアアップシステム技能者ID", Format.DIGITS_14, 14, required_when="入力しない理由を選ばないとき",
      after_certification=NOTIFICATION, masked=True, hint="（登録申請中は0を14桁）"),
    F("workers.ccusWorkerIdReason", "技能者IDを入力しない理由", Format.ENUM, options=CcusIdReason, after_certification=NOTIFICATION),
)
del F

BY_PATH: dict[str, PlanField] = {f.path: f for f in FIELDS}


def fields_of(area: Area | Group | None) -> tuple[PlanField, ...]:
    """The fields of the plan row itself (None), of a nested group, or of a list's rows."""
    if isinstance(area, Group):
        return tuple(f for f in FIELDS if f.group == area)
    if area is None:
        return tuple(f for f in FIELDS if f.group is None)
    return tuple(f for f in FIELDS if f.area is area)


@cache
def described_column(area: Area, column: str) -> PlanField | None:
    """The field stored in `column` of the area's table, if any."""
    return next((f for f in fields_of(area) if f.stored_as == column), None)


def label_of_column(area: Area, column: str) -> str | None:
    field = described_column(area, column)
    return field.label if field else None


def worker_field(key: str) -> PlanField:
    return BY_PATH[f"workers.{camel(key)}"]


# Cleaning as stored: what a draft save (and the filing of a change) does to each value.

def clean_value(path: str, spec: PlanField, value: Any, problems: list[Problem]) -> Any:
    """The value as stored: text normalised (NFC, CRLF as one break) and trimmed, empty as None;
    countries in upper case; what cannot be stored as such is added to `problems`."""
    if value is None:
        return None
    if spec.kind is str:
        if isinstance(value, Enum):
            return value.value
        if forbidden_character_in(str(value)):
            problems.append(Problem(path, ErrorCode.INVALID, f"{spec.label}に使用できない文字（制御文字など）が含まれています。"))
            return None
        text = normalize_text(str(value)).strip()
        if spec.max_length is not None and char_count(text) > spec.max_length:
            if spec.format in (Format.TEXT, Format.MULTILINE_TEXT):
                problems.append(Problem(path, ErrorCode.TOO_LONG, f"{spec.label}は{spec.max_length}文字以内で入力してください。"))
            else:
                problems.append(Problem(path, ErrorCode.INVALID, spec.format_message()))
        if spec.format is Format.COUNTRY:
            text = text.upper()
            if not re.fullmatch(r"[A-Z]{2}", text):
                problems.append(Problem(path, ErrorCode.INVALID, spec.format_message()))
        if spec.format is Format.PREFECTURE and text and not spec.well_formed(text):
            problems.append(Problem(path, ErrorCode.INVALID, spec.format_message()))
        return text or None
    if spec.kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_INT:
            problems.append(Problem(path, ErrorCode.INVALID, f"{spec.label}は0以上の整数で入力してください。"))
        return value
    return value


def license_text(row: Any) -> str:
    """A licence as printed: 東京都知事許可（一般）第123456号 有効期間の満了日 2028年3月31日."""
    def get(name: str) -> Any:
        spec = BY_PATH[f"licenses.{camel(name)}"]
        return row.get(spec.stored_as) if isinstance(row, dict) else getattr(row, spec.stored_as, None)

    authority = get("authority")
    issuer = "国土交通大臣" if authority == LicenseAuthority.MINISTER else f"{BY_PATH['licenses.prefecture'].display(get('prefecture'))}知事"
    grade = f"（{BY_PATH['licenses.grade'].display(get('grade'))}）" if get("grade") else ""
    number = get("number")
    return f"{issuer}許可{grade}第{int(number) if number and number.isdigit() else '—'}号　有効期間の満了日 {BY_PATH['licenses.validUntil'].display(get('valid_until'))}"
