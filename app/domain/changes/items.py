"""Which item of the plan is changed how after certification (FAQ 33, DOMAIN §4.7), as each field's
description says (`plans.fields`, `after_certification`): the items printed on the certificate need a
change application 変更申請, the others a change notification 変更届出, and some never change.
Workers are added, removed and changed by application; an existing worker's CCUS worker ID (replacing
the fourteen zeros, FAQ 34) is notified."""

from __future__ import annotations

from typing import Any

from app.domain.errors import ErrorCode, Problem
from app.domain.plans.fields import GROUPS, WORKERS, AfterCertification, Area, fields_of, snake

APPLICATION, NOTIFICATION, UNCHANGEABLE = AfterCertification
_TOP_LEVEL = {spec.key: spec for spec in fields_of(None)}
_GROUPS = {group.key: group for group in GROUPS}
WORKER_NOTIFICATION_FIELDS = frozenset(spec.key for spec in fields_of(Area.WORKER) if spec.after_certification is NOTIFICATION)

_SAY = {
    APPLICATION: "この項目は認定証の記載事項のため、変更申請で変更してください。",
    NOTIFICATION: "この項目は認定証の記載事項ではないため、変更届出で変更してください。",
    UNCHANGEABLE: "この項目は認定後に変更できません。",
}


def item_classes(key: str, value: Any) -> set[AfterCertification]:
    """How the given top-level item changes: a plain field's class, a group's (of the fields given)."""
    if key in _TOP_LEVEL:
        return {_TOP_LEVEL[key].after_certification}
    group = _GROUPS.get(key)
    if group is None:
        return {UNCHANGEABLE}
    if group.is_list:
        return {group.after_certification}
    given = fields_of(group) if not isinstance(value, dict) else [s for s in fields_of(group) if s.key in value]
    return {spec.after_certification for spec in given} or {group.after_certification}


def _path(key: str) -> str:
    return _GROUPS[key].name if key in _GROUPS else (_TOP_LEVEL[key].path if key in _TOP_LEVEL else key)


def _refused(changes: dict[str, Any], allowed: AfterCertification) -> list[Problem]:
    problems = []
    for key, value in changes.items():
        if key == WORKERS.key:
            continue
        wrong = item_classes(key, value) - {allowed}
        if wrong:
            said = UNCHANGEABLE if UNCHANGEABLE in wrong else wrong.pop()
            problems.append(Problem(_path(key), ErrorCode.INVALID, _SAY[said]))
    return problems


def application_problems(changes: dict[str, Any], current_worker_ids: set[int]) -> list[Problem]:
    """Items a change application may not carry, each named with where it belongs."""
    problems = _refused(changes, APPLICATION)
    for index, worker in enumerate(changes.get(WORKERS.key) or []):
        if worker.get("id") in current_worker_ids:
            for key in sorted(WORKER_NOTIFICATION_FIELDS & set(worker)):
                problems.append(Problem(f"workers.{index}.{_camel(key)}", ErrorCode.INVALID,
                                        "既存の外国人の技能者IDは変更届出で変更してください。"))
    return problems


def notification_problems(changes: dict[str, Any], current_worker_ids: set[int]) -> list[Problem]:
    """Items a change notification may not carry: the certificate's (変更申請) and the unchangeable."""
    problems = _refused(changes, NOTIFICATION)
    for index, worker in enumerate(changes.get(WORKERS.key) or []):
        if worker.get("id") not in current_worker_ids:
            problems.append(Problem(f"workers.{index}.id", ErrorCode.INVALID,
                                    "外国人の追加・削除は変更申請で行ってください（変更届出では登録済みの外国人の技能者IDのみ変更できます）。"))
        for key in sorted(set(worker) - WORKER_NOTIFICATION_FIELDS - {"id"}):
            problems.append(Problem(f"workers.{index}.{_camel(key)}", ErrorCode.INVALID, _SAY[APPLICATION]))
    return problems


def _camel(key: str) -> str:
    return next(spec.name for spec in fields_of(Area.WORKER) if spec.key == snake(key))
