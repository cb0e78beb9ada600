"""Inputs of the account mutations (REQUIREMENTS A)."""

from __future__ import annotations

import strawberry


@strawberry.input
class TemporaryRegistrationInput:
    login_id: str
    license_number: str = strawberry.field(description="許可証の表記どおり（例: 東京都知事許可(般-5)第123456号）")
    company_name: str
    email: str


@strawberry.input
class CompleteRegistrationInput:
    login_id: str
    temporary_password: str
    new_password: str


@strawberry.input
class LoginInput:
    login_id: str
    password: str


@strawberry.input
class ChangePasswordInput:
    login_id: str
    current_password: str = strawberry.field(description="現在のパスワード、または再発行された仮パスワード")
    new_password: str


@strawberry.input
class PasswordResetInput:
    login_id: str | None = strawberry.field(default=None, description="ログインIDを忘れた場合は省略")
    license_number: str
    email: str
