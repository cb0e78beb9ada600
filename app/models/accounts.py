"""Accounts (REQUIREMENTS A): companies, their temporary registrations, staff, sessions and login
failures. Passwords are stored only as Argon2id hashes; session tokens only as SHA-256 hashes."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from app.models.base import created_at_field, flag_field, version_field
from app.models.enums import AccountStatus, Bureau, LicenseAuthority, LoginKeyKind, Role, SessionChannel


class CompanyAccount(Model):
    """One login per company (A1), identified by its licence: authority (+ prefecture) and number."""

    id = fields.IntField(primary_key=True)
    login_id = fields.CharField(max_length=64, unique=True)
    license_authority = fields.CharEnumField(LicenseAuthority)
    license_prefecture = fields.CharField(max_length=2, null=True)
    license_number = fields.CharField(max_length=6)
    # "MINISTER:012345" / "GOVERNOR:13:123456": the identity of A1/A2. A released account's key is
    # rewritten ("RELEASED:<id>:…") so that the licence can register again.
    license_key = fields.CharField(max_length=64, unique=True)
    license_text = fields.CharField(max_length=100)
    company_name = fields.CharField(max_length=200)
    email = fields.CharField(max_length=254)
    password_hash = fields.CharField(max_length=255)
    password_changed_at = fields.DatetimeField()
    reset_password_hash = fields.CharField(max_length=255, null=True)
    reset_password_expires_at = fields.DatetimeField(null=True)
    # A11: an e-mail change waits for the new address to confirm it with the code mailed there.
    pending_email = fields.CharField(max_length=254, null=True)
    email_change_code_hash = fields.CharField(max_length=64, null=True, unique=True)
    email_change_expires_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(AccountStatus, default=AccountStatus.ACTIVE, db_default=AccountStatus.ACTIVE.value)
    version = version_field()
    created_at = created_at_field()

    class Meta:
        table = "company_account"


class TemporaryRegistration(Model):
    """仮登録 (A2): holds a login ID for 3 hours until 本登録 completes it. One row per login ID: an
    expired one is replaced by the next request, so the unique index settles concurrent requests."""

    id = fields.IntField(primary_key=True)
    login_id = fields.CharField(max_length=64, unique=True)
    license_authority = fields.CharEnumField(LicenseAuthority)
    license_prefecture = fields.CharField(max_length=2, null=True)
    license_number = fields.CharField(max_length=6)
    license_key = fields.CharField(max_length=32, db_index=True)
    license_text = fields.CharField(max_length=100)
    company_name = fields.CharField(max_length=200)
    email = fields.CharField(max_length=254)
    password_hash = fields.CharField(max_length=255)
    expires_at = fields.DatetimeField(db_index=True)
    completed_at = fields.DatetimeField(null=True)
    created_at = created_at_field()

    class Meta:
        table = "temporary_registration"


class StaffUser(Model):
    """Bureau, MLIT, implementing-org and analyst accounts (A10), created by an administrator."""

    id = fields.IntField(primary_key=True)
    login_id = fields.CharField(max_length=64, unique=True)
    role = fields.CharEnumField(Role)
    bureau = fields.CharEnumField(Bureau, null=True)
    display_name = fields.CharField(max_length=100, default="", db_default="")
    password_hash = fields.CharField(max_length=255)
    password_changed_at = fields.DatetimeField()
    is_active = flag_field(True)
    created_at = created_at_field()

    class Meta:
        table = "staff_user"


class AuthSession(Model):
    """A login session of either kind of account; only the token's hash is stored."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    channel = fields.CharEnumField(SessionChannel)
    company: fields.ForeignKeyNullableRelation[CompanyAccount] = fields.ForeignKeyField(
        "models.CompanyAccount", related_name="sessions", db_index=True, null=True, on_delete=fields.CASCADE
    )
    staff: fields.ForeignKeyNullableRelation[StaffUser] = fields.ForeignKeyField(
        "models.StaffUser", related_name="sessions", db_index=True, null=True, on_delete=fields.CASCADE
    )
    client_address = fields.CharField(max_length=64, null=True)
    created_at = created_at_field()
    last_used_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(db_index=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "auth_session"


class LoginFailure(Model):
    """One failed login, counted per login ID and per client address (A9). An address's row also
    names the login ID tried, so a successful login forgets only that person's own typos."""

    id = fields.IntField(primary_key=True)
    key_kind = fields.CharEnumField(LoginKeyKind)
    key = fields.CharField(max_length=128)
    login_id = fields.CharField(max_length=128, null=True)
    failed_at = fields.DatetimeField()

    class Meta:
        table = "login_failure"
        indexes = (("key_kind", "key", "failed_at"),)


class LoginLock(Model):
    """A login ID or client address locked out until `locked_until` (A9)."""

    id = fields.IntField(primary_key=True)
    key_kind = fields.CharEnumField(LoginKeyKind)
    key = fields.CharField(max_length=128)
    locked_until = fields.DatetimeField()
    created_at = created_at_field()

    class Meta:
        table = "login_lock"
        unique_together = (("key_kind", "key"),)


class RateLimitEvent(Model):
    """One use of an action anyone can trigger without logging in (password reset, temporary
    registration), counted per target and per client address within a window (A9)."""

    id = fields.IntField(primary_key=True)
    action = fields.CharField(max_length=32)
    key = fields.CharField(max_length=254)
    at = fields.DatetimeField()

    class Meta:
        table = "rate_limit_event"
        indexes = (("action", "key", "at"),)
