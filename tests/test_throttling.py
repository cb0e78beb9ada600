"""Throttling that attackers cannot turn against users (A9, issue #10 item 4, item 7): growing
delays per account that a successful login resets, a mail to the account, an address held only at
volumes no office reaches, and limits on the mails anyone can trigger."""

from __future__ import annotations

import httpx

from app.domain.accounts import throttling
from app.infra.settings import Settings
from app.infra.smtp_sender import drain_outbox_once
from app.models import LoginLock, OutboxMail
from app.models.enums import MailKind, Role
from tests.admin_client import admin_login
from tests.conftest import FrozenClock, Mailbox, app_client
from tests.factories import make_staff
from tests.test_accounts import LICENSE, LOGIN_FAILED, login, register

RIGHT, WRONG = "Kensetsu2026", "Wrongpass2026"


def test_delays_grow_from_one_minute_to_fifteen() -> None:
    """#24.7: only from the fifth failure in a row."""
    delays = [throttling.account_delay(n) for n in range(1, 11)]
    minutes = [d.total_seconds() / 60 if d else 0 for d in delays]
    assert minutes == [0, 0, 0, 0, 1, 2, 4, 8, 15, 15]


async def test_an_account_is_held_for_growing_delays_and_told_by_mail(
    api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings, clock: FrozenClock
) -> None:
    await register(api, mailbox, mail_settings)
    for n in range(5):
        # From addresses all over the world: the account is what counts.
        assert (await login(api, "tokyo-kensetsu", WRONG, {"X-Forwarded-For": f"198.51.100.{n}"}))["token"] is None
    held = await login(api, "tokyo-kensetsu", RIGHT)  # from an address it never logged in from
    assert held["token"] is None and held["errors"][0]["message"] == LOGIN_FAILED  # A7, word for word
    clock.advance(seconds=61)
    assert (await login(api, "tokyo-kensetsu", WRONG))["token"] is None  # 6th: two minutes now
    clock.advance(seconds=100)
    assert (await login(api, "tokyo-kensetsu", RIGHT))["token"] is None
    clock.advance(seconds=21)
    assert (await login(api, "tokyo-kensetsu", RIGHT))["token"]
    # The success reset it: four typos cost nothing again.
    for _ in range(4):
        await login(api, "tokyo-kensetsu", WRONG)
    assert (await login(api, "tokyo-kensetsu", RIGHT))["token"]

    assert await drain_outbox_once(mail_settings) >= 1
    [notice] = [m for m in mailbox.messages if "ログインを一時的に制限" in m["Subject"]]
    assert notice["To"] == "tokyo-kensetsu@example.jp"
    body = notice.get_content()
    assert "2026年11月25日 12時01分（日本時間）以降" in body and "パスワード設定/変更" in body
    assert await OutboxMail.filter(kind=MailKind.LOGIN_THROTTLED).count() == 1  # once per episode


async def test_guesses_while_held_are_neither_hashed_nor_counted(
    api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings, clock: FrozenClock
) -> None:
    await register(api, mailbox, mail_settings)
    for _ in range(5):
        await login(api, "tokyo-kensetsu", WRONG)
    lock = await LoginLock.get(key="tokyo-kensetsu")
    for _ in range(20):
        await login(api, "tokyo-kensetsu", WRONG)
    assert (await LoginLock.get(key="tokyo-kensetsu")).locked_until == lock.locked_until
    clock.advance(minutes=1, seconds=1)
    assert (await login(api, "tokyo-kensetsu", RIGHT))["token"]


async def test_someone_who_knows_only_the_login_id_cannot_keep_the_owner_out(
    mailbox: Mailbox, mail_settings: Settings, clock: FrozenClock
) -> None:
    """#24.7: a hold does not refuse the owner's right password from an address it logged in from
    within 30 days; from any other address the hold stands, and the answer is A7's either way."""
    async with app_client(mail_settings.with_overrides(trusted_proxies=("10.0.0.0/8",)), peer="10.1.2.3") as api:
        await _owner_and_attacker(api, mailbox, mail_settings, clock)


async def _owner_and_attacker(api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings, clock: FrozenClock) -> None:
    office = {"X-Forwarded-For": "203.0.113.7"}
    await register(api, mailbox, mail_settings)
    assert (await login(api, "tokyo-kensetsu", RIGHT, office))["token"]  # the office's usual login
    clock.advance(days=20)
    for n in range(9):  # an attacker keeps the account held, one guess at a time
        await login(api, "tokyo-kensetsu", WRONG, {"X-Forwarded-For": f"198.51.100.{n}"})
        clock.advance(minutes=1)
    assert await LoginLock.filter(key="tokyo-kensetsu", locked_until__gt=clock.now).exists()
    stranger = await login(api, "tokyo-kensetsu", RIGHT, {"X-Forwarded-For": "192.0.2.50"})
    assert stranger["token"] is None and stranger["errors"][0]["message"] == LOGIN_FAILED
    wrong_at_office = await login(api, "tokyo-kensetsu", WRONG, office)
    assert wrong_at_office["token"] is None and wrong_at_office["errors"][0]["message"] == LOGIN_FAILED
    assert (await login(api, "tokyo-kensetsu", RIGHT, office))["token"]  # the owner gets in
    # 30 days after the office's last login it is an address like any other.
    for n in range(5):
        await login(api, "tokyo-kensetsu", WRONG, {"X-Forwarded-For": f"198.51.100.{n}"})
    clock.advance(days=31)
    for n in range(5):
        await login(api, "tokyo-kensetsu", WRONG, {"X-Forwarded-For": f"198.51.100.{n}"})
    assert (await login(api, "tokyo-kensetsu", RIGHT, office))["token"] is None


