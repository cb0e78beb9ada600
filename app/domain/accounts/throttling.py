"""Throttling of password guesses and of mails anyone can trigger (A9), for the API and the admin
panel alike. Counts and holds are rows, so they hold across processes and machines.

Per account (login ID): the first four failures cost nothing; from the fifth in a row each failure
holds the account for a growing delay (1, 2, 4, 8, then 15 minutes) until a successful login
resets it, and the account's e-mail is told once when the holding starts. A hold never keeps the
owner out (#24.7): from an address where the account logged in successfully within 30 days, its
password is still checked while the account is held — someone who knows only the login ID cannot
keep a company out by guessing.
Per client address: only at volumes no office reaches by typos (50 failures in 15 minutes) is the
address held for 15 minutes, so colleagues behind one NAT or a 行政書士 filing for many companies
never lock each other out; a successful login forgets that address's failures for the ID that
logged in (its own typos), not the others'.
An attempt while held is refused at once, without hashing and without being counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError

from app.domain import clock
from app.domain.accounts.mails import login_throttled
from app.domain.outbox import queue_mail
from app.models import AuthSession, CompanyAccount, LoginFailure, LoginLock, RateLimitEvent, StaffUser
from app.models.enums import AccountStatus, LoginKeyKind, MailKind

FREE_FAILURES = 4
USUAL_ADDRESS_MEMORY = timedelta(days=30)
MAX_ACCOUNT_DELAY = timedelta(minutes=15)
ACCOUNT_MEMORY = timedelta(days=1)
ADDRESS_LIMIT = 50
ADDRESS_WINDOW = timedelta(minutes=15)
ADDRESS_HOLD = timedelta(minutes=15)
KEY_LENGTH = 128


def account_delay(failures: int) -> timedelta | None:
    """How long the account is held after this many failures in a row (None: not at all)."""
    if failures <= FREE_FAILURES:
        return None
    return min(MAX_ACCOUNT_DELAY, timedelta(minutes=2 ** (failures - FREE_FAILURES - 1)))


@dataclass(frozen=True)
class Attempt:
    """One try of a password for a login ID, from a client address (None when unknown)."""

    login_id: str
    client_address: str | None

    @property
    def account_key(self) -> str:
        return self.login_id[:KEY_LENGTH]

    @property
    def address_key(self) -> str | None:
        return self.client_address[:KEY_LENGTH] if self.client_address else None


async def _usual_address(attempt: Attempt, account: CompanyAccount | StaffUser | None) -> bool:
    """The account logged in successfully from this address within `USUAL_ADDRESS_MEMORY`."""
    if account is None or not attempt.client_address:
        return False
    owner = {"company_id": account.id} if isinstance(account, CompanyAccount) else {"staff_id": account.id}
    since = clock.now() - USUAL_ADDRESS_MEMORY
    return await AuthSession.filter(**owner, client_address=attempt.client_address[:64], created_at__gt=since).exists()


async def is_held(attempt: Attempt, account: CompanyAccount | StaffUser | None = None) -> bool:
    """Whether the attempt is refused unchecked: its address is held, or its account is held and
    the address is not one the account (`account`, when known) usually logs in from."""
    now = clock.now()
    if attempt.address_key and await LoginLock.filter(key_kind=LoginKeyKind.CLIENT_ADDRESS, key=attempt.address_key,
                                                      locked_until__gt=now).exists():
        return True
    if not await LoginLock.filter(key_kind=LoginKeyKind.LOGIN_ID, key=attempt.account_key, locked_until__gt=now).exists():
        return False
    return not await _usual_address(attempt, account)


async def _hold(kind: LoginKeyKind, key: str, until: datetime) -> None:
    if await LoginLock.filter(key_kind=kind, key=key).update(locked_until=until):
        return
    try:
        await LoginLock.create(key_kind=kind, key=key, locked_until=until)
    except IntegrityError:  # another process created it meanwhile
        await LoginLock.filter(key_kind=kind, key=key).update(locked_until=until)


async def _tell_the_account(login_id: str, until: datetime) -> None:
    company = await CompanyAccount.get_or_none(login_id=login_id, status=AccountStatus.ACTIVE)
    if company is not None:  # staff accounts have no e-mail; unknown IDs have nobody to tell
        await queue_mail(MailKind.LOGIN_THROTTLED, company.email, login_throttled(login_id, until))


async def record_failure(attempt: Attempt, *, against_account: bool = True) -> None:
    """A wrong password. `against_account=False` when the password was never checked against the
    account (a company ID on the staff login), so trying there cannot hold the company's login."""
    now = clock.now()
    if against_account:
        await LoginFailure.create(key_kind=LoginKeyKind.LOGIN_ID, key=attempt.account_key, login_id=attempt.account_key, failed_at=now)
        failures = await LoginFailure.filter(
            key_kind=LoginKeyKind.LOGIN_ID, key=attempt.account_key, failed_at__gt=now - ACCOUNT_MEMORY
        ).count()
        if (delay := account_delay(failures)) is not None:
            await _hold(LoginKeyKind.LOGIN_ID, attempt.account_key, now + delay)
            if failures == FREE_FAILURES + 1:
                await _tell_the_account(attempt.login_id, now + delay)
    if attempt.address_key:
        await LoginFailure.create(key_kind=LoginKeyKind.CLIENT_ADDRESS, key=attempt.address_key, login_id=attempt.account_key, failed_at=now)
        recent = await LoginFailure.filter(
            key_kind=LoginKeyKind.CLIENT_ADDRESS, key=attempt.address_key, failed_at__gt=now - ADDRESS_WINDOW
        ).count()
        if recent >= ADDRESS_LIMIT:
            await _hold(LoginKeyKind.CLIENT_ADDRESS, attempt.address_key, now + ADDRESS_HOLD)
            await LoginFailure.filter(key_kind=LoginKeyKind.CLIENT_ADDRESS, key=attempt.address_key).delete()


