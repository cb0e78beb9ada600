"""The mails of changes (FAQ 22, 7): a certified change application is mailed like a certified plan; a
change notification is not, except the notice to the old address when the e-mail itself changed."""

from __future__ import annotations

from datetime import datetime

from app.domain.outbox import SYSTEM_NAME, RenderedMail, format_jst
from app.models import ChangeApplication, ChangeEvent, Plan


def change_certified(plan: Plan, application: ChangeApplication, event: ChangeEvent) -> RenderedMail:
    number = plan.application_number or "（未採番）"
    return RenderedMail(
        f"【{SYSTEM_NAME}】変更申請の認定のお知らせ（申請番号 {number}）",
        f"{plan.company_name or ''} 御中\n\n申請番号: {number}\n認定日時: {format_jst(event.at)}\n\n"
        f"建設特定技能受入計画の変更申請（{len(application.diff)}項目）が認定され、計画に反映されました。"
        "計画確認から変更後の内容を確認してください。\n",
    )


def change_remanded(plan: Plan, application: ChangeApplication, event: ChangeEvent) -> RenderedMail:
    number = plan.application_number or "（未採番）"
    return RenderedMail(
        f"【{SYSTEM_NAME}】変更申請の差戻しのお知らせ（申請番号 {number}）",
        f"{plan.company_name or ''} 御中\n\n申請番号: {number}\n差戻し日時: {format_jst(event.at)}\n\n"
        "建設特定技能受入計画の変更申請が差し戻されました。以下のコメントを確認し、変更申請を修正して再申請してください。\n\n"
        f"【差戻しコメント】\n{event.comment or ''}\n",
    )


def _masked_address(address: str) -> str:
    return f"{address[:3]}…"


def email_change_code(login_id: str, code: str, expires_at: datetime) -> RenderedMail:
    """To the new address: the code that confirms it (A11)."""
    return RenderedMail(
        f"【{SYSTEM_NAME}】メールアドレス確認コードのお知らせ",
        f"ログインID {login_id} のメールアドレスをこのアドレスに変更する届出がありました。\n"
        "システムの「メールアドレスの確認」に次の確認コードを入力すると、変更が完了します。\n\n"
        f"確認コード: {code}\n有効期限: {format_jst(expires_at)}（日本時間）\n\n"
        "お心当たりのない場合は、このメールを破棄してください（何も変更されません）。\n",
    )


def email_change_requested(login_id: str, new_address: str) -> RenderedMail:
    """To the old address when a change is asked for: nothing has changed yet (A11)."""
    return RenderedMail(
        f"【{SYSTEM_NAME}】メールアドレス変更手続きのお知らせ",
        f"ログインID {login_id} のメールアドレスを変更する届出がありました（変更後のアドレス: {_masked_address(new_address)}）。\n"
        "変更後のアドレスで確認が済むまで、お知らせはこれまでどおりこのアドレスに送られます。\n\n"
        "お心当たりのない場合は、第三者による操作の可能性があります。ログイン画面の「パスワード設定/変更」から"
        "パスワードを変更し、地方整備局等へご相談ください。\n",
    )


def email_changed(login_id: str, new_address: str) -> RenderedMail:
    """To the old address once the new one confirmed it (A11, FAQ 7)."""
    return RenderedMail(
        f"【{SYSTEM_NAME}】メールアドレス変更のお知らせ",
        f"ログインID {login_id} のメールアドレスが変更届出により変更されました。\n"
        f"今後のお知らせは変更後のアドレス（{_masked_address(new_address)}）に送られます。\n\n"
        "お心当たりのない場合は、第三者による操作の可能性があります。ログイン画面の「パスワード設定/変更」から"
        "パスワードを変更し、地方整備局等へご相談ください。\n",
    )
