"""Reference data of the domain: the attachment catalogue (DOMAIN §1.8), bureaus and prefectures."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.models.enums import Bureau

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

MAX_FILES_PER_ITEM = 30
MAX_FILES_REMARKS = 50
MAX_FILE_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class DocumentItemSpec:
    code: str
    number: int
    name: str
    required: bool
    per_worker: bool = False
    max_files: int = MAX_FILES_PER_ITEM


DOCUMENT_ITEMS: tuple[DocumentItemSpec, ...] = (
    DocumentItemSpec("REGISTRY_CERTIFICATE", 1, "登記事項証明書（個人事業主は住民票）", True),
    DocumentItemSpec("CONSTRUCTION_LICENSE", 2, "建設業許可証（許可通知書又は許可証明書）", True),
    DocumentItemSpec("FULL_TIME_STAFF_PROOF", 3, "常勤職員数を明らかにする文書", True),
    DocumentItemSpec("CCUS_BUSINESS_ID_PROOF", 4, "建設キャリアアップシステム事業者IDを確認する書類", True),
    DocumentItemSpec("JAC_MEMBERSHIP_PROOF", 5, "特定技能外国人受入事業実施法人に加入していることを証する書類", True),
    DocumentItemSpec("POWER_OF_ATTORNEY", 6, "委任状（代理申請の場合）", False),
    DocumentItemSpec("JOB_OFFER", 7, "ハローワークで求人した際の求人票", True),
    DocumentItemSpec("WORK_RULES", 8, "就業規則及び賃金規程（常時10人以上の場合）", False),
    DocumentItemSpec("OVERTIME_AGREEMENT", 9, "時間外労働・休日労働に関する協定届（36協定）", False),
    DocumentItemSpec("VARIABLE_WORKING_HOURS", 10, "変形労働時間制に係る協定書・協定届・年間カレンダー", False),
    DocumentItemSpec("PAY_EQUIVALENCE_STATEMENT", 12, "同等の技能を有する日本人と同等額以上の報酬であることの説明書", True),
    DocumentItemSpec("JAPANESE_WAGE_LEDGER", 13, "同等の技能を有する日本人の賃金台帳（直近1年分）", True),
    DocumentItemSpec("JAPANESE_EXPERIENCE_PROOF", 14, "同等の技能を有する日本人の実務経験年数を証明する書類", True),
    DocumentItemSpec("EMPLOYMENT_CONTRACT", 15, "特定技能雇用契約書及び雇用条件書", True, per_worker=True),
    DocumentItemSpec("PRE_EMPLOYMENT_EXPLANATION", 16, "雇用契約に係る重要事項事前説明書", True, per_worker=True),
    DocumentItemSpec("CCUS_WORKER_ID_PROOF", 17, "建設キャリアアップシステム技能者IDを確認する書類", False, per_worker=True),
    DocumentItemSpec("REMARKS", 99, "備考", False, max_files=MAX_FILES_REMARKS),
)


@dataclass(frozen=True)
class Prefecture:
    code: str  # JIS X 0401, "01"–"47"
    name: str
    bureau: Bureau


@dataclass(frozen=True)
class BureauSpec:
    bureau: Bureau
    name: str
    prefectures: tuple[Prefecture, ...]


def _read_csv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def prefectures() -> dict[str, Prefecture]:
    return {
        row["code"]: Prefecture(row["code"], row["name_ja"], Bureau(row["bureau"]))
        for row in _read_csv("prefectures.csv")
    }


@cache
def bureaus() -> tuple[BureauSpec, ...]:
    by_bureau: dict[Bureau, list[Prefecture]] = {}
    for prefecture in prefectures().values():
        by_bureau.setdefault(prefecture.bureau, []).append(prefecture)
    return tuple(
        BureauSpec(Bureau(row["code"]), row["name_ja"], tuple(by_bureau.get(Bureau(row["code"]), ())))
        for row in _read_csv("bureaus.csv")
    )


def bureau_of_prefecture(code: str | None) -> Bureau | None:
    """The reviewing bureau of a head office's prefecture (DOMAIN §3)."""
    prefecture = prefectures().get(code or "")
    return prefecture.bureau if prefecture else None


@cache
def nationalities() -> dict[str, str]:
    """ISO 3166-1 alpha-2 codes of the nationalities seen among Specified Skilled workers, in Japanese."""
    return {row["code"]: row["name"] for row in _read_csv("nationalities.csv")}


def nationality_name(code: str | None) -> str:
    """A nationality as a person reads it; a code without a Japanese name is shown as it is."""
    return nationalities().get(code or "", code or "")


def document_item_name(code: str | None) -> str:
    return next((item.name for item in DOCUMENT_ITEMS if item.code == code), code or "")


def document_item_names() -> tuple[tuple[str, str], ...]:
    """Each document item's code and name (for SQL that names them)."""
    return tuple((item.code, item.name) for item in DOCUMENT_ITEMS)
