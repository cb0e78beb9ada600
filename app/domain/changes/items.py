"""Which item of the plan is changed how after certification (FAQ 33, DOMAIN §4.7): the items printed
on the certificate need a change application 変更申請; the others a change notification 変更届出;
the corporate number and the consents never change."""

from __future__ import annotations

from typing import Any

from app.domain.errors import ErrorCode, Problem
from app.domain.plans.fields import camel

# 認定証記載事項: company name and address, representative, licences, CCUS business ID, JAC membership,
# full-time staff, the number and list of workers, the acceptance period and the salary terms.
APPLICATION_ITEMS = frozenset({
    "company_name", "representative_name", "head_office_prefecture", "head_office_address", "licenses", "ccus_business_id",
    "jac_membership", "full_time_staff_count", "workers", "acceptance_start", "acceptance_end", "basic_monthly_salary",
    "has_bonus", "bonus_description",
})
NOTIFICATION_ITEMS = frozenset({"phone", "email", "proxy", "foreign_construction_worker_count", "domestic_recruitment_description", "workers"})
IMMUTABLE_ITEMS = frozenset({"corporate_number", "consents"})
# A worker's CCUS worker ID (replacing the fourteen zeros, FAQ 34) is notified, not applied for.
WORKER_NOTIFICATION_FIELDS = frozenset({"ccus_worker_id", "ccus_worker_id_reason"})


def _immutable(name: str) -> Problem:
    return Problem(camel(name), ErrorCode.INVALID, "この項目は認定後に変更できません。")


def application_problems(changes: dict[str, Any], current_worker_ids: set[int]) -> list[Problem]:
    """Items a change application may not carry, each named with where it belongs."""
    problems: list[Problem] = []
    for name in changes:
        if name in IMMUTABLE_ITEMS:
            problems.append(_immutable(name))
        elif name not in APPLICATION_ITEMS:
            problems.append(Problem(camel(name), ErrorCode.INVALID,
                                    "この項目は認定証の記載事項ではないため、変更届出で変更してください。"))
    for index, worker in enumerate(changes.get("workers") or []):
        if worker.get("id") in current_worker_ids:
            for name in WORKER_NOTIFICATION_FIELDS & set(worker):
                problems.append(Problem(f"workers.{index}.{camel(name)}", ErrorCode.INVALID,
                                        "既存の外国人の技能者IDは変更届出で変更してください。"))
    return problems


def notification_problems(changes: dict[str, Any], current_worker_ids: set[int]) -> list[Problem]:
    """Items a change notification may not carry: the certificate's (変更申請) and the immutable."""
    problems: list[Problem] = []
    for name in changes:
        if name in IMMUTABLE_ITEMS:
            problems.append(_immutable(name))
        elif name not in NOTIFICATION_ITEMS:
            problems.append(Problem(camel(name), ErrorCode.INVALID,
                                    "この項目は認定証の記載事項のため、変更申請で変更してください。"))
    for index, worker in enumerate(changes.get("workers") or []):
        if worker.get("id") not in current_worker_ids:
            problems.append(Problem(f"workers.{index}.id", ErrorCode.INVALID,
                                    "外国人の追加・削除は変更申請で行ってください（変更届出では登録済みの外国人の技能者IDのみ変更できます）。"))
        for name in set(worker) - WORKER_NOTIFICATION_FIELDS - {"id"}:
            problems.append(Problem(f"workers.{index}.{camel(name)}", ErrorCode.INVALID,
                                    "この項目は認定証の記載事項のため、変更申請で変更してください。"))
    return problems
