"""`PlanInput` and the attachment inputs, turned into the domain's partial changes (CONTRACT.md partial-update rules)."""

from __future__ import annotations

import dataclasses
from typing import Any

import strawberry
from strawberry import UNSET
from strawberry.file_uploads import Upload

from app.domain.plans.fields import CONSENTS, JAC, PROXY, Area
from app.graphql.core.ids import row_id
from app.graphql.plans.described import described


@strawberry.input(description="建設業許可（受けている許可はすべて）")
@described(Area.LICENSE, input=True)
class LicenseInput:
    pass


@strawberry.input(description="所属団体")
@described(JAC, input=True)
class JacMembershipInput:
    pass


@strawberry.input(description="代理申請者・取次申請者")
@described(PROXY, input=True)
class ProxyInput:
    pass


@strawberry.input(description="申請書の宣誓と情報提供への同意")
@described(CONSENTS, input=True)
class ConsentsInput:
    pass


@strawberry.input(description="1号特定技能外国人リストの1人")
@described(Area.WORKER, input=True)
class WorkerInput:
    id: strawberry.ID | None = strawberry.field(default=UNSET, description="既存の外国人を更新する場合のID。省略すると追加")


@strawberry.input(description="受入計画の内容（部分更新: 省略した項目はそのまま、null は消去、リストは置き換え）")
@described(None, input=True)
class PlanInput:
    licenses: list[LicenseInput] | None = strawberry.field(default=UNSET, description="建設業許可（リスト全体を置き換えます）")
    jac_membership: JacMembershipInput | None = strawberry.field(default=UNSET, description="所属団体")
    proxy: ProxyInput | None = strawberry.field(default=UNSET, description="代理申請者（null で削除）")
    workers: list[WorkerInput] | None = strawberry.field(default=UNSET, description="1号特定技能外国人リスト（id で照合。リストにない外国人は削除）")
    consents: ConsentsInput | None = strawberry.field(default=UNSET, description="宣誓・同意")


def _given(obj: Any) -> dict[str, Any]:
    """The fields a client sent (UNSET left out), nested inputs as dicts."""
    result: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if value is UNSET:
            continue
        if dataclasses.is_dataclass(value):
            value = _given(value)
        elif isinstance(value, list):
            value = [_given(v) if dataclasses.is_dataclass(v) else v for v in value]
        result[f.name] = value
    return result


def plan_changes(data: PlanInput) -> dict[str, Any]:
    changes = _given(data)
    if changes.get("workers") is not None:
        for worker in changes["workers"]:
            if "id" in worker:
                raw = worker.pop("id")
                if raw is not None:
                    worker["id"] = row_id("Worker", raw)  # an unknown id is refused as NOT_FOUND
    if "licenses" in changes and changes["licenses"] is None:
        changes["licenses"] = []
    if "workers" in changes and changes["workers"] is None:
        changes["workers"] = []
    return changes


STAGED_DESCRIPTION = "認定後: 変更申請・変更届出に添付するファイルとして登録します（計画への反映は変更の認定・届出の時）"


@strawberry.input
class UploadAttachmentInput:
    document_item: str = strawberry.field(description="documentItems の code")
    file: Upload
    worker_id: strawberry.ID | None = strawberry.field(default=None, description="外国人ごとの書類の場合の対象者")
    staged: bool = strawberry.field(default=False, description=STAGED_DESCRIPTION)
    new_worker_index: int | None = strawberry.field(
        default=None, description="変更申請で追加する外国人の書類の場合: その変更申請の changes.workers での位置（0から）。staged: true と共に指定")


@strawberry.input
class UploadBulkAttachmentInput:
    covers: list[str] = strawberry.field(description="このファイルが対象とする書類項目の code（1つ以上）")
    file: Upload
    staged: bool = strawberry.field(default=False, description=STAGED_DESCRIPTION)


@strawberry.input
class DeleteAttachmentInput:
    attachment_id: strawberry.ID


@strawberry.input(description="外国人の取下げ")
class WithdrawWorkerInput:
    worker_id: strawberry.ID
    reason: str = strawberry.field(description="取下げの理由（必須、3000文字以内）")


@strawberry.input(description="終了した受入計画（不認定・認定取消・計画取消）から新しい計画を作成")
class StartPlanFromPreviousInput:
    include_workers: bool = strawberry.field(default=False, description="外国人（退職・取下・2号移行を除く）も引き継ぐ")
