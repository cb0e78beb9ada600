"""Mails about a plan (C5, B3, A4): to the plan's e-mail, the account's when it differs, and the
proxy only when the proxy holds 代理権."""

from __future__ import annotations

from app.domain.outbox import SYSTEM_NAME, RenderedMail, format_jst
from app.models import CompanyAccount, Plan, PlanEvent
from app.models.enums import MailKind, PlanAction

KIND = {
    PlanAction.REMAND: MailKind.PLAN_REMANDED,
    PlanAction.CERTIFY: MailKind.PLAN_CERTIFIED,
    PlanAction.REJECT: MailKind.PLAN_REJECTED,
    PlanAction.REVOKE: MailKind.PLAN_REVOKED,
}


async def recipients(plan: Plan) -> list[str]:
    account = await CompanyAccount.get(id=plan.company_id)
    candidates = [plan.email, account.email]
    if plan.proxy_has_power_of_attorney and plan.proxy_email:
        candidates.append(plan.proxy_email)
    unique: dict[str, str] = {}
    for address in candidates:
        if address:
            unique.setdefault(address.casefold(), address)
    return list(unique.values())


def render(plan: Plan, event: PlanEvent) -> RenderedMail:
    action = PlanAction(event.action)
    number = plan.application_number or "（未採番）"
    head = f"{plan.company_name or ''} 御中\n\n申請番号: {number}\n"
    if action is PlanAction.REMAND:
        return RenderedMail(
            f"【{SYSTEM_NAME}】受入計画の差戻しのお知らせ（申請番号 {number}）",
            head + f"差戻し日時: {format_jst(event.at)}\n\n"
            "建設特定技能受入計画が差し戻されました。以下のコメントを確認し、計画確認から内容を修正して再申請してください。\n\n"
            f"【差戻しコメント】\n{event.comment or ''}\n",
        )
    if action is PlanAction.CERTIFY:
        return RenderedMail(
            f"【{SYSTEM_NAME}】受入計画の認定のお知らせ（申請番号 {number}）",
            head + f"認定番号: {plan.certificate_number}\n認定日時: {format_jst(event.at)}\n\n"
            "建設特定技能受入計画が認定されました。計画確認から認定内容を確認してください。\n"
            "受入れ後は、就労開始から1か月以内に受入報告を行ってください。\n",
        )
    label = "不認定" if action is PlanAction.REJECT else "認定取消"
    return RenderedMail(
        f"【{SYSTEM_NAME}】受入計画の{label}のお知らせ（申請番号 {number}）",
        head + f"{label}日時: {format_jst(event.at)}\n\n建設特定技能受入計画は{label}となりました。\n\n【理由】\n{event.comment or ''}\n",
    )
