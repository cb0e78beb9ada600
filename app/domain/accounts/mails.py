"""The mails of accounts (A2, A6, A9), in Japanese: temporary passwords, resets, login holding."""

from __future__ import annotations

from datetime import datetime

from app.domain.outbox import SYSTEM_NAME, RenderedMail, format_jst


def temporary_password(login_id: str, password: str, expires_at: datetime) -> RenderedMail:
    return RenderedMail(
        subject=f"【{SYSTEM_NAME}】仮パスワードのお知らせ",
        body=(
            f"{SYSTEM_NAME}の利用者仮登録を受け付けました。\n\n"
            f"ログインID: {login_id}\n"
            f"仮パスワード: {password}\n"
            f"有効期限: {format_jst(expires_at)}\n\n"
            "有効期限までに、ログイン画面の「本登録」からログインIDと仮パスワード、"
            "新しいパスワードを入力して本登録を完了してください。\n"
            "有効期限を過ぎた場合は、もう一度仮登録を行ってください。\n"
        ),
    )


def password_reset(login_id: str, password: str, expires_at: datetime) -> RenderedMail:
    return RenderedMail(
        subject=f"【{SYSTEM_NAME}】ログインIDと仮パスワードの再発行",
        body=(
            "ログインID・パスワードの再発行を受け付けました。\n\n"
            f"ログインID: {login_id}\n"
            f"仮パスワード: {password}\n"
            f"有効期限: {format_jst(expires_at)}\n\n"
            "ログイン画面の「パスワード設定/変更」から、ログインIDと仮パスワード、新しいパスワードを入力して"
            "パスワードを設定してください。設定するまでは、これまでのパスワードも引き続き使えます。\n"
           
        ),
    )


def login_throttled(login_id: str, until: datetime) -> RenderedMail:
    return RenderedMail(
        subject=f"【{SYSTEM_NAME}】ログインを一時的に制限しました",
        body=(
            f"ログインID {login_id} で、誤ったパスワードによるログインが続けて行われました。\n"
            "第三者による不正なログインを防ぐため、このログインIDでのログインを一時的に制限しています。\n\n"
            f"制限の解除: {format_jst(until)}以降\n"
            "（その後も誤ったパスワードが続く場合は、制限の時間が最長15分まで延びます。"
            "正しいパスワードでログインすると元に戻ります。）\n\n"
            "ご自身の入力誤りの場合は、解除の時刻を過ぎてから正しいパスワードでログインしてください。"
            "パスワードをお忘れの場合は、ログイン画面の「ID/パスワードを忘れた方」から再発行してください。\n"
            "お心当たりのない場合は、第三者がログインを試みている可能性があります。"
            "ログイン画面の「パスワード設定/変更」からパスワードを変更してください。\n"
        ),
    )
