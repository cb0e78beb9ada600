"""Accounts (REQUIREMENTS A): registration, login, logout, password change and reset, `me`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from app.domain import authentication, registration, sessions
from app.domain.clock import to_jst
from app.domain.errors import DomainError
from app.domain.viewer import Viewer as DomainViewer
from app.graphql.context import Info
from app.graphql.enums import Bureau, Role
from app.graphql.errors import UserError, user_errors
from app.graphql.permissions import require_viewer
from app.models import CompanyAccount


@strawberry.type
class CompanyInfo:
    login_id: str
    company_name: str
    license_number: str = strawberry.field(description="建設業許可番号（許可証の表記）")
    email: str


@strawberry.type
class Viewer:
    login_id: str
    role: Role
    role_label: str
    bureau: Bureau | None
    bureau_label: str | None
    company: CompanyInfo | None

    @classmethod
    def of(cls, viewer: DomainViewer, company: CompanyAccount | None = None) -> "Viewer":
        return cls(
            login_id=viewer.login_id,
            role=viewer.role,
            role_label=viewer.role.label,
            bureau=viewer.bureau,
            bureau_label=viewer.bureau.label if viewer.bureau else None,
            company=CompanyInfo(
                login_id=company.login_id,
                company_name=company.company_name,
                license_number=company.license_text,
                email=company.email,
            )
            if company
            else None,
        )


async def viewer_type(viewer: DomainViewer) -> Viewer:
    company = await CompanyAccount.get(id=viewer.company_id) if viewer.company_id is not None else None
    return Viewer.of(viewer, company)


@strawberry.input
class TemporaryRegistrationInput:
    login_id: str
    license_number: str = strawberry.field(description="許可証の表記どおり（例: 東京都知事許可(般-5)第123456号）")
    company_name: str
    email: str


@strawberry.type
class TemporaryRegistrationPayload:
    login_id: str | None = None
    expires_at: datetime | None = strawberry.field(default=None, description="仮パスワードの有効期限（日本時間）")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class CompleteRegistrationInput:
    login_id: str
    temporary_password: str
    new_password: str


@strawberry.type
class CompleteRegistrationPayload:
    viewer: Viewer | None = None
    message: str | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class LoginInput:
    login_id: str
    password: str


@strawberry.type
class LoginPayload:
    token: str | None = None
    expires_at: datetime | None = None
    viewer: Viewer | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class LogoutPayload:
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ChangePasswordInput:
    login_id: str
    current_password: str = strawberry.field(description="現在のパスワード、または再発行された仮パスワード")
    new_password: str


@strawberry.type
class ChangePasswordPayload:
    message: str | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class PasswordResetInput:
    login_id: str | None = strawberry.field(default=None, description="ログインIDを忘れた場合は省略")
    license_number: str
    email: str


@strawberry.type
class PasswordResetPayload:
    message: str | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


RESET_ACCEPTED = "入力された内容が登録内容と一致する場合、ログインIDと仮パスワードを登録のメールアドレスに送信しました。"


@strawberry.type
class AccountQuery:
    @strawberry.field(description="ログイン中の利用者。未ログインなら null")
    async def me(self, info: Info) -> Viewer | None:
        viewer = info.context.viewer
        return await viewer_type(viewer) if viewer else None


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
