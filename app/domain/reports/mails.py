"""The mails of worker reports: the reminder for a registered but unsent acceptance report (FAQ 43),
the overdue notice, and the decisions on 再雇用申請 and 計画取消申請."""

from __future__ import annotations

from datetime import date

from app.domain.outbox import SYSTEM_NAME, RenderedMail
from app.models import Plan


def _head(plan: Plan) -> str:
    return f"{plan.company_name or ''} 御中\n\n申請番号: {plan.application_number or '（未採番）'}\n"


def _names(workers: list[str]) -> str:
    return "\n".join(f"・{name}" for name in workers)


def report_reminder(plan: Plan, workers: list[str]) -> RenderedMail:
    return RenderedMail(
        f"【{SYSTEM_NAME}】受入報告の「報告」がまだ行われていません",
        f"{_head(plan)}\n次の外国人の受入報告は「登録」されたまま、「報告」（送信）が行われていません。\n"
        f"{_names(workers)}\n\n登録しただけでは報告は完了しません。受入報告書の画面で内容を確認し、「報告」を押してください。\n",
    )


def report_overdue(plan: Plan, workers: list[tuple[str, date]]) -> RenderedMail:
    lines = "\n".join(f"・{name}（報告期限 {due:%Y年%m月%d日}）" for name, due in workers)
    return RenderedMail(
        f"【{SYSTEM_NAME}】受入報告の期限を過ぎています",
        f"{_head(plan)}\n次の外国人の受入報告が期限（就労開始から1か月以内）までに報告されていません。\n{lines}\n\n"
        "速やかに受入報告書の画面から登録し、「報告」を押してください。報告の遅れは認定の取消につながることがあります。\n",
    )


def reemployment_decided(plan: Plan, worker: str, certified: bool, comment: str | None) -> RenderedMail:
    if certified:
        body = (f"{worker}の再雇用申請が認定されました。再び就労を開始した日から1か月以内に、"
                "受入報告書の画面から受入報告を行ってください。\n")
    else:
        body = f"{worker}の再雇用申請が差し戻されました。内容を確認し、修正して再申請してください。\n\n差戻し理由:\n{comment or ''}\n"
    return RenderedMail(f"【{SYSTEM_NAME}】再雇用申請の審査結果のお知らせ", f"{_head(plan)}\n{body}")


def cancellation_decided(plan: Plan, approved: bool, comment: str | None) -> RenderedMail:
    if approved:
        body = "計画取消申請が承認され、受入計画は取消となりました。新たに受け入れる場合は、新規申請から受入計画を作成してください。\n"
    else:
        body = f"計画取消申請は承認されませんでした。受入計画は認定済みのままです。\n\n理由:\n{comment or ''}\n"
    return RenderedMail(f"【{SYSTEM_NAME}】計画取消申請の審査結果のお知らせ", f"{_head(plan)}\n{body}")