async def test_an_office_behind_one_address_is_not_locked_by_typos(mail_settings: Settings, mailbox: Mailbox, clock: FrozenClock) -> None:
    """Forty colleagues' typos from one NAT address never lock the office; fifty guesses in fifteen
    minutes hold the address (and only it)."""
    async with app_client(mail_settings.with_overrides(trusted_proxies=("10.0.0.0/8",)), peer="10.1.2.3") as api:
        await register(api, mailbox, mail_settings)
        office = {"X-Forwarded-For": "203.0.113.7"}
        for n in range(40):
            await login(api, f"colleague-{n}", WRONG, office)
        assert (await login(api, "tokyo-kensetsu", RIGHT, office))["token"]
        for n in range(10):
            await login(api, f"guess-{n}", WRONG, office)
        assert (await login(api, "tokyo-kensetsu", RIGHT, office))["token"] is None
        assert (await login(api, "tokyo-kensetsu", RIGHT, {"X-Forwarded-For": "203.0.113.8"}))["token"]


async def test_a_successful_login_forgets_its_own_typos_at_the_address(mail_settings: Settings, mailbox: Mailbox, clock: FrozenClock) -> None:
    async with app_client(mail_settings.with_overrides(trusted_proxies=("10.0.0.0/8",)), peer="10.1.2.3") as api:
        await register(api, mailbox, mail_settings)
        office = {"X-Forwarded-For": "203.0.113.7"}
        for round_ in range(30):  # 60 typos of the same person over time, each followed by a success
            for _ in range(2):
                await login(api, "tokyo-kensetsu", WRONG, office)
            assert (await login(api, "tokyo-kensetsu", RIGHT, office))["token"], round_


async def test_a_company_id_on_the_staff_login_does_not_hold_the_companys_api_login(
    api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings
) -> None:
    await register(api, mailbox, mail_settings)
    for _ in range(6):
        assert (await admin_login(api, "tokyo-kensetsu", RIGHT)).status_code == 400
    assert (await login(api, "tokyo-kensetsu", RIGHT))["token"]


async def test_admin_login_shares_the_account_holding(client: httpx.AsyncClient) -> None:
    await make_staff(Role.MLIT_STAFF, login_id="held-staff")
    for _ in range(5):
        assert (await admin_login(client, "held-staff", "Wrongpass123")).status_code == 400
    refused = await admin_login(client, "held-staff")
    assert refused.status_code == 400 and LOGIN_FAILED in refused.text


async def reset(api: httpx.AsyncClient, email: str, headers: dict | None = None) -> dict:
    document = "mutation($input: PasswordResetInput!) { requestPasswordReset(input: $input) { message errors { code } } }"
    body = {"query": document, "variables": {"input": {"loginId": "tokyo-kensetsu", "licenseNumber": LICENSE, "email": email}}}
    return (await api.post("/graphql", json=body, headers=headers or {})).json()["data"]["requestPasswordReset"]


async def test_reset_mails_to_one_account_are_limited_and_the_answer_never_changes(
    api: httpx.AsyncClient, mailbox: Mailbox, mail_settings: Settings
) -> None:
    await register(api, mailbox, mail_settings)
    answers = [await reset(api, "tokyo-kensetsu@example.jp", {"X-Forwarded-For": f"198.51.100.{n}"}) for n in range(33)]
    assert all(a == answers[0] and a["errors"] == [] for a in answers)
    assert await OutboxMail.filter(kind=MailKind.PASSWORD_RESET).count() == throttling.PASSWORD_RESET_PER_ACCOUNT.limit


async def test_temporary_registrations_from_one_address_are_limited(api: httpx.AsyncClient) -> None:
    document = """mutation($input: TemporaryRegistrationInput!) {
      requestTemporaryRegistration(input: $input) { loginId errors { field code message } } }"""
    answers = []
    for n in range(throttling.REGISTRATION_PER_ADDRESS.limit + 1):
        variables = {"input": {"loginId": f"company-{n:03d}", "licenseNumber": f"国土交通大臣許可(般-5)第{n + 1}号",
                               "companyName": "株式会社テスト", "email": f"c{n}@example.jp"}}
        answers.append((await api.post("/graphql", json={"query": document, "variables": variables})).json()["data"]["requestTemporaryRegistration"])
    assert all(a["errors"] == [] for a in answers[:-1])
    [refused] = answers[-1]["errors"]
    assert refused["code"] == "LIMIT_EXCEEDED" and "しばらくしてから" in refused["message"]
    assert await OutboxMail.filter(kind=MailKind.TEMPORARY_PASSWORD).count() == throttling.REGISTRATION_PER_ADDRESS.limit