async def record_success(attempt: Attempt) -> None:
    """The right password: the account starts afresh, and the address forgets this ID's typos."""
    await LoginFailure.filter(key_kind=LoginKeyKind.LOGIN_ID, key=attempt.account_key).delete()
    await LoginLock.filter(key_kind=LoginKeyKind.LOGIN_ID, key=attempt.account_key).delete()
    if attempt.address_key:
        await LoginFailure.filter(
            key_kind=LoginKeyKind.CLIENT_ADDRESS, key=attempt.address_key, login_id=attempt.account_key
        ).delete()


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` uses of `action` per key within `window`."""

    action: str
    limit: int
    window: timedelta


PASSWORD_RESET_PER_ACCOUNT = RateLimit("password_reset:account", 3, timedelta(hours=1))
PASSWORD_RESET_PER_ADDRESS = RateLimit("password_reset:address", 20, timedelta(hours=1))
REGISTRATION_PER_EMAIL = RateLimit("registration:email", 5, timedelta(days=1))
REGISTRATION_PER_ADDRESS = RateLimit("registration:address", 20, timedelta(hours=1))


Use = tuple[RateLimit, "str | None"]


def _known(uses: tuple[Use, ...]) -> list[tuple[RateLimit, str]]:
    return [(rate, key[:254]) for rate, key in uses if key]


async def used_up(*uses: Use) -> bool:
    """Whether any (limit, key) whose key is known has no use left."""
    now = clock.now()
    for rate, key in _known(uses):
        if await RateLimitEvent.filter(action=rate.action, key=key, at__gt=now - rate.window).count() >= rate.limit:
            return True
    return False


async def count_use(*uses: Use) -> None:
    """Count one use; call in the transaction of what was done (a refused request counts nothing)."""
    now = clock.now()
    for rate, key in _known(uses):
        await RateLimitEvent.create(action=rate.action, key=key, at=now)
