"""Account mutations (REQUIREMENTS A): registration, login, logout, password change and reset."""

from __future__ import annotations

from datetime import datetime

import strawberry

from app.domain.accounts import authentication, registration, sessions
from app.domain.clock import to_jst
from app.domain.errors import DomainError
from app.graphql.accounts.inputs import (
    ChangePasswordInput,
    CompleteRegistrationInput,
    LoginInput,
    PasswordResetInput,
    TemporaryRegistrationInput,
)
from app.graphql.accounts.types import Viewer, viewer_type
from app.graphql.core.context import Info
from app.graphql.core.errors import UserError, user_errors
from app.graphql.core.permissions import require_viewer


@strawberry.type
class TemporaryRegistrationPayload:
    login_id: str | None = None
    expires_at: datetime | None = strawberry.field(default=None, description="仮パスワードの有効期限（日本時間）")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CompleteRegistrationPayload:
    viewer: Viewer | None = None
    message: str | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LoginPayload:
    token: str | None = None
    expires_at: datetime | None = None
    viewer: Viewer | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LogoutPayload:
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ChangePasswordPayload:
    message: str | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PasswordResetPayload:
    message: str | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


RESET_ACCEPTED = "入力された内容が登録内容と一致する場合、ログインIDと仮パスワードを登録のメールアドレスに送信しました。"


@strawberry.type
class AccountMutation:
    @strawberry.mutation(description="利用者仮登録: 仮パスワード（有効期限3時間）をメールで送ります")
    async def request_temporary_registration(self, info: Info, input: TemporaryRegistrationInput) -> TemporaryRegistrationPayload:
        try:
            held = await registration.request_temporary_registration(
                input.login_id, input.license_number, input.company_name, input.email, info.context.client_address
            )
        except DomainError as error:
            return TemporaryRegistrationPayload(errors=user_errors(error))
        return TemporaryRegistrationPayload(login_id=held.login_id, expires_at=to_jst(held.expires_at))

    @strawberry.mutation(description="本登録: 仮パスワードと新しいパスワードで登録を完了します（完了メールは送られません）")
    async def complete_registration(self, info: Info, input: CompleteRegistrationInput) -> CompleteRegistrationPayload:
        try:
            account = await registration.complete_registration(
                input.login_id, input.temporary_password, input.new_password, info.context.client_address
            )
        except DomainError as error:
            return CompleteRegistrationPayload(errors=user_errors(error))
        return CompleteRegistrationPayload(
            viewer=Viewer.of(sessions.viewer_of_company(account), account), message="本登録が完了しました。ログインIDと新しいパスワードでログインしてください。"
        )

    @strawberry.mutation
    async def login(self, info: Info, input: LoginInput) -> LoginPayload:
        try:
            result = await authentication.log_in(input.login_id, input.password, info.context.client_address)
        except DomainError as error:
            return LoginPayload(errors=user_errors(error))
        return LoginPayload(token=result.token, expires_at=to_jst(result.expires_at), viewer=await viewer_type(result.viewer))

    @strawberry.mutation
    async def logout(self, info: Info) -> LogoutPayload:
        require_viewer(info)
        await sessions.end_session(info.context.token)
        return LogoutPayload()

    @strawberry.mutation(description="パスワード設定/変更（ログイン不要）。期限切れのパスワードもここで変更します")
    async def change_password(self, info: Info, input: ChangePasswordInput) -> ChangePasswordPayload:
        try:
            await authentication.change_password(
                input.login_id, input.current_password, input.new_password, info.context.client_address
            )
        except DomainError as error:
            return ChangePasswordPayload(errors=user_errors(error))
        return ChangePasswordPayload(message="パスワードを変更しました。新しいパスワードでログインしてください。")

    @strawberry.mutation(description="ID/パスワードを忘れた方: 一致すればログインIDと仮パスワードをメールで送ります")
    async def request_password_reset(self, info: Info, input: PasswordResetInput) -> PasswordResetPayload:
        try:
            await registration.request_password_reset(input.login_id, input.license_number, input.email, info.context.client_address)
        except DomainError as error:
            return PasswordResetPayload(errors=user_errors(error))
        return PasswordResetPayload(message=RESET_ACCEPTED)
