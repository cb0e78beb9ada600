"""建設業許可番号 as printed (A2): `東京都知事許可(般-5)第123456号`, `国土交通大臣許可(特-3)第12345号`.

The company is identified by the authority (the minister, or which governor) and the number; the
grade (般/特) and the renewal count are not part of the identity.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.catalogue import prefectures
from app.domain.errors import DomainError, ErrorCode
from app.models.enums import LicenseAuthority, LicenseGrade

LICENSE_EXAMPLE = "東京都知事許可(般-5)第123456号 または 国土交通大臣許可(特-3)第12345号"

_PATTERN = re.compile(
    r"^(?:(?P<minister>国土交通大臣)|(?P<prefecture>\S{2,4}?[都道府県])知事)許可"
    r"\((?P<grade>般|特)-(?P<renewal>\d{1,2})\)第(?P<number>\d{1,6})号$"
)


@dataclass(frozen=True)
class LicenseDesignation:
    authority: LicenseAuthority
    prefecture: str | None  # JIS code of the governor's prefecture
    grade: LicenseGrade
    renewal: int
    number: str  # six digits, zero-padded

    @property
    def key(self) -> str:
        """The identity of the company: authority (+ prefecture) and number."""
        if self.authority is LicenseAuthority.MINISTER:
            return f"MINISTER:{self.number}"
        return f"GOVERNOR:{self.prefecture}:{self.number}"

    @property
    def text(self) -> str:
        issuer = "国土交通大臣" if self.authority is LicenseAuthority.MINISTER else f"{prefectures()[self.prefecture or ''].name}知事"
        grade = "般" if self.grade is LicenseGrade.GENERAL else "特"
        return f"{issuer}許可({grade}-{self.renewal})第{int(self.number)}号"


def _normalise(text: str) -> str:
    # Full-width digits and brackets become ASCII; the many dashes people type become "-".
    text = unicodedata.normalize("NFKC", text).strip()
    text = re.sub(r"\s+", "", text)
    return re.sub(r"[‐‑‒–—―−ーｰ－]", "-", text)


def parse_license(text: str, field: str = "licenseNumber") -> LicenseDesignation:
    match = _PATTERN.match(_normalise(text or ""))
    invalid = DomainError(field, ErrorCode.INVALID, f"建設業許可番号は許可証のとおりに入力してください（例: {LICENSE_EXAMPLE}）。")
    if not match or int(match["number"]) == 0:
        raise invalid
    prefecture_code: str | None = None
    if match["prefecture"]:
        by_name = {p.name: p.code for p in prefectures().values()}
        prefecture_code = by_name.get(match["prefecture"])
        if prefecture_code is None:
            raise invalid
    return LicenseDesignation(
        authority=LicenseAuthority.MINISTER if match["minister"] else LicenseAuthority.GOVERNOR,
        prefecture=prefecture_code,
        grade=LicenseGrade.GENERAL if match["grade"] == "般" else LicenseGrade.SPECIAL,
        renewal=int(match["renewal"]),
        number=f"{int(match['number']):06d}",
    )
